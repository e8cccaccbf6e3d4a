package org.paradiplomacy.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.system.FaultFigures.Count;
import org.paradiplomacy.testing.PostgresCluster;

/**
 * The Observatory keeps every acknowledged write, exactly once, and delivers it complete and in order while its
 * parts crash. The packaged services run on a PostgreSQL cluster and a Kafka broker of this test's own; a steady
 * load of writes goes through the public APIs (clients retry every request with its Idempotency-Key until a
 * definite answer) while the test kills the broker with SIGKILL and restarts it, kills each service in turn and
 * restarts it, and stops PostgreSQL in immediate mode (a crash) and starts it again. Once the load has stopped:
 * <ul>
 *   <li>every acknowledged write is stored exactly once, and nothing unacknowledged more than once
 *       ({@link StoreAudit});</li>
 *   <li>every stream is complete and in order on Kafka ({@link TopicAudit});</li>
 *   <li>every statistic of analytics-service equals a recount from the write services' data, today and on a past
 *       date ({@link StatisticsRecount}).</li>
 * </ul>
 * One round of faults by default (about three minutes in all); {@code -Dfaults.duration=PT10M} repeats rounds for
 * that long, and {@code -Dfaults.rate} sets the writes per second (20). While the broker is down the cluster's
 * transaction ids are moved on past the next power of ten, so that the outbox's backlog straddles it.
 */
class FaultInjectionIT {

    private static final Duration RECOVERY = Duration.ofSeconds(120);
    /** Writes acknowledged before the first fault, and after each fault before the next. */
    private static final int WRITES_BETWEEN_FAULTS = 40;
    /** At most about two seconds of burning: rounds cross 10,000, 100,000 and 1,000,000, and later ones none. */
    private static final long MAX_TRANSACTION_IDS_BURNT = 1_000_000;
    private static final List<LocalDate> STATISTICS_DATES = List.of(LocalDate.now(), LocalDate.of(2015, 6, 30));

    private static PostgresCluster cluster;
    private static Observatory observatory;

    private final FaultFigures figures = new FaultFigures();
    private final Map<String, String> recoveries = new LinkedHashMap<>();
    /** The powers of ten in transaction ids that a backlog of the outbox straddled. */
    private final List<String> crossings = new ArrayList<>();
    private WriteLoad load;

    @BeforeAll
    static void startTheObservatoryOnItsOwnCluster() {
        cluster = PostgresCluster.create().start();
        observatory = Observatory.startOn(cluster);
    }

    @AfterAll
    static void stopIt() {
        if (observatory != null) {
            observatory.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void noAcknowledgedWriteIsLostDuplicatedOrReorderedWhileTheBrokerTheServicesAndTheDatabaseCrash() {
        Duration duration = Duration.parse(System.getProperty("faults.duration", "PT0S"));
        double rate = Double.parseDouble(System.getProperty("faults.rate", "20"));
        long firstXid = cluster.nextTransactionId();
        long started = System.nanoTime();
        figures.phase("setup");
        load = new WriteLoad(observatory.actors().url(), observatory.agreements().url(), 1, 4, rate, 42);
        int rounds = 0;
        try {
            load.start();
            phase("before faults");
            awaitWrites("the first writes", load::acknowledged, WRITES_BETWEEN_FAULTS);
            do {
                rounds++;
                injectFaults();
            } while (System.nanoTime() - started < duration.toNanos());
        } catch (AssertionError | RuntimeException e) {
            // A part that does not come back is a finding too; what was written up to then is audited all the same.
            figures.problem("fault injection stopped: " + e.getMessage());
        } finally {
            load.close();
        }
        long loadSeconds = (System.nanoTime() - started) / 1_000_000_000;
        long lastXid = cluster.nextTransactionId();

        JsonApi api = new JsonApi();
        WrittenData data = new WrittenData(Map.of(), Map.of(), Map.of(), List.of());
        StatisticsRecount recount = null;
        List<String> statistics = List.of();
        try {
            data = audit(api);
            recount = new StatisticsRecount(data);
            statistics = statisticsOnceCaughtUp(api, recount);
            statistics.forEach(figures::problem);
        } catch (RuntimeException e) {
            figures.problem("auditing failed: " + e);
        }
        load.clientFailures().forEach(failure -> figures.problem("client: " + failure));

        System.out.printf("%nFault injection: %d round(s) of faults, load for %d s at up to %.0f writes/s (1 actor client,"
                        + " 4 agreement clients), %d actors and %d agreements stored, %d events;"
                        + " transaction ids %,d to %,d%n",
                rounds, loadSeconds, rate, data.actors.size(), data.agreements.size(),
                data.histories.values().stream().mapToInt(List::size).sum(), firstXid, lastXid);
        System.out.printf("Writes attempted %d, acknowledged %d; faults injected %d; answers retried: %s%n",
                figures.total(Count.ATTEMPTED), figures.total(Count.ACKNOWLEDGED), recoveries.size(), load.retriedAnswers());
        recoveries.forEach((fault, recovery) -> System.out.println("  " + fault + ": " + recovery));
        System.out.println("Outbox backlogs (broker down) straddled transaction ids " + crossings);
        System.out.println(figures.table());
        System.out.println(latencies(load.writes()));
        System.out.printf("Statistics: %d compared (each as of %s), %d rows, %d differ; analytics: %s%n",
                StatisticsRecount.count(STATISTICS_DATES), STATISTICS_DATES, recount == null ? 0 : recount.rowsCompared(),
                statistics.size(), projectionHealth(api));
        long defects = Arrays.stream(Count.values()).filter(Count::defect).mapToLong(figures::total).sum();
        System.out.printf("Lost %d, duplicated %d, out of order %d (store lost %d, duplicated %d; Kafka lost %d,"
                        + " duplicated %d, out of order %d; unanswered writes %d)%n%s",
                figures.total(Count.STORE_LOST) + figures.total(Count.KAFKA_LOST),
                figures.total(Count.STORE_DUPLICATED) + figures.total(Count.KAFKA_DUPLICATED),
                figures.total(Count.KAFKA_OUT_OF_ORDER), figures.total(Count.STORE_LOST),
                figures.total(Count.STORE_DUPLICATED), figures.total(Count.KAFKA_LOST),
                figures.total(Count.KAFKA_DUPLICATED), figures.total(Count.KAFKA_OUT_OF_ORDER),
                figures.total(Count.UNANSWERED), figures.shownProblems());

        assertThat(figures.problems()).as("%d defects; the problems found", defects).isEmpty();
        assertThat(figures.total(Count.ACKNOWLEDGED)).as("acknowledged writes").isGreaterThan(WRITES_BETWEEN_FAULTS);
    }

    /** Reads what the write services hold and audits it, and the topics, against the writes sent. */
    private WrittenData audit(JsonApi api) {
        String actorsUrl = observatory.actors().url();
        String agreementsUrl = observatory.agreements().url();
        WrittenData data = WrittenData.read(api, actorsUrl, agreementsUrl);
        Map<String, String> phaseOfEvent = StoreAudit.audit(load.writes(), data, write -> WrittenData.history(api,
                (write.operation.actorsService ? actorsUrl + "/api/v1/actors/" : agreementsUrl + "/api/v1/agreements/")
                        + write.streamId + "/events"), figures);
        TopicAudit.audit(observatory.bootstrapServers(), data, phaseOfEvent, figures, RECOVERY);
        return data;
    }

    /** One round: the broker, each service in turn, then PostgreSQL. */
    private void injectFaults() {
        fault("kill -9 Kafka broker", () -> {
            observatory.broker().kill();
            // Writes go on while the broker is down: the outbox keeps them (decision 0004). The backlog straddles a
            // power of ten in transaction ids, where a relay that compared them as text lost and repeated events.
            awaitWrites("actors-service writes while the broker is down", load::acknowledgedByActors,
                    WRITES_BETWEEN_FAULTS / 4);
            crossAPowerOfTenInTransactionIds();
            awaitWrites("actors-service writes while the broker is down", load::acknowledgedByActors,
                    WRITES_BETWEEN_FAULTS / 4);
            observatory.broker().restart();
        }, load::acknowledged);
        for (ServiceProcess service : List.of(observatory.actors(), observatory.agreements(), observatory.analytics())) {
            LongSupplier writes = service == observatory.actors() ? load::acknowledgedByActors
                    : service == observatory.agreements() ? load::acknowledgedByAgreements : load::acknowledged;
            fault("kill -9 " + service.name(), () -> {
                service.kill();
                service.restart();
            }, writes);
        }
        fault("PostgreSQL immediate stop", () -> {
            cluster.stopImmediately();
            cluster.start();
        }, () -> Math.min(load.acknowledgedByActors(), load.acknowledgedByAgreements()));
    }

    /** Moves the cluster's transaction ids on to just below the next power of ten, if that is near enough. */
    private void crossAPowerOfTenInTransactionIds() {
        long next = cluster.nextTransactionId();
        long power = 10;
        while (power <= next + 3) {
            power *= 10;
        }
        if (power - next <= MAX_TRANSACTION_IDS_BURNT) {
            cluster.burnTransactionIdsTo(power - 3);
            crossings.add("%,d (from %,d)".formatted(power, next));
        }
    }

    /** Labels the writes from now on with the fault, injects it, and waits until writes are acknowledged again. */
    private void fault(String name, Runnable injectAndRepair, LongSupplier writes) {
        phase(name);
        long start = System.nanoTime();
        injectAndRepair.run();
        long repaired = System.nanoTime();
        awaitWrites("writes after " + name, writes, WRITES_BETWEEN_FAULTS);
        long recovered = System.nanoTime();
        String key = name;
        for (int n = 2; recoveries.containsKey(key); n++) {
            key = name + " #" + n;
        }
        recoveries.put(key, "back up %.1f s after the fault, %d writes acknowledged %.1f s later".formatted(
                (repaired - start) / 1e9, WRITES_BETWEEN_FAULTS, (recovered - repaired) / 1e9));
    }

    private void phase(String name) {
        figures.phase(name);
        load.phase(name);
    }

    private void awaitWrites(String what, LongSupplier acknowledged, long more) {
        long target = acknowledged.getAsLong() + more;
        try {
            await().atMost(RECOVERY).pollInterval(Duration.ofMillis(100)).until(() -> acknowledged.getAsLong() >= target);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No " + more + " " + what + " within " + RECOVERY.toSeconds() + " s (clients: "
                    + load.clientStates() + "); logs: "
                    + observatory.actors().log() + ", " + observatory.agreements().log() + ", "
                    + observatory.analytics().log() + ", " + cluster.serverLog(), e);
        }
    }

    /**
     * The statistics' differences from the recount once analytics-service has caught up: polled until there are
     * none (its lag is measured once a second, so "no lag" alone is not enough), or the time is up.
     */
    private List<String> statisticsOnceCaughtUp(JsonApi api, StatisticsRecount recount) {
        AtomicReference<List<String>> differences = new AtomicReference<>(List.of("not compared"));
        try {
            await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1)).until(() -> {
                try {
                    differences.set(recount.differences(api, observatory.analytics().url(), STATISTICS_DATES));
                } catch (RuntimeException e) {
                    differences.set(List.of("comparing failed: " + e + " at " + e.getStackTrace()[0]));
                }
                return differences.get().isEmpty();
            });
        } catch (ConditionTimeoutException e) {
            List<String> shown = new ArrayList<>(differences.get());
            shown.addFirst("Statistics still differ from the recount after " + RECOVERY.toSeconds() + " s:");
            return shown;
        }
        return List.of();
    }

    /** Time from a write's first sending to its acknowledgement, per operation: median, 99th percentile, max. */
    private static String latencies(List<WriteLoad.Write> writes) {
        StringBuilder table = new StringBuilder("time to acknowledgement (s): operation, writes, median, p99, max\n");
        for (WriteLoad.Operation operation : WriteLoad.Operation.values()) {
            double[] seconds = writes.stream().filter(w -> w.operation == operation && w.acknowledged())
                    .mapToDouble(w -> (w.answeredAt - w.sentAt) / 1e9).sorted().toArray();
            if (seconds.length > 0) {
                table.append(String.format("  %-24s %6d %7.2f %7.2f %7.2f%n", operation, seconds.length,
                        seconds[seconds.length / 2], seconds[(int) Math.min(seconds.length - 1, seconds.length * 0.99)],
                        seconds[seconds.length - 1]));
            }
        }
        return table.toString();
    }

    private static String projectionHealth(JsonApi api) {
        try {
            JsonNode health = api.get(observatory.analytics().url() + "/q/health/well");
            for (JsonNode check : health.path("checks")) {
                if (check.path("name").asText().equals("statistics-projection")) {
                    return check.path("data").toString();
                }
            }
            return health.toString();
        } catch (RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
