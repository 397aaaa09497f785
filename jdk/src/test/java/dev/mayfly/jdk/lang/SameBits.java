package dev.mayfly.jdk.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bit-for-bit comparison of a port's result with the host JDK's, NaN payloads and zero signs included. */
final class SameBits {
    private SameBits() {
    }

    static void assertSameBits(double expected, double actual, String call) {
        assertEquals(Long.toHexString(Double.doubleToRawLongBits(expected)), Long.toHexString(Double.doubleToRawLongBits(actual)),
                () -> call + ": expected " + expected + ", got " + actual);
    }

    /**
     * As {@link #assertSameBits}, except that when both operands are NaN the result need only be a
     * NaN: x86 returns the first operand's payload of {@code x + y}, and HotSpot's compiler may swap
     * the operands of a commutative addition, so which payload wins is not a property of fdlibm
     * (Java leaves NaN payloads unspecified, JLS §4.2.3).
     */
    static void assertSameBits(double expected, double actual, double x, double y, String call) {
        if (Double.isNaN(x) && Double.isNaN(y)) {
            org.junit.jupiter.api.Assertions.assertTrue(Double.isNaN(actual), () -> call + ": expected NaN, got " + actual);
            return;
        }
        assertSameBits(expected, actual, call);
    }

    /** The double with the given biased exponent (0..2047) and the sign and significand bits of {@code bits}. */
    static double withExponent(long bits, int biasedExponent) {
        return Double.longBitsToDouble((bits & 0x800fffffffffffffL) | ((long) biasedExponent << 52));
    }
}
