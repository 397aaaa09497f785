package dev.mayfly.cli.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one quantity, in milliseconds. */
final class Samples {
    private final List<Double> millis = new ArrayList<>();

    void add(double ms) {
        millis.add(ms);
    }

    void addNanos(long nanos) {
        millis.add(nanos / 1e6);
    }

    int count() {
        return millis.size();
    }

    double median() {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return millis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
        return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
