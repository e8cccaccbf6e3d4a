package org.paradiplomacy.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a fault-injection run, per phase (the fault being injected when a write was first sent), and
 * the problems found, each described: what the suite prints at the end and fails on.
 */
final class FaultFigures {

    /** What is counted per phase; the first five describe the load, the others are defects. */
    enum Count {
        ATTEMPTED("attempted"), ACKNOWLEDGED("acked"), RETRIED("retried"), REPLAYED("replayed"),
        REDELIVERED("redelivered"),
        STORE_LOST("lost"), STORE_DUPLICATED("duplicated"), KAFKA_LOST("kafka lost"),
        KAFKA_DUPLICATED("kafka dup"), KAFKA_OUT_OF_ORDER("out of order"), UNANSWERED("unanswered");

        final String heading;

        Count(String heading) {
            this.heading = heading;
        }

        boolean defect() {
            return ordinal() >= STORE_LOST.ordinal();
        }
    }

    static final String UNATTRIBUTED = "(no write)";
    private static final int PROBLEMS_SHOWN = 40;

    private final Map<String, long[]> phases = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    void phase(String phase) {
        phases.computeIfAbsent(phase, p -> new long[Count.values().length]);
    }

    synchronized void add(String phase, Count count, long n) {
        phases.computeIfAbsent(phase, p -> new long[Count.values().length])[count.ordinal()] += n;
    }

    synchronized void problem(String phase, Count count, String description) {
        add(phase, count, 1);
        problems.add("[" + phase + "] " + count.heading + ": " + description);
    }

    /** A problem that is not one write's or event's, such as a statistic that differs. */
    synchronized void problem(String description) {
        problems.add(description);
    }

    long total(Count count) {
        return phases.values().stream().mapToLong(c -> c[count.ordinal()]).sum();
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The table of figures per phase, with a total line. */
    String table() {
        int width = Math.max(12, phases.keySet().stream().mapToInt(String::length).max().orElse(0));
        StringBuilder table = new StringBuilder(String.format("%-" + width + "s", "phase"));
        for (Count count : Count.values()) {
            table.append(String.format(" %" + Math.max(6, count.heading.length()) + "s", count.heading));
        }
        table.append('\n');
        Map<String, long[]> rows = new LinkedHashMap<>(phases);
        long[] totals = new long[Count.values().length];
        phases.values().forEach(c -> {
            for (int i = 0; i < c.length; i++) {
                totals[i] += c[i];
            }
        });
        rows.put("total", totals);
        rows.forEach((phase, counts) -> {
            table.append(String.format("%-" + width + "s", phase));
            for (Count count : Count.values()) {
                table.append(String.format(" %" + Math.max(6, count.heading.length()) + "d", counts[count.ordinal()]));
            }
            table.append('\n');
        });
        return table.toString();
    }

    String shownProblems() {
        StringBuilder shown = new StringBuilder();
        problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> shown.append("  ").append(p).append('\n'));
        if (problems.size() > PROBLEMS_SHOWN) {
            shown.append("  ... and ").append(problems.size() - PROBLEMS_SHOWN).append(" more\n");
        }
        return shown.toString();
    }
}
