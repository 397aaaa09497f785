package dev.mayfly.kernel.runtime;

/**
 * The collector's trace ({@code mayfly.trace=gc}): a daemon thread that, every
 * {@link #PERIOD_MILLIS} in which the collector ran, prints one line of its pauses to the console's
 * error stream — how many collections, how many full, their sum, the longest, and a histogram — and,
 * when the VM ends, one line of the totals since boot.
 */
public final class GcTrace {
    static final long PERIOD_MILLIS = 5_000;
    private static boolean enabled;

    private GcTrace() {
    }

    /** Starts the trace (the kernel does, for {@code mayfly.trace=gc}). */
    public static void start() {
        enabled = true;
        Thread reporter = new Thread(GcTrace::reportForever, "mayfly-gc-trace");
        reporter.setDaemon(true); // the trace never keeps the VM alive
        reporter.start();
    }

    /** The VM ends: prints the totals since boot when the trace is on. Neither suspends nor waits. */
    public static void atEnd() {
        if (enabled) {
            enabled = false;
            System.err.println("mayfly: gc: " + GcPauses.sinceBoot());
        }
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
