package dev.mayfly.jdk.lang;

import static dev.mayfly.jdk.lang.SameBits.assertSameBits;
import static dev.mayfly.jdk.lang.SameBits.withExponent;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;

/** {@link FdlibmPow} against the host JDK's StrictMath.pow (fdlibm), bit for bit. */
class FdlibmPowProperties {

    private static void sameAsStrictMath(double x, double y) {
        assertSameBits(StrictMath.pow(x, y), FdlibmPow.pow(x, y), x, y, "pow(" + x + ", " + y + ")");
    }

    /** Every special case of e_pow.c: zeros, ±1, infinities, NaNs, odd and even integers, huge exponents, subnormals. */
    private static final double[] SPECIALS = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1.5, -1.5, 10.0, 0.1, 1.0 / 3,
        Math.nextUp(1.0), Math.nextDown(1.0), Math.nextUp(-1.0), 1 + 0x1p-21, 1 - 0x1p-21, 0x1p31, 0x1p31 + 1, -0x1p31 - 1, 0x1p32,
        0x1p52 + 1, 0x1p53, 0x1p53 + 2, 0x1p64, 0x1p64 + 0x1p12, 0x1p65, -0x1p64, 1023.0, 1024.0, -1074.0, -1075.0, -1076.0, 1e-5,
        7.5, 1e300, 1e-300, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-310, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.longBitsToDouble(0x7ff0000000000001L),
        Double.longBitsToDouble(0xfff8000000000abcL)};

    @Example
    void everyPairOfSpecialValuesGivesFdlibmsResult() {
        for (double x : SPECIALS) {
            for (double y : SPECIALS) {
                sameAsStrictMath(x, y);
                sameAsStrictMath(x, -y);
                sameAsStrictMath(-x, y);
                assertSameBits(StrictMath.pow(x, y), StrictMathPatch.pow(x, y), x, y, "StrictMathPatch.pow(" + x + ", " + y + ")");
            }
        }
    }

    @Property(tries = 100_000)
    void anyBitPatternsGiveFdlibmsResult(@ForAll long xBits, @ForAll long yBits) {
        sameAsStrictMath(Double.longBitsToDouble(xBits), Double.longBitsToDouble(yBits));
    }

    @Property(tries = 100_000)
    void positiveBasesWithModerateExponentsGiveFdlibmsResult(@ForAll @Scale(16) @DoubleRange(min = 0, max = 100) double x,
            @ForAll @Scale(16) @DoubleRange(min = -50, max = 50) double y) {
        sameAsStrictMath(x, y);
    }

    @Property(tries = 100_000)
    void basesOfEveryMagnitudeGiveFdlibmsResult(@ForAll long xBits, @ForAll @IntRange(min = 0, max = 2046) int exponent,
            @ForAll @Scale(16) @DoubleRange(min = -4, max = 4) double y) {
        sameAsStrictMath(Math.abs(withExponent(xBits, exponent)), y);
    }

    /** y·log2(x) near the overflow threshold 1024 and the underflow thresholds -1022 .. -1075 (subnormal results). */
    @Property(tries = 100_000)
    void resultsNearOverflowAndUnderflowGiveFdlibmsResult(@ForAll @Scale(16) @DoubleRange(min = 1.0001, max = 1e6) double x,
            @ForAll @Scale(16) @DoubleRange(min = -1080, max = 1030) double target) {
        double y = target / (Math.log(x) / Math.log(2));
        sameAsStrictMath(x, y);
        sameAsStrictMath(x, Math.nextUp(y));
        sameAsStrictMath(1 / x, y);
    }

    @Property(tries = 50_000)
    void basesCloseToOneWithHugeExponentsGiveFdlibmsResult(@ForAll @IntRange(min = -(1 << 22), max = 1 << 22) int ulps,
            @ForAll @Scale(16) @DoubleRange(min = 0x1p31, max = 0x1p66) double y, @ForAll boolean negativeY) {
        double x = Double.longBitsToDouble(Double.doubleToRawLongBits(1.0) + ulps);
        sameAsStrictMath(x, negativeY ? -y : y);
    }

    @Property(tries = 50_000)
    void negativeBasesWithIntegerExponentsGiveFdlibmsResult(@ForAll @Scale(16) @DoubleRange(min = -1000, max = 0) double x,
            @ForAll @IntRange(min = -1200, max = 1200) int n) {
        sameAsStrictMath(x, n);
        sameAsStrictMath(x, n + 0.5);
    }

    @Property(tries = 50_000)
    void integerExponentsOfEveryMagnitudeGiveFdlibmsResult(@ForAll @Scale(16) @DoubleRange(min = -3, max = 3) double x,
            @ForAll @IntRange(min = 0, max = 64) int shift, @ForAll long n) {
        sameAsStrictMath(x, (double) (n >> shift));
    }
}
