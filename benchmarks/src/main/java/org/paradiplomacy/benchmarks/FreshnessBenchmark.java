package org.paradiplomacy.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Freshness: the time from a write's 201 to the statistic changing. Writes signed agreements through
 * agreements-service at a fixed rate while a poller watches the number of signed agreements in
 * analytics-service's statistics; the k-th increment belongs to the k-th write (one writer, writes commit and are
 * published in order).
 */
public final class FreshnessBenchmark {

    private static final Pattern SIGNED = Pattern.compile("\"agreementsSigned\"\\s*:\\s*(\\d+)");

    private final Api api = new Api();
    private final String actors;
    private final String agreements;
    private final String analytics;

    private FreshnessBenchmark(String actors, String agreements, String analytics) {
        this.actors = actors;
        this.agreements = agreements;
        this.analytics = analytics;
    }

    /** Arguments: actors URL, agreements URL, analytics URL, then pairs of writes-per-second and seconds. */
    public static void main(String[] args) throws Exception {
        FreshnessBenchmark benchmark = new FreshnessBenchmark(args[0], args[1], args[2]);
        StringBuilder report = new StringBuilder(Percentiles.header()).append('\n');
        for (int i = 3; i + 1 < args.length; i += 2) {
            int rate = Integer.parseInt(args[i]);
            int seconds = Integer.parseInt(args[i + 1]);
            report.append(benchmark.run(rate, seconds).row(rate + " writes/s for " + seconds + " s")).append('\n');
        }
        System.out.print(report);
    }

    private Percentiles run(int rate, int seconds) throws InterruptedException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String china = actor("province", "Bench Hubei " + tag, "CN", "CN-HB");
        String chile = actor("province", "Bench Biobío " + tag, "CL", "CL-BI");
        awaitKnown(china);
        awaitKnown(chile);
        long base = signed();
        int writes = rate * seconds;
        Map<Long, Long> seenAt = new ConcurrentHashMap<>();
        Thread poller = Thread.ofPlatform().start(() -> {
            long last = base;
            while (last < base + writes && !Thread.currentThread().isInterrupted()) {
                long now = signed();
                long at = System.nanoTime();
                for (long k = last + 1; k <= now; k++) {
                    seenAt.putIfAbsent(k, at);
                }
                last = Math.max(last, now);
            }
        });
        long[] acknowledgedAt = new long[writes];
        long start = System.nanoTime();
        for (int i = 0; i < writes; i++) {
            long due = start + TimeUnit.SECONDS.toNanos(1) * i / rate;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            api.create(agreements + "/api/v1/agreements", """
                    {"kind": "cooperation", "title": "Benchmark %s %d", "parties": ["%s", "%s"],
                     "signed": {"signedOn": "2020-01-01"}}""".formatted(tag, i, china, chile));
            acknowledgedAt[i] = System.nanoTime();
        }
        poller.join(Duration.ofSeconds(120).toMillis());
        poller.interrupt();
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < writes; i++) {
            Long seen = seenAt.get(base + i + 1);
            if (seen == null) {
                throw new IllegalStateException("Write " + (i + 1) + " never showed in the statistics");
            }
            latencies.add(Math.max(0, seen - acknowledgedAt[i]) / 1e6);
        }
        return Percentiles.of(latencies);
    }

    private String actor(String kind, String name, String country, String subdivision) {
        return api.create(actors + "/api/v1/actors", """
                {"kind": "%s", "names": {"en": "%s"}, "country": "%s", "subdivision": "%s"}"""
                .formatted(kind, name, country, subdivision));
    }

    private void awaitKnown(String actor) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (api.get(agreements + "/api/v1/directory/actors/" + actor).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("agreements-service never learnt of actor " + actor);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    /** All agreements signed up to a far date, summed over the years. */
    private long signed() {
        Matcher counts = SIGNED.matcher(api.get(analytics + "/api/v1/stats/years?asOf=2999-12-31").body());
        long total = 0;
        while (counts.find()) {
            total += Long.parseLong(counts.group(1));
        }
        return total;
    }
}
