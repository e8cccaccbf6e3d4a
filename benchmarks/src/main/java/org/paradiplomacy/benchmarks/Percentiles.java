package org.paradiplomacy.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Summary statistics of measured durations, in milliseconds. */
record Percentiles(int samples, double min, double median, double p90, double p99, double max) {

    static Percentiles of(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Percentiles(sorted.size(), sorted.getFirst(), at(sorted, 0.5), at(sorted, 0.9), at(sorted, 0.99),
                sorted.getLast());
    }

    /** The nearest-rank percentile. */
    private static double at(List<Double> sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    String row(String label) {
        return "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |".formatted(label, samples, min, median, p90, p99, max);
    }

    static String header() {
        return "| what | samples | min ms | median ms | p90 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|";
    }
}
