package org.paradiplomacy.analytics.statistics;

import static org.paradiplomacy.analytics.statistics.Snapshot.date;
import static org.paradiplomacy.analytics.statistics.Snapshot.nullable;
import static org.paradiplomacy.analytics.statistics.Snapshot.partialDate;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paradiplomacy.analytics.projection.LiveProjection;
import org.paradiplomacy.analytics.projection.ProjectionSchema;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.provenance.Source;

/**
 * The drill-down: the engagements behind a figure, matched by the same rules as the statistics count them, so
 * that for every figure the records asked for with the same filters number exactly as many
 * ({@code records-matching.sql}; {@code StatisticsPropertyTest} holds them to it).
 */
@ApplicationScoped
public class Records {

    private final AgroalDataSource dataSource;
    private final LiveProjection projection;
    private final ResultCache cache;

    public Records(AgroalDataSource dataSource, LiveProjection projection) {
        this.dataSource = dataSource;
        this.projection = projection;
        this.cache = new ResultCache(projection);
    }

    public RecordPage find(RecordFilter filter) {
        return cache.get(List.of("records", filter), () -> Snapshot.read(dataSource,
                ProjectionSchema.name(projection.generation()), query -> find(query, filter)));
    }

    private RecordPage find(Snapshot query, RecordFilter filter) {
        if ("actor".equals(filter.type())) {
            return actors(query, filter);
        }
        if ("membership".equals(filter.type())) {
            return memberships(query, filter);
        }
        RegionLevel level = filter.level() != null ? filter.level() : RegionLevel.COUNTRY;
        RegionLevel counterpartLevel = filter.counterpartLevel() != null ? filter.counterpartLevel() : RegionLevel.COUNTRY;
        String sql = StatisticsQuery.RECORDS_MATCHING.with("region", level.matching("a", "w.region"))
                .replace("{counterpart}", counterpartLevel.matching("b", "w.counterpart"));
        List<Object> parameters = new ArrayList<>(List.of(filter.asOf(), filter.sourced(), nullable(filter.type()),
                nullable(filter.status()), nullable(filter.kind()), nullable(filter.field()),
                filter.year() == null ? Snapshot.NULL_INTEGER : filter.year(), nullable(filter.region()),
                nullable(filter.role()), nullable(filter.country()), nullable(filter.counterpart()),
                nullable(filter.counterpartCountry())));
        parameters.add(filter.size());
        parameters.add((long) filter.page() * filter.size());
        long[] total = {0};
        Map<String, Row> rows = new LinkedHashMap<>();
        query.run(sql, parameters, r -> {
            total[0] = r.getLong(1);
            if (r.getString(2) != null) {
                rows.put(r.getString(2), new Row(r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getBoolean(7)));
            }
        });
        if (!rows.isEmpty()) {
            Object ids = query.texts(List.copyOf(rows.keySet()));
            query.run(StatisticsQuery.RECORD_STEPS, List.of(ids), r -> {
                Row row = rows.get(r.getString(1));
                row.steps.add(new RecordStep(r.getString(2), partialDate(r, 3), r.getString(4), date(r, 5)));
                sources(r.getString(6)).forEach(row.sources::add);
            });
            query.run(StatisticsQuery.RECORD_ACTORS, List.of(ids), r -> rows.get(r.getString(1)).actors.add(
                    new RecordActor(r.getString(2), r.getString(4), r.getString(3), r.getString(5), r.getString(6))));
        }
        return new RecordPage(rows.values().stream().map(Row::record).toList(), filter.page(), filter.size(), total[0]);
    }

    /** The actors behind a count of actors: each with itself as its one actor, placed. */
    private RecordPage actors(Snapshot query, RecordFilter filter) {
        RegionLevel level = filter.level() != null ? filter.level() : RegionLevel.COUNTRY;
        long[] total = {0};
        List<StatisticRecord> items = new ArrayList<>();
        query.run(StatisticsQuery.RECORDS_ACTORS_MATCHING.with("region", level.matching("a", "w.region")),
                List.of(filter.asOf(), filter.sourced(), nullable(filter.kind()), nullable(filter.region()),
                        nullable(filter.country()), filter.size(), (long) filter.page() * filter.size()), r -> {
                    total[0] = r.getLong(1);
                    if (r.getString(2) != null) {
                        items.add(new StatisticRecord(r.getString(2), "actor", r.getString(3), r.getString(4), "active",
                                List.of(), List.of(new RecordActor(r.getString(2), r.getString(4), "actor",
                                        r.getString(5), r.getString(6))),
                                List.copyOf(new LinkedHashSet<>(sources(r.getString(7)))), r.getBoolean(8)));
                    }
                });
        return new RecordPage(items, filter.page(), filter.size(), total[0]);
    }

    /**
     * The memberships behind a count of memberships: each with its start and end as steps, and the member and
     * the network as its actors.
     */
    private RecordPage memberships(Snapshot query, RecordFilter filter) {
        RegionLevel level = filter.level() != null ? filter.level() : RegionLevel.COUNTRY;
        long[] total = {0};
        List<StatisticRecord> items = new ArrayList<>();
        query.run(StatisticsQuery.RECORDS_MEMBERSHIPS_MATCHING.with("region", level.matching("a", "w.region")),
                List.of(filter.asOf(), filter.sourced(), nullable(filter.region()), nullable(filter.country()),
                        filter.size(), (long) filter.page() * filter.size()), r -> {
                    total[0] = r.getLong(1);
                    if (r.getString(2) == null) {
                        return;
                    }
                    List<RecordStep> steps = new ArrayList<>();
                    steps.add(new RecordStep("started", partialDate(r, 4), r.getString(5), date(r, 6)));
                    if (date(r, 9) != null) {
                        steps.add(new RecordStep("ended", partialDate(r, 7), r.getString(8), date(r, 9)));
                    }
                    String network = r.getString(13);
                    items.add(new StatisticRecord(r.getString(2) + "/" + r.getString(3) + "/" + date(r, 6),
                            "membership", null, network, "member", steps,
                            List.of(new RecordActor(r.getString(2), r.getString(10), "member", r.getString(11),
                                    r.getString(12)), new RecordActor(r.getString(3), network, "network", null, null)),
                            List.copyOf(new LinkedHashSet<>(sources(r.getString(14)))), r.getBoolean(15)));
                });
        return new RecordPage(items, filter.page(), filter.size(), total[0]);
    }

    /** A step's sources as published; one that no longer reads as a source keeps what it names. */
    private static List<Source> sources(String json) {
        List<Source> sources = new ArrayList<>();
        try {
            for (JsonNode source : EventJson.MAPPER.readTree(json)) {
                try {
                    sources.add(EventJson.MAPPER.treeToValue(source, Source.class));
                } catch (Exception e) {
                    sources.add(new Source(source.path("title").asText(null), source.path("url").asText(null),
                            source.path("publisher").asText(null), null, null, source.path("language").asText(null),
                            source.path("excerpt").asText(null)));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("The projection holds sources that are not JSON", e);
        }
        return sources;
    }

    private static final class Row {
        final String id;
        final String type;
        final String kind;
        final String title;
        final String status;
        final boolean sourced;
        final List<RecordStep> steps = new ArrayList<>();
        final List<RecordActor> actors = new ArrayList<>();
        final Set<Source> sources = new LinkedHashSet<>();

        Row(String id, String type, String kind, String title, String status, boolean sourced) {
            this.id = id;
            this.type = type;
            this.kind = kind;
            this.title = title;
            this.status = status;
            this.sourced = sourced;
        }

        StatisticRecord record() {
            return new StatisticRecord(id, type, kind, title, status, steps, actors, List.copyOf(sources), sourced);
        }
    }
}
