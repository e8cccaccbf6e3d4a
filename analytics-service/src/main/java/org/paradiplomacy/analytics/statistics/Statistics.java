package org.paradiplomacy.analytics.statistics;

import static org.paradiplomacy.analytics.statistics.Snapshot.partialDate;
import static org.paradiplomacy.analytics.statistics.Snapshot.nullable;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.paradiplomacy.analytics.projection.LiveProjection;
import org.paradiplomacy.analytics.projection.ProjectionSchema;

/**
 * Every statistic, computed as of a date from the active projection generation's dated facts. An engagement
 * counts for a region when one of its actors is placed there, and in the region's table's {@code unknown} row for
 * an actor placed nowhere at the level (none recorded, or not registered yet); a merged actor counts as its
 * survivor, withdrawn records (a withdrawn actor too) not at all. The queries are in {@code statistics/*.sql} ({@link StatisticsQuery}); this class
 * gives them their parameters and collects their rows.
 */
@ApplicationScoped
public class Statistics {

    private final AgroalDataSource dataSource;
    private final LiveProjection projection;
    private final ResultCache cache;

    public Statistics(AgroalDataSource dataSource, LiveProjection projection) {
        this.dataSource = dataSource;
        this.projection = projection;
        this.cache = new ResultCache(projection);
    }

    /**
     * Engagement of every region at a level, optionally only the regions of one country; with {@code sourced},
     * only the records that cite a source.
     */
    public List<RegionStats> regions(RegionLevel level, String country, LocalDate asOf, boolean sourced) {
        return cache.get(List.of("regions", level, String.valueOf(country), asOf, sourced),
                () -> read(query -> regions(query, level, country, asOf, sourced)));
    }

    private List<RegionStats> regions(Snapshot query, RegionLevel level, String country, LocalDate asOf,
            boolean sourced) {
        Object inCountry = nullable(country);
        Map<String, RegionFigures> rows = new TreeMap<>();
        RowKey row = r -> {
            String region = r.getString(1);
            String unknownIn = r.getString(2);
            return rows.computeIfAbsent(RegionStats.key(region, unknownIn), key -> new RegionFigures(region, unknownIn));
        };
        long[] agreementsInTable = {0};
        query.run(regionQuery(StatisticsQuery.REGION_ACTORS_BY_KIND, level), List.of(inCountry, inCountry, asOf, sourced),
                r -> row.of(r).actorsByKind.merge(r.getString(3), r.getLong(4), Long::sum));
        query.run(regionQuery(StatisticsQuery.REGION_MEMBERSHIPS, level),
                List.of(inCountry, inCountry, asOf, asOf, sourced), r -> row.of(r).memberships = r.getLong(3));
        query.run(regionQuery(StatisticsQuery.REGION_AGREEMENTS_BY_KIND_AND_STATUS, level),
                List.of(asOf, sourced, inCountry, inCountry), r -> {
                    if (r.getBoolean(6)) {
                        agreementsInTable[0] = r.getLong(5);
                        return;
                    }
                    RegionFigures figures = row.of(r);
                    figures.agreementsByKind.merge(r.getString(3), r.getLong(5), Long::sum);
                    figures.agreementsByStatus.merge(r.getString(4), r.getLong(5), Long::sum);
                });
        query.run(regionQuery(StatisticsQuery.REGION_RELATIONSHIPS, level), List.of(asOf, sourced, inCountry, inCountry),
                r -> row.of(r).relationships = r.getLong(3));
        query.run(regionQuery(StatisticsQuery.REGION_MISSIONS_BY_ROLE, level),
                List.of(asOf, sourced, inCountry, inCountry), r -> {
                    RegionFigures figures = row.of(r);
                    long count = r.getLong(5);
                    switch (r.getString(3) + "/" + r.getString(4)) {
                        case "mission/leader" -> figures.missionsLed += count;
                        case "mission/host" -> figures.missionsHosted += count;
                        default -> { }
                    }
                });
        query.run(regionQuery(StatisticsQuery.REGION_CONFERENCES_AND_STATEMENTS, level),
                List.of(asOf, sourced, inCountry, inCountry), r -> {
                    RegionFigures figures = row.of(r);
                    if ("conference".equals(r.getString(3))) {
                        figures.conferences = r.getLong(4);
                    } else {
                        figures.statements = r.getLong(4);
                    }
                });
        query.run(regionQuery(StatisticsQuery.REGION_FIRST_AND_LAST_ACTIVITY, level),
                List.of(asOf, sourced, inCountry, inCountry), r -> {
                    RegionFigures figures = row.of(r);
                    figures.firstActivity = partialDate(r, 3);
                    figures.lastActivity = partialDate(r, 4);
                });
        return rows.values().stream().map(figures -> figures.build(agreementsInTable[0])).toList();
    }

    /** A region query grouping by the level: the region (or unknown) and the country of an unknown row. */
    private static String regionQuery(StatisticsQuery query, RegionLevel level) {
        return query.with("region", level.grouped()).replace("{regionCountry}", level.unknownCountry());
    }

    @FunctionalInterface
    private interface RowKey {
        RegionFigures of(java.sql.ResultSet row) throws java.sql.SQLException;
    }

    /** Chinese provinces against Latin American and Caribbean countries (or subdivisions). */
    public List<RegionPair> regionPairs(boolean bySubdivision, LocalDate asOf, boolean sourced) {
        return cache.get(List.of("pairs", bySubdivision, asOf, sourced),
                () -> read(query -> regionPairs(query, bySubdivision, asOf, sourced)));
    }

    private List<RegionPair> regionPairs(Snapshot query, boolean bySubdivision, LocalDate asOf, boolean sourced) {
        String counterpart = bySubdivision ? "coalesce(y.subdivision, '" + RegionLevel.UNKNOWN + "')" : "y.country";
        String counterpartCountry = bySubdivision ? "CASE WHEN y.subdivision IS NULL THEN y.country END" : "NULL::text";
        List<RegionPair> pairs = new ArrayList<>();
        long[] total = {0};
        query.run(StatisticsQuery.CHINA_LATIN_AMERICA_PAIRS.with("counterpart", counterpart)
                .replace("{counterpartCountry}", counterpartCountry), List.of(asOf, sourced, asOf), r -> {
                    if (r.getBoolean(9)) {
                        total[0] = r.getLong(3);
                    } else {
                        pairs.add(new RegionPair(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4),
                                partialDate(r, 5), partialDate(r, 6), r.getString(7), r.getLong(8), 0));
                    }
                });
        return pairs.stream().map(p -> new RegionPair(p.china(), p.counterpart(), p.agreements(), p.active(),
                p.firstSigned(), p.lastSigned(), p.counterpartCountry(), p.relationships(),
                RegionStats.share(p.agreements(), total[0]))).toList();
    }

    /**
     * Agreements between actors of every two countries (each pair once, in code order; a country with itself for
     * agreements between its own actors), as of a date, optionally only the pairs that include one country.
     */
    public List<CountryPair> countryPairs(String country, LocalDate asOf, boolean sourced) {
        return cache.get(List.of("country-pairs", String.valueOf(country), asOf, sourced),
                () -> read(query -> countryPairs(query, country, asOf, sourced)));
    }

    private List<CountryPair> countryPairs(Snapshot query, String country, LocalDate asOf, boolean sourced) {
        List<CountryPair> pairs = new ArrayList<>();
        long[] total = {0};
        query.run(StatisticsQuery.COUNTRY_PAIRS, List.of(asOf, sourced, nullable(country), nullable(country)), r -> {
            if (r.getBoolean(6)) {
                total[0] = r.getLong(3);
            } else {
                pairs.add(new CountryPair(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5), 0));
            }
        });
        return pairs.stream().map(p -> new CountryPair(p.country(), p.otherCountry(), p.agreements(), p.active(),
                p.relationships(), RegionStats.share(p.agreements(), total[0]))).toList();
    }

    public List<YearStats> years(LocalDate asOf, boolean sourced) {
        return cache.get(List.of("years", asOf, sourced), () -> read(query -> years(query, asOf, sourced)));
    }

    private List<YearStats> years(Snapshot query, LocalDate asOf, boolean sourced) {
        List<YearStats> years = new ArrayList<>();
        query.run(StatisticsQuery.ENGAGEMENTS_BY_YEAR, List.of(asOf, sourced), r -> years.add(
                new YearStats(r.getInt(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6))));
        return years;
    }

    public List<ActorActivity> mostActive(int limit, LocalDate asOf, boolean sourced) {
        return cache.get(List.of("active", limit, asOf, sourced),
                () -> read(query -> mostActive(query, limit, asOf, sourced)));
    }

    private List<ActorActivity> mostActive(Snapshot query, int limit, LocalDate asOf, boolean sourced) {
        List<ActorActivity> actors = new ArrayList<>();
        query.run(StatisticsQuery.MOST_ACTIVE_ACTORS, List.of(asOf, sourced, limit), r -> actors.add(new ActorActivity(
                r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5), partialDate(r, 7))));
        return actors;
    }

    /** Agreements in force on the date whose parties have had no engagement together for {@code years}. */
    public List<DormantLink> dormant(int years, LocalDate asOf, boolean sourced) {
        return cache.get(List.of("dormant", years, asOf, sourced),
                () -> read(query -> dormant(query, years, asOf, sourced)));
    }

    private List<DormantLink> dormant(Snapshot query, int years, LocalDate asOf, boolean sourced) {
        List<DormantLink> links = new ArrayList<>();
        query.run(StatisticsQuery.DORMANT_LINKS, List.of(asOf, sourced, asOf, sourced, asOf.minusYears(years)), r -> {
            Array parties = r.getArray(4);
            links.add(new DormantLink(r.getString(1), r.getString(2), r.getString(3),
                    Arrays.asList((String[]) parties.getArray()), partialDate(r, 5)));
        });
        return links;
    }

    public List<FieldShare> fields(LocalDate asOf, boolean sourced) {
        return cache.get(List.of("fields", asOf, sourced), () -> read(query -> fields(query, asOf, sourced)));
    }

    private List<FieldShare> fields(Snapshot query, LocalDate asOf, boolean sourced) {
        List<FieldShare> fields = new ArrayList<>();
        query.run(StatisticsQuery.AGREEMENTS_BY_FIELD, List.of(asOf, sourced), r -> fields.add(new FieldShare(r.getString(1),
                r.getLong(2), RegionStats.share(r.getLong(2), r.getLong(3)), r.getLong(4))));
        return fields;
    }

    private <T> T read(Function<Snapshot, T> statistic) {
        return Snapshot.read(dataSource, ProjectionSchema.name(projection.generation()), statistic);
    }
}
