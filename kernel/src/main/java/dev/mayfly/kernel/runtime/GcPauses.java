package dev.mayfly.kernel.runtime;

import dev.mayfly.kernel.arch.NativeKernel;

/**
 * The record of the garbage collector's stop-the-world pauses: how many collections (and how many
 * of them full), and how long they stopped the program, in TSC ticks, since boot and since the last
 * {@link #takeWindow}. The image builder makes TeaVM's {@code GC.doCollectGarbage} call
 * {@link #started} and {@link #completed} around each collection ({@code GcPauseLinker}).
 *
 * <p>{@link #started} and {@link #completed} run inside the collector, with the heap in flux: they
 * must not allocate, and touch only static primitive fields. Everything else reads the fields from
 * ordinary code. The class has no static initialiser (only primitive fields at their defaults), so
 * that the collector's first call of it runs none.
 */
public final class GcPauses {
    private static long startTsc;
    private static boolean startedFull;
    private static long collections;
    private static long fullCollections;
    private static long totalTicks;
    private static long maxTicks;
    private static long windowCollections;
    private static long windowFull;
    private static long windowTicks;
    private static long windowMaxTicks;
    // one counter per bucket of Window.BUCKET_LABELS: fields, not an array, so that recording
    // reads no object the collector may be moving
    private static long windowBucket0;
    private static long windowBucket1;
    private static long windowBucket2;
    private static long windowBucket3;
    private static long windowBucket4;
    private static long windowBucket5;
    private static long windowBucket6;

    private GcPauses() {
    }

    /** A collection starts; {@code full} when it is a full one. Runs inside the collector: no allocation. */
    public static void started(boolean full) {
        startTsc = NativeKernel.rdtsc();
        startedFull = full;
    }

    /** The collection {@link #started} last ends. Runs inside the collector: no allocation. */
    public static void completed() {
        long ticks = NativeKernel.rdtsc() - startTsc;
        collections++;
        windowCollections++;
        if (startedFull) {
            fullCollections++;
            windowFull++;
        }
        totalTicks += ticks;
        if (ticks > maxTicks) {
            maxTicks = ticks;
        }
        windowTicks += ticks;
        if (ticks > windowMaxTicks) {
            windowMaxTicks = ticks;
        }
        long micros = ticks * 1000 / NativeKernel.tscKhz();
        if (micros < 250) {
            windowBucket0++;
        } else if (micros < 1_000) {
            windowBucket1++;
        } else if (micros < 2_000) {
            windowBucket2++;
        } else if (micros < 5_000) {
            windowBucket3++;
        } else if (micros < 10_000) {
            windowBucket4++;
        } else if (micros < 20_000) {
            windowBucket5++;
        } else {
            windowBucket6++;
        }
    }

    /** Collections since boot. */
    public static long collections() {
        return collections;
    }

    /** The totals since boot, as one line: {@code 40 collections (12 full) since boot, 31.250 ms in all, longest 2.010 ms}. */
    public static String sinceBoot() {
        long khz = NativeKernel.tscKhz();
        return collections + (collections == 1 ? " collection (" : " collections (") + fullCollections + " full) since boot, "
                + Window.millis(totalTicks * 1000 / khz) + " ms in all, longest " + Window.millis(maxTicks * 1000 / khz) + " ms";
    }

    /** The pauses since the last call (or boot), and starts a new window. */
    public static Window takeWindow() {
        long khz = NativeKernel.tscKhz();
        Window window = new Window(windowCollections, windowFull, windowTicks * 1000 / khz, windowMaxTicks * 1000 / khz,
                new long[] {windowBucket0, windowBucket1, windowBucket2, windowBucket3, windowBucket4, windowBucket5,
                    windowBucket6});
        windowCollections = 0;
        windowFull = 0;
        windowTicks = 0;
        windowMaxTicks = 0;
        windowBucket0 = 0;
        windowBucket1 = 0;
        windowBucket2 = 0;
        windowBucket3 = 0;
        windowBucket4 = 0;
        windowBucket5 = 0;
        windowBucket6 = 0;
        return window;
    }

    /** The pauses of one window: their count, how many were full, their sum, the longest, a histogram. */
    public static final class Window {
        /** The pause histogram's buckets, in milliseconds (the bounds {@link #completed} sorts by). */
        static final String[] BUCKET_LABELS = {"<0.25", "<1", "<2", "<5", "<10", "<20", ">=20"};

        private final long collections;
        private final long full;
        private final long totalMicros;
        private final long maxMicros;
        private final long[] buckets;

        /** {@code buckets}: how many pauses fell in each bucket of {@link #BUCKET_LABELS}. */
        Window(long collections, long full, long totalMicros, long maxMicros, long[] buckets) {
            this.collections = collections;
            this.full = full;
            this.totalMicros = totalMicros;
            this.maxMicros = maxMicros;
            this.buckets = buckets.clone();
        }

        /** Collections in the window. */
        public long collections() {
            return collections;
        }

        /** One line, e.g. {@code 12 collections (1 full), 3.402 ms in all, longest 1.210 ms; <0.25 ms 9, <1 ms 2, <2 ms 1}. */
        public String describe() {
            StringBuilder line = new StringBuilder();
            line.append(collections).append(collections == 1 ? " collection (" : " collections (").append(full)
                    .append(" full), ").append(millis(totalMicros)).append(" ms in all, longest ")
                    .append(millis(maxMicros)).append(" ms");
            String separator = "; ";
            for (int i = 0; i < buckets.length; i++) {
                if (buckets[i] != 0) {
                    line.append(separator).append(BUCKET_LABELS[i]).append(" ms ").append(buckets[i]);
                    separator = ", ";
                }
            }
            return line.toString();
        }

        static String millis(long micros) {
            String fraction = Long.toString(micros % 1000);
            return micros / 1000 + "." + "000".substring(fraction.length()) + fraction;
        }
    }
}
