package dev.mayfly.virtio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitRingTest {
    @Test
    void acceptsOnlyPowerOfTwoQueueSizesUpTo32768() {
        assertTrue(SplitRing.isValidQueueSize(1));
        assertTrue(SplitRing.isValidQueueSize(256));
        assertTrue(SplitRing.isValidQueueSize(32768));
        assertFalse(SplitRing.isValidQueueSize(0));
        assertFalse(SplitRing.isValidQueueSize(3));
        assertFalse(SplitRing.isValidQueueSize(65536));
        assertFalse(SplitRing.isValidQueueSize(-2));
    }

    @Test
    void computesAreaSizesOfSpecTable() {
        // §2.7: descriptor table 16*N, available ring 6+2*N, used ring 6+8*N
        assertEquals(4096, SplitRing.descriptorTableBytes(256));
        assertEquals(518, SplitRing.availRingBytes(256));
        assertEquals(2054, SplitRing.usedRingBytes(256));
        assertEquals(4 + 2 * 256, SplitRing.usedEventOffset(256));
        assertEquals(4 + 8 * 256, SplitRing.availEventOffset(256));
    }

    @Test
    void magicValueSpellsVirt() {
        int m = MmioRegister.MAGIC;
        assertEquals("virt", new String(new byte[] {(byte) m, (byte) (m >> 8), (byte) (m >> 16), (byte) (m >> 24)}));
    }
}
