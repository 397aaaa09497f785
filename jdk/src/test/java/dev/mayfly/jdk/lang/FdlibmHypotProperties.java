package dev.mayfly.jdk.lang;

import static dev.mayfly.jdk.lang.SameBits.assertSameBits;
import static dev.mayfly.jdk.lang.SameBits.withExponent;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;

/** {@link FdlibmHypot} against the host JDK's StrictMath.hypot (fdlibm) and HotSpot's Math.hypot, bit for bit. */
class FdlibmHypotProperties {

    private static void sameAsStrictMath(double x, double y) {
        assertSameBits(StrictMath.hypot(x, y), FdlibmHypot.hypot(x, y), x, y, "hypot(" + x + ", " + y + ")");
    }

    @Property(tries = 100_000)
    void anyBitPatternsGiveFdlibmsResult(@ForAll long xBits, @ForAll long yBits) {
        sameAsStrictMath(Double.longBitsToDouble(xBits), Double.longBitsToDouble(yBits));
    }

    @Property(tries = 100_000)
    void smallArgumentsGiveFdlibmsResult(@ForAll @Scale(16) @DoubleRange(min = -10, max = 10) double x, @ForAll @Scale(16) @DoubleRange(min = -10, max = 10) double y) {
        sameAsStrictMath(x, y);
    }

    /** Exponents around the scaling thresholds 2^±500, the ratio 2^60 and the subnormal range. */
    @Property(tries = 100_000)
    void overflowAndUnderflowScalingGivesFdlibmsResult(@ForAll long xBits, @ForAll long yBits,
            @ForAll @IntRange(min = 0, max = 2047) int ex, @ForAll @IntRange(min = -64, max = 64) int difference) {
        int ey = Math.max(0, Math.min(2047, ex + difference));
        sameAsStrictMath(withExponent(xBits, ex), withExponent(yBits, ey));
    }

    @Property(tries = 50_000)
    void argumentsNearTheScalingThresholdsGiveFdlibmsResult(@ForAll long xBits, @ForAll long yBits,
            @ForAll @IntRange(min = -8, max = 8) int ex, @ForAll @IntRange(min = -70, max = 8) int difference, @ForAll boolean large) {
        int base = large ? 1023 + 500 : 1023 - 500;
        sameAsStrictMath(withExponent(xBits, base + ex), withExponent(yBits, Math.max(0, base + ex + difference)));
    }

    @Example
    void specialArgumentsGiveFdlibmsResult() {
        double[] specials = {0.0, -0.0, 1.0, 3.0, -4.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-310, 0x1p500, 0x1p-500, 0x1p-1022, 0x1p60,
            Double.MAX_VALUE, 1e300, 1e-300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff8000000000abcL)};
        for (double x : specials) {
            for (double y : specials) {
                sameAsStrictMath(x, y);
                assertSameBits(Math.hypot(x, y), MathPatch.hypot(x, y), x, y, "Math.hypot(" + x + ", " + y + ")");
                assertSameBits(StrictMath.hypot(x, y), StrictMathPatch.hypot(x, y), x, y, "StrictMathPatch.hypot(" + x + ", " + y + ")");
            }
        }
    }
}
