package dev.mayfly.kernel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The line {@code mayfly.trace=gc} prints for a window of pauses. */
class GcPausesTest {
    @Test
    void describesCountsSumLongestAndTheNonEmptyBuckets() {
        GcPauses.Window window = new GcPauses.Window(12, 1, 3_402, 1_210, new long[] {9, 2, 1, 0, 0, 0, 0});
        assertEquals("12 collections (1 full), 3.402 ms in all, longest 1.210 ms; <0.25 ms 9, <1 ms 2, <2 ms 1",
                window.describe());
    }

    @Test
    void oneLongCollectionFallsInTheLastBucket() {
        GcPauses.Window window = new GcPauses.Window(1, 1, 25_000, 25_000, new long[] {0, 0, 0, 0, 0, 0, 1});
        assertEquals("1 collection (1 full), 25.000 ms in all, longest 25.000 ms; >=20 ms 1", window.describe());
    }
}
