package org.paradiplomacy.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.analytics.projection.LiveProjection;
import org.paradiplomacy.testing.CloudEventPublisher;
import org.paradiplomacy.testing.ObservatoryTestResource;

/**
 * Random histories, delivered through the real broker with duplicates and in another order across topics than
 * they happened (engagements before the actors they name, for some), with dates to the day, month or year recorded
 * within their period or after it, as v1 and v2 events, some citing sources, must give every statistic exactly as
 * a plain recount of the same histories does, as of several dates, counting everything or only the sourced
 * records; and for every figure the drill-down with the same filters must find exactly that many records. The
 * histories merge actors (in chains too, merges arriving before or after the records they re-point), withdraw
 * actors, memberships and engagements, supersede agreements and correct conferences and statements; the recount
 * also holds the relationships, the shares and the unknown rows to account.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"admin", "editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-admin"), @Claim(key = "preferred_username", value = "admin"),
        @Claim(key = "azp", value = "observatory-cli")})
class StatisticsPropertyTest {

    private static final List<LocalDate> DAYS = List.of(LocalDate.of(1995, 6, 30), LocalDate.of(2008, 1, 1),
            LocalDate.of(2016, 4, 7), LocalDate.of(2040, 1, 1));

    @Inject
    Statistics statistics;

    @Inject
    LiveProjection projection;

    @Inject
    Records records;

    @Test
    void everyStatisticEqualsARecountOfRandomHistoriesDeliveredWithDuplicatesAndReordering() {
        List<History> histories = new ArrayList<>();
        long sent = projection.status().processed();
        try (CloudEventPublisher publisher = new CloudEventPublisher(ObservatoryTestResource.broker().bootstrapServers())) {
            for (long seed = 1; seed <= 6; seed++) {
                History history = new History(seed);
                histories.add(history);
                sent += deliver(history.events(), new Random(seed), seed % 2 == 0, publisher);
                long expected = sent;
                await().atMost(Duration.ofSeconds(90))
                        .until(() -> projection.status().processed() >= expected && projection.status().caughtUp());

                Recount recount = new Recount(histories);
                for (LocalDate day : DAYS) {
                    for (boolean sourced : List.of(false, true)) {
                        String as = "seed " + seed + (sourced ? ", sourced only," : "") + " on " + day;
                        for (RegionLevel level : RegionLevel.values()) {
                            assertThat(statistics.regions(level, null, day, sourced)).as("%s, %s regions", as, level)
                                    .isEqualTo(recount.regions(level, day, sourced));
                        }
                        assertThat(statistics.regionPairs(false, day, sourced)).as("%s, region pairs", as)
                                .isEqualTo(recount.regionPairs(false, day, sourced));
                        assertThat(statistics.regionPairs(true, day, sourced)).as("%s, region pairs by subdivision", as)
                                .isEqualTo(recount.regionPairs(true, day, sourced));
                        assertThat(statistics.countryPairs(null, day, sourced)).as("%s, country pairs", as)
                                .isEqualTo(recount.countryPairs(day, sourced));
                        assertThat(statistics.years(day, sourced)).as("%s, years", as).isEqualTo(recount.years(day, sourced));
                        assertThat(statistics.fields(day, sourced)).as("%s, fields", as).isEqualTo(recount.fields(day, sourced));
                    }
                }
            }
            // Every figure, once all histories are in: its drill-down has exactly as many records.
            DrillDown drillDown = new DrillDown(records);
            for (LocalDate day : List.of(LocalDate.of(2008, 1, 1), LocalDate.of(2040, 1, 1))) {
                for (boolean sourced : List.of(false, true)) {
                    for (RegionLevel level : RegionLevel.values()) {
                        drillDown.regions(statistics.regions(level, null, day, sourced), level, day, sourced);
                    }
                    drillDown.regionPairs(statistics.regionPairs(false, day, sourced), RegionLevel.COUNTRY, day, sourced);
                    drillDown.regionPairs(statistics.regionPairs(true, day, sourced), RegionLevel.SUBDIVISION, day, sourced);
                    drillDown.countryPairs(statistics.countryPairs(null, day, sourced), day, sourced);
                    drillDown.years(statistics.years(day, sourced), day, sourced);
                    drillDown.fields(statistics.fields(day, sourced), day, sourced);
                }
            }
            assertThat(drillDown.checked()).isGreaterThan(500);
            // The histories did exercise what they are meant to: every kind of unknown row, supersessions, chains.
            LocalDate late = LocalDate.of(2040, 1, 1);
            assertThat(statistics.regions(RegionLevel.SUBDIVISION, null, late, false))
                    .filteredOn(row -> row.region().equals(RegionLevel.UNKNOWN)).extracting(RegionStats::country)
                    .contains("CN", "CU", null);
            assertThat(statistics.regionPairs(false, late, false)).extracting(RegionPair::china).contains(RegionLevel.UNKNOWN);
            assertThat(statistics.regions(RegionLevel.COUNTRY, null, late, false))
                    .anySatisfy(row -> assertThat(row.agreementsByStatus()).containsKey("superseded"));
            assertThat(histories).anySatisfy(h -> assertThat(h.merges.keySet()).containsAnyElementsOf(h.merges.values()));
        }
    }

    /**
     * Sends a history's events: each topic's in order (the relay's guarantee), topics interleaved at random or
     * with the actors last, and about one event in five sent once more later. Returns how many records it sent.
     */
    private static long deliver(List<History.Event> events, Random random, boolean actorsLast, CloudEventPublisher publisher) {
        Map<String, Deque<History.Event>> topics = new LinkedHashMap<>();
        events.forEach(e -> topics.computeIfAbsent(e.topic(), t -> new ArrayDeque<>()).add(e));
        List<History.Event> sentAlready = new ArrayList<>();
        long count = 0;
        while (topics.values().stream().anyMatch(q -> !q.isEmpty())) {
            List<Deque<History.Event>> open = topics.entrySet().stream()
                    .filter(t -> !t.getValue().isEmpty())
                    .filter(t -> !actorsLast || !t.getKey().equals("paradiplomacy.actors.v1") || topics.entrySet().stream()
                            .filter(o -> !o.getKey().equals(t.getKey())).allMatch(o -> o.getValue().isEmpty()))
                    .map(Map.Entry::getValue).toList();
            History.Event event = open.get(random.nextInt(open.size())).poll();
            send(publisher, event);
            sentAlready.add(event);
            count++;
            if (random.nextInt(5) == 0) {
                History.Event again = sentAlready.get(random.nextInt(sentAlready.size()));
                send(publisher, again);
                count++;
            }
        }
        return count;
    }

    /** As the relay would, with the time the event was recorded. */
    private static void send(CloudEventPublisher publisher, History.Event event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.stream(), event.payload());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", event.id());
        headers.put("ce_type", event.type());
        headers.put("ce_source", "/test");
        headers.put("ce_subject", event.stream());
        headers.put("ce_time", event.time().toString());
        headers.put("content-type", "application/json");
        headers.put("ce_streamversion", Long.toString(event.version()));
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        publisher.send(record);
    }
}
