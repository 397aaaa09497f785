package dev.mayfly.jdk.lang;

import static dev.mayfly.jdk.lang.SameBits.assertSameBits;
import static dev.mayfly.jdk.lang.SameBits.withExponent;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link FdlibmInverseTrig}'s asin, acos, atan and atan2 against the host JDK's StrictMath (fdlibm)
 * bit for bit, and against HotSpot's Math, which gives the same results.
 */
class FdlibmInverseTrigProperties {

    private static void unarySameAsStrictMath(double x) {
        assertSameBits(StrictMath.asin(x), FdlibmInverseTrig.asin(x), "asin(" + x + ")");
        assertSameBits(StrictMath.acos(x), FdlibmInverseTrig.acos(x), "acos(" + x + ")");
        assertSameBits(StrictMath.atan(x), FdlibmInverseTrig.atan(x), "atan(" + x + ")");
    }

    private static void atan2SameAsStrictMath(double y, double x) {
        assertSameBits(StrictMath.atan2(y, x), FdlibmInverseTrig.atan2(y, x), y, x, "atan2(" + y + ", " + x + ")");
    }

    private static final double[] SPECIALS = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 0.975, -0.975, 0.4375, 0.6875, 1.1875,
        2.4375, 0x1p-27, 0x1p-29, 0x1p-57, 0x1p-60, 0x1p60, 0x1p66, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-310, Double.MAX_VALUE,
        Math.nextUp(1.0), Math.nextDown(1.0), Math.nextDown(-1.0), Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    @Property(tries = 100_000)
    void anyBitPatternGivesFdlibmsResult(@ForAll long bits) {
        unarySameAsStrictMath(Double.longBitsToDouble(bits));
    }

    @Property(tries = 100_000)
    void unitIntervalGivesFdlibmsResult(@ForAll @Scale(16) @DoubleRange(min = -1, max = 1) double x) {
        unarySameAsStrictMath(x);
    }

    @Property(tries = 50_000)
    void argumentsCloseToPlusOrMinusOneGiveFdlibmsResult(@ForAll @IntRange(min = 0, max = 1 << 20) int ulps, @ForAll boolean negative) {
        double x = Double.longBitsToDouble(Double.doubleToRawLongBits(1.0) - ulps);
        unarySameAsStrictMath(negative ? -x : x);
    }

    @Property(tries = 50_000)
    void atanOfEveryMagnitudeGivesFdlibmsResult(@ForAll long bits, @ForAll @IntRange(min = 0, max = 2047) int exponent) {
        double x = withExponent(bits, exponent);
        assertSameBits(StrictMath.atan(x), FdlibmInverseTrig.atan(x), "atan(" + x + ")");
    }

    @Property(tries = 100_000)
    void atan2OfAnyBitPatternsGivesFdlibmsResult(@ForAll long yBits, @ForAll long xBits) {
        atan2SameAsStrictMath(Double.longBitsToDouble(yBits), Double.longBitsToDouble(xBits));
    }

    @Property(tries = 100_000)
    void atan2OfSmallArgumentsGivesFdlibmsResult(@ForAll @Scale(16) @DoubleRange(min = -10, max = 10) double y,
            @ForAll @Scale(16) @DoubleRange(min = -10, max = 10) double x) {
        atan2SameAsStrictMath(y, x);
    }

    @Property(tries = 50_000)
    void atan2WithFarApartMagnitudesGivesFdlibmsResult(@ForAll long yBits, @ForAll long xBits, @ForAll @IntRange(min = 1, max = 2046) int ey,
            @ForAll @IntRange(min = -70, max = 70) int difference) {
        int ex = Math.max(1, Math.min(2046, ey + difference));
        atan2SameAsStrictMath(withExponent(yBits, ey), withExponent(xBits, ex));
    }

    @Example
    void specialArgumentsGiveFdlibmsResult() {
        for (double a : SPECIALS) {
            unarySameAsStrictMath(a);
            unarySameAsStrictMath(-a);
            for (double b : SPECIALS) {
                atan2SameAsStrictMath(a, b);
                atan2SameAsStrictMath(-a, b);
                atan2SameAsStrictMath(a, -b);
                atan2SameAsStrictMath(-a, -b);
            }
        }
    }

    @Property(tries = 20_000)
    void hotSpotsMathGivesTheSameResults(@ForAll long bits, @ForAll @Scale(16) @DoubleRange(min = -3, max = 3) double y) {
        double x = Double.longBitsToDouble(bits);
        assertSameBits(Math.asin(y), MathPatch.asin(y), "Math.asin(" + y + ")");
        assertSameBits(Math.acos(y), MathPatch.acos(y), "Math.acos(" + y + ")");
        assertSameBits(Math.atan(x), MathPatch.atan(x), "Math.atan(" + x + ")");
        assertSameBits(Math.atan2(y, x), MathPatch.atan2(y, x), y, x, "Math.atan2(" + y + ", " + x + ")");
        assertSameBits(StrictMath.atan2(x, y), StrictMathPatch.atan2(x, y), x, y, "StrictMathPatch.atan2(" + x + ", " + y + ")");
        assertSameBits(StrictMath.asin(y), StrictMathPatch.asin(y), "StrictMathPatch.asin(" + y + ")");
        assertSameBits(StrictMath.acos(y), StrictMathPatch.acos(y), "StrictMathPatch.acos(" + y + ")");
        assertSameBits(StrictMath.atan(x), StrictMathPatch.atan(x), "StrictMathPatch.atan(" + x + ")");
    }
}
