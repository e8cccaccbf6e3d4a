package org.paradiplomacy.analytics.statistics;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.paradiplomacy.analytics.projection.LiveProjection;
import org.paradiplomacy.analytics.projection.ProjectionSchema;

/**
 * Every statistic, computed as of a date from the active projection generation's dated facts. An engagement
 * counts for a region when one of its actors is placed there; an actor whose registration has not arrived yet
 * places nothing until it does.
 */
@ApplicationScoped
public class Statistics {

    /** The steps that are activity: signing, renewal, completed mission, conference held, statement issued. */
    private static final String ACTIVITY = "('signed', 'renewed', 'completed', 'held', 'issued')";
    /**
     * Each agreement's status on the date: the latest of its steps on or before it. A signing attested by a source
     * without its day ('attested') makes an agreement signed from the day the source vouches for.
     */
    private static final String STATUS = "WITH status AS (SELECT DISTINCT ON (engagement_id) engagement_id AS id,"
            + " CASE WHEN step IN ('renewed', 'reinstated', 'attested') THEN 'signed' ELSE step END AS status"
            + " FROM {s}.step WHERE type = 'agreement' AND on_date <= ?"
            + " ORDER BY engagement_id, on_date DESC, version DESC) ";

    /** A null text parameter (a plain null would leave its type unknown). */
    private static final Object NULL_TEXT = new Object();

    private static final int CACHED_RESULTS = 256;

    private final AgroalDataSource dataSource;
    private final LiveProjection projection;
    private final Map<List<Object>, Cached> cache = new LinkedHashMap<>(CACHED_RESULTS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Cached> eldest) {
            return size() > CACHED_RESULTS;
        }
    };

    public Statistics(AgroalDataSource dataSource, LiveProjection projection) {
        this.dataSource = dataSource;
        this.projection = projection;
    }

    /** Engagement of every region at a level, optionally only the regions of one country. */
    public List<RegionStats> regions(RegionLevel level, String country, LocalDate asOf) {
        return cached(List.of("regions", level, String.valueOf(country), asOf), () -> read(query -> regions(query, level, country, asOf)));
    }

    private List<RegionStats> regions(Query query, RegionLevel level, String country, LocalDate asOf) {
        String region = level.column();
        String inCountry = " AND (?::text IS NULL OR a.country = ?::text)";
        Map<String, Builder> rows = new TreeMap<>();
        query.run("SELECT " + region + ", a.kind, count(*) FROM {s}.actor a WHERE " + region + " IS NOT NULL" + inCountry
                + " AND (a.retired_on IS NULL OR a.retired_on > ?) GROUP BY 1, 2",
                List.of(nullable(country), nullable(country), asOf),
                r -> rows.computeIfAbsent(r.getString(1), Builder::new).actorsByKind.merge(r.getString(2), r.getLong(3), Long::sum));
        query.run("SELECT " + region + ", count(*) FROM {s}.membership m JOIN {s}.actor a ON a.id = m.actor_id WHERE "
                + region + " IS NOT NULL" + inCountry + " AND m.since <= ? AND (m.until IS NULL OR m.until > ?) GROUP BY 1",
                List.of(nullable(country), nullable(country), asOf, asOf),
                r -> rows.computeIfAbsent(r.getString(1), Builder::new).memberships = r.getLong(2));
        query.run(STATUS + "SELECT " + region + ", e.kind, st.status, count(DISTINCT e.id) FROM status st"
                + " JOIN {s}.engagement e ON e.id = st.id JOIN {s}.participant p ON p.engagement_id = e.id"
                + " JOIN {s}.actor a ON a.id = p.actor_id WHERE " + region + " IS NOT NULL" + inCountry + " GROUP BY 1, 2, 3",
                List.of(asOf, nullable(country), nullable(country)), r -> {
                    Builder row = rows.computeIfAbsent(r.getString(1), Builder::new);
                    row.agreementsByKind.merge(r.getString(2), r.getLong(4), Long::sum);
                    row.agreementsByStatus.merge(r.getString(3), r.getLong(4), Long::sum);
                });
        query.run("SELECT " + region + ", s.type, p.role, count(DISTINCT s.engagement_id) FROM {s}.step s"
                + " JOIN {s}.participant p ON p.engagement_id = s.engagement_id JOIN {s}.actor a ON a.id = p.actor_id"
                + " WHERE s.step IN ('completed', 'held', 'issued') AND s.on_date <= ? AND " + region + " IS NOT NULL"
                + inCountry + " GROUP BY 1, 2, 3",
                List.of(asOf, nullable(country), nullable(country)), r -> {
                    Builder row = rows.computeIfAbsent(r.getString(1), Builder::new);
                    long count = r.getLong(4);
                    switch (r.getString(2) + "/" + r.getString(3)) {
                        case "mission/leader" -> row.missionsLed += count;
                        case "mission/host" -> row.missionsHosted += count;
                        default -> { }
                    }
                });
        query.run("SELECT " + region + ", s.type, count(DISTINCT s.engagement_id) FROM {s}.step s"
                + " JOIN {s}.participant p ON p.engagement_id = s.engagement_id JOIN {s}.actor a ON a.id = p.actor_id"
                + " WHERE s.step IN ('held', 'issued') AND s.on_date <= ? AND " + region + " IS NOT NULL" + inCountry
                + " GROUP BY 1, 2",
                List.of(asOf, nullable(country), nullable(country)), r -> {
                    Builder row = rows.computeIfAbsent(r.getString(1), Builder::new);
                    if ("conference".equals(r.getString(2))) {
                        row.conferences = r.getLong(3);
                    } else {
                        row.statements = r.getLong(3);
                    }
                });
        query.run("SELECT " + region + ", min(s.on_date), max(s.on_date) FROM {s}.step s"
                + " JOIN {s}.participant p ON p.engagement_id = s.engagement_id JOIN {s}.actor a ON a.id = p.actor_id"
                + " WHERE s.step IN " + ACTIVITY + " AND s.on_date <= ? AND " + region + " IS NOT NULL" + inCountry
                + " GROUP BY 1",
                List.of(asOf, nullable(country), nullable(country)), r -> {
                    Builder row = rows.computeIfAbsent(r.getString(1), Builder::new);
                    row.firstActivity = r.getDate(2).toLocalDate();
                    row.lastActivity = r.getDate(3).toLocalDate();
                });
        return rows.values().stream().map(Builder::build).toList();
    }

    /** Chinese provinces against Latin American and Caribbean countries (or subdivisions). */
    public List<RegionPair> regionPairs(boolean bySubdivision, LocalDate asOf) {
        return cached(List.of("pairs", bySubdivision, asOf), () -> read(query -> regionPairs(query, bySubdivision, asOf)));
    }

    private List<RegionPair> regionPairs(Query query, boolean bySubdivision, LocalDate asOf) {
        String counterpart = bySubdivision ? "coalesce(y.subdivision, y.country)" : "y.country";
        List<RegionPair> pairs = new ArrayList<>();
        query.run(STATUS + ", pairs AS (SELECT DISTINCT st.id, st.status, coalesce(x.subdivision, x.country) AS china, "
                + counterpart + " AS counterpart FROM status st"
                + " JOIN {s}.participant px ON px.engagement_id = st.id JOIN {s}.actor x ON x.id = px.actor_id AND x.country = 'CN'"
                + " JOIN {s}.participant py ON py.engagement_id = st.id JOIN {s}.actor y ON y.id = py.actor_id AND y.m49_subregion = '419')"
                + " SELECT china, counterpart, count(DISTINCT pairs.id), count(DISTINCT pairs.id) FILTER (WHERE status = 'signed'),"
                + " min(signed.on_date), max(signed.on_date) FROM pairs LEFT JOIN {s}.step signed"
                + " ON signed.engagement_id = pairs.id AND signed.step = 'signed' AND signed.on_date <= ?"
                + " GROUP BY 1, 2 ORDER BY 3 DESC, china COLLATE \"C\", counterpart COLLATE \"C\"",
                List.of(asOf, asOf),
                r -> pairs.add(new RegionPair(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4),
                        date(r, 5), date(r, 6))));
        return pairs;
    }

    /**
     * Agreements between actors of every two countries (each pair once, in code order; a country with itself for
     * agreements between its own actors), as of a date, optionally only the pairs that include one country.
     */
    public List<CountryPair> countryPairs(String country, LocalDate asOf) {
        return cached(List.of("country-pairs", String.valueOf(country), asOf),
                () -> read(query -> countryPairs(query, country, asOf)));
    }

    private List<CountryPair> countryPairs(Query query, String country, LocalDate asOf) {
        List<CountryPair> pairs = new ArrayList<>();
        query.run(STATUS + ", parties AS (SELECT st.id, st.status, p.actor_id, a.country FROM status st"
                + " JOIN {s}.participant p ON p.engagement_id = st.id AND p.role = 'party'"
                + " JOIN {s}.actor a ON a.id = p.actor_id WHERE a.country IS NOT NULL)"
                + " SELECT x.country, y.country, count(DISTINCT x.id), count(DISTINCT x.id) FILTER (WHERE x.status = 'signed')"
                + " FROM parties x JOIN parties y ON y.id = x.id AND y.actor_id <> x.actor_id AND x.country <= y.country"
                + " WHERE ?::text IS NULL OR ?::text IN (x.country, y.country)"
                + " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2",
                List.of(asOf, nullable(country), nullable(country)),
                r -> pairs.add(new CountryPair(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4))));
        return pairs;
    }

    public List<YearStats> years(LocalDate asOf) {
        return cached(List.of("years", asOf), () -> read(query -> years(query, asOf)));
    }

    private List<YearStats> years(Query query, LocalDate asOf) {
        List<YearStats> years = new ArrayList<>();
        query.run("SELECT extract(year FROM on_date)::int,"
                + " count(*) FILTER (WHERE type = 'agreement' AND step = 'signed'),"
                + " count(*) FILTER (WHERE type = 'mission' AND step = 'completed'),"
                + " count(*) FILTER (WHERE step = 'held'), count(*) FILTER (WHERE step = 'issued')"
                + " FROM {s}.step WHERE on_date <= ? AND step IN ('signed', 'completed', 'held', 'issued')"
                + " GROUP BY 1 ORDER BY 1",
                List.of(asOf), r -> years.add(new YearStats(r.getInt(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5))));
        return years;
    }

    public List<ActorActivity> mostActive(int limit, LocalDate asOf) {
        return cached(List.of("active", limit, asOf), () -> read(query -> mostActive(query, limit, asOf)));
    }

    private List<ActorActivity> mostActive(Query query, int limit, LocalDate asOf) {
        List<ActorActivity> actors = new ArrayList<>();
        query.run("SELECT p.actor_id, a.name, a.country, a.subdivision, count(DISTINCT s.engagement_id), max(s.on_date)"
                + " FROM {s}.step s JOIN {s}.participant p ON p.engagement_id = s.engagement_id"
                + " LEFT JOIN {s}.actor a ON a.id = p.actor_id"
                + " WHERE s.step IN ('signed', 'attested', 'completed', 'held', 'issued') AND s.on_date <= ?"
                + " GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 6 DESC, 1 LIMIT ?",
                List.of(asOf, limit), r -> actors.add(new ActorActivity(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getLong(5), date(r, 6))));
        return actors;
    }

    /** Agreements in force on the date whose parties have had no engagement together for {@code years}. */
    public List<DormantLink> dormant(int years, LocalDate asOf) {
        return cached(List.of("dormant", years, asOf), () -> read(query -> dormant(query, years, asOf)));
    }

    private List<DormantLink> dormant(Query query, int years, LocalDate asOf) {
        List<DormantLink> links = new ArrayList<>();
        query.run(STATUS + ", active AS (SELECT id FROM status WHERE status = 'signed'),"
                + " contact AS (SELECT ag.id, max(s.on_date) AS last_contact FROM active ag"
                + " JOIN {s}.participant pa ON pa.engagement_id = ag.id AND pa.role = 'party'"
                + " JOIN {s}.participant pb ON pb.engagement_id = ag.id AND pb.role = 'party' AND pb.actor_id > pa.actor_id"
                + " JOIN {s}.participant qa ON qa.actor_id = pa.actor_id"
                + " JOIN {s}.participant qb ON qb.engagement_id = qa.engagement_id AND qb.actor_id = pb.actor_id"
                + " JOIN {s}.step s ON s.engagement_id = qa.engagement_id"
                + " WHERE s.step IN " + ACTIVITY + " AND s.on_date <= ? GROUP BY ag.id)"
                + " SELECT c.id, e.kind, e.title, array(SELECT actor_id FROM {s}.participant"
                + " WHERE engagement_id = c.id AND role = 'party' ORDER BY actor_id), c.last_contact"
                + " FROM contact c JOIN {s}.engagement e ON e.id = c.id WHERE c.last_contact < ?"
                + " ORDER BY c.last_contact, c.id",
                List.of(asOf, asOf, asOf.minusYears(years)), r -> {
                    Array parties = r.getArray(4);
                    links.add(new DormantLink(r.getString(1), r.getString(2), r.getString(3),
                            Arrays.asList((String[]) parties.getArray()), date(r, 5)));
                });
        return links;
    }

    public List<FieldShare> fields(LocalDate asOf) {
        return cached(List.of("fields", asOf), () -> read(query -> fields(query, asOf)));
    }

    private List<FieldShare> fields(Query query, LocalDate asOf) {
        List<FieldShare> fields = new ArrayList<>();
        query.run(STATUS + ", active AS (SELECT id FROM status WHERE status = 'signed')"
                + " SELECT f.field, count(*), (SELECT count(*) FROM active) FROM active ag"
                + " JOIN {s}.field f ON f.engagement_id = ag.id GROUP BY 1 ORDER BY 2 DESC, f.field COLLATE \"C\"",
                List.of(asOf), r -> fields.add(new FieldShare(r.getString(1), r.getLong(2),
                        r.getLong(3) == 0 ? 0 : (double) r.getLong(2) / r.getLong(3))));
        return fields;
    }

    private static Object nullable(String value) {
        return value == null || value.isBlank() ? NULL_TEXT : value;
    }

    private static LocalDate date(ResultSet row, int column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    /**
     * A statistic computed since the figures last changed is served again: dashboards asking the same question
     * cost one computation per change. The version is read before computing, so an entry is never older than
     * what it claims to reflect.
     */
    @SuppressWarnings("unchecked")
    private <T> T cached(List<Object> key, Supplier<T> compute) {
        LiveProjection.Version version = projection.version();
        Cached hit;
        synchronized (cache) {
            hit = cache.get(key);
        }
        if (hit != null && hit.version().equals(version)) {
            return (T) hit.value();
        }
        T value = compute.get();
        synchronized (cache) {
            cache.put(key, new Cached(version, value));
        }
        return value;
    }

    private record Cached(LiveProjection.Version version, Object value) {
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Runs a statistic's queries on one connection, in one read-only repeatable-read transaction against one
     * generation, so its figures come from one snapshot even while events arrive or a rebuild switches over.
     */
    private <T> T read(Function<Query, T> statistic) {
        String schema = ProjectionSchema.name(projection.generation());
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                return statistic.apply(new Query(connection, schema));
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("A statistics query failed", e);
        }
    }

    /** The queries of one statistic: one connection, one generation's schema. */
    private record Query(Connection connection, String schema) {

        void run(String sql, List<Object> parameters, RowReader reader) {
            try (PreparedStatement statement = connection.prepareStatement(sql.replace("{s}", schema))) {
                for (int i = 0; i < parameters.size(); i++) {
                    Object value = parameters.get(i);
                    if (value == NULL_TEXT) {
                        statement.setNull(i + 1, Types.VARCHAR);
                    } else {
                        statement.setObject(i + 1, value instanceof LocalDate day ? Date.valueOf(day) : value);
                    }
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("A statistics query failed", e);
            }
        }
    }

    /** Collects one region's figures from the several queries. */
    private static final class Builder {
        final String region;
        final Map<String, Long> actorsByKind = new TreeMap<>();
        final Map<String, Long> agreementsByKind = new TreeMap<>();
        final Map<String, Long> agreementsByStatus = new TreeMap<>();
        long memberships;
        long missionsLed;
        long missionsHosted;
        long conferences;
        long statements;
        LocalDate firstActivity;
        LocalDate lastActivity;

        Builder(String region) {
            this.region = region;
        }

        RegionStats build() {
            return new RegionStats(region, actorsByKind, memberships, agreementsByKind, agreementsByStatus,
                    agreementsByStatus.getOrDefault("signed", 0L), missionsLed, missionsHosted, conferences,
                    statements, firstActivity, lastActivity, 0).withIndex();
        }
    }
}
