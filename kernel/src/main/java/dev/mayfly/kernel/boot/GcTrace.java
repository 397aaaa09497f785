package dev.mayfly.kernel.boot;

import dev.mayfly.kernel.runtime.GcPauses;

/**
 * The collector's trace ({@code mayfly.trace=gc}): a daemon thread that, every
 * {@link #PERIOD_MILLIS} in which the collector ran, prints one line of its pauses to the console's
 * error stream — how many collections, how many full, their sum, the longest, and a histogram.
 */
final class GcTrace {
    static final long PERIOD_MILLIS = 5_000;

    private GcTrace() {
    }

    static void start() {
        Thread reporter = new Thread(GcTrace::reportForever, "mayfly-gc-trace");
        reporter.setDaemon(true); // the trace never keeps the VM alive
        reporter.start();
    }

    private static void reportForever() {
        while (true) {
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            GcPauses.Window window = GcPauses.takeWindow();
            if (window.collections() > 0) {
                System.err.println("mayfly: gc: " + window.describe() + " in the last " + PERIOD_MILLIS / 1000 + " s");
            }
        }
    }
}
