package org.paradiplomacy.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.analytics.projection.LiveProjection;
import org.paradiplomacy.testing.CloudEventPublisher;
import org.paradiplomacy.testing.ObservatoryTestResource;

/**
 * Random histories, delivered through the real broker with duplicates and in another order across topics than
 * they happened (engagements before the actors they name, for some), must give every statistic exactly as a plain
 * recount of the same histories does, as of several dates.
 */
@QuarkusTest
class StatisticsPropertyTest {

    private static final List<LocalDate> DAYS = List.of(LocalDate.of(1995, 6, 30), LocalDate.of(2008, 1, 1),
            LocalDate.of(2016, 4, 7), LocalDate.of(2040, 1, 1));

    @Inject
    Statistics statistics;

    @Inject
    LiveProjection projection;

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
                    for (RegionLevel level : RegionLevel.values()) {
                        assertThat(statistics.regions(level, null, day)).as("seed %d, %s regions on %s", seed, level, day)
                                .isEqualTo(recount.regions(level, day));
                    }
                    assertThat(statistics.regionPairs(false, day)).as("seed %d, region pairs on %s", seed, day)
                            .isEqualTo(recount.regionPairs(day));
                    assertThat(statistics.years(day)).as("seed %d, years up to %s", seed, day).isEqualTo(recount.years(day));
                    assertThat(statistics.fields(day)).as("seed %d, fields on %s", seed, day).isEqualTo(recount.fields(day));
                }
            }
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
            publisher.send(event.topic(), event.stream(), event.id(), event.type(), event.version(), event.payload());
            sentAlready.add(event);
            count++;
            if (random.nextInt(5) == 0) {
                History.Event again = sentAlready.get(random.nextInt(sentAlready.size()));
                publisher.send(again.topic(), again.stream(), again.id(), again.type(), again.version(), again.payload());
                count++;
            }
        }
        return count;
    }
}
