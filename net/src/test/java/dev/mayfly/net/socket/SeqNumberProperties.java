package dev.mayfly.net.socket;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.junit.jupiter.api.Assertions.*;

/** Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4). */
class SeqNumberProperties {

    @Property
    void aNumberIsLessThanItselfPlusAnyPositiveStepBelowHalfTheSpace(@ForAll int a, @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int n) {
        int b = SeqNumber.add(a, n);
        assertTrue(SeqNumber.lt(a, b));
        assertTrue(SeqNumber.le(a, b));
        assertTrue(SeqNumber.gt(b, a));
        assertFalse(SeqNumber.lt(b, a));
        assertEquals(n, SeqNumber.diff(b, a));
    }

    @Property
    void comparisonIsAntisymmetric(@ForAll int a, @ForAll int b) {
        if (a != b && a - b != Integer.MIN_VALUE) {
            assertNotEquals(SeqNumber.lt(a, b), SeqNumber.lt(b, a));
        }
        assertEquals(SeqNumber.le(a, b), !SeqNumber.gt(a, b));
        assertEquals(SeqNumber.ge(a, b), !SeqNumber.lt(a, b));
    }

    @Property
    void windowContainsExactlyItsOffsets(@ForAll int low, @ForAll @IntRange(min = 0, max = 1 << 30) int length,
                                         @ForAll @IntRange(min = -1000, max = 1 << 30) int offset) {
        boolean inside = offset >= 0 && offset < length;
        assertEquals(inside, SeqNumber.inWindow(low + offset, low, length));
    }

    @Property
    void maxPicksTheLater(@ForAll int a, @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int n) {
        assertEquals(a + n, SeqNumber.max(a, a + n));
        assertEquals(a + n, SeqNumber.max(a + n, a));
    }

    @Property
    void wrapsAroundZero(@ForAll @IntRange(min = 1, max = 1000) int before, @ForAll @IntRange(min = 0, max = 1000) int after) {
        int a = -before; // just below 2^32
        int b = after;   // just above 0
        assertTrue(SeqNumber.lt(a, b));
        assertEquals(before + after, SeqNumber.diff(b, a));
    }
}
