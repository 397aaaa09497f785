package dev.mayfly.jdk.lang;

import static dev.mayfly.jdk.lang.SameBits.assertSameBits;
import static dev.mayfly.jdk.lang.SameBits.withExponent;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** {@link FdlibmTrig}'s sin, cos and tan against the host JDK's StrictMath (fdlibm), bit for bit. */
class FdlibmTrigProperties {

    private static void sameAsStrictMath(double x) {
        assertSameBits(StrictMath.sin(x), FdlibmTrig.sin(x), "sin(" + x + ")");
        assertSameBits(StrictMath.cos(x), FdlibmTrig.cos(x), "cos(" + x + ")");
        assertSameBits(StrictMath.tan(x), FdlibmTrig.tan(x), "tan(" + x + ")");
    }

    @Property(tries = 100_000)
    void anyBitPatternGivesFdlibmsResult(@ForAll long bits) {
        sameAsStrictMath(Double.longBitsToDouble(bits));
    }

    @Property(tries = 100_000)
    void smallArgumentsGiveFdlibmsResult(@ForAll @Scale(16) @DoubleRange(min = -10, max = 10, maxIncluded = false) double x) {
        sameAsStrictMath(x);
    }

    @Property(tries = 50_000)
    void mediumArgumentsUpTo2To20PiOver2GiveFdlibmsResult(@ForAll @Scale(16) @DoubleRange(min = -2e6, max = 2e6) double x) {
        sameAsStrictMath(x);
    }

    @Property(tries = 100_000)
    void argumentsOfEveryMagnitudeUpTo1e308GiveFdlibmsResult(@ForAll long bits, @ForAll @IntRange(min = 1, max = 2046) int exponent) {
        sameAsStrictMath(withExponent(bits, exponent));
    }

    @Property(tries = 20_000)
    void subnormalsAndTinyArgumentsGiveFdlibmsResult(@ForAll long bits, @ForAll @IntRange(min = 0, max = 0x3e5) int exponent) {
        sameAsStrictMath(withExponent(bits, exponent));
    }

    @Property(tries = 50_000)
    void neighboursOfMultiplesOfPiOver2GiveFdlibmsResult(@ForAll @LongRange(min = 1, max = 1L << 40) long n,
            @ForAll @IntRange(min = -3, max = 3) int ulps) {
        double x = n * (Math.PI / 2);
        for (int i = 0; i < Math.abs(ulps); i++) {
            x = ulps > 0 ? Math.nextUp(x) : Math.nextDown(x);
        }
        sameAsStrictMath(x);
        sameAsStrictMath(-x);
    }

    @Example
    void multiplesOfPiOver2NearEveryPowerOfTwoGiveFdlibmsResult() {
        for (int k = -60; k <= 1023; k++) {
            double x = Math.scalb(Math.PI / 2, k);
            for (int step = 0; step < 4; step++) {
                sameAsStrictMath(x);
                sameAsStrictMath(-x);
                x = Math.nextUp(x);
            }
            for (long n = 1; n <= 64; n++) {
                double y = n * Math.scalb(Math.PI / 2, k);
                sameAsStrictMath(y);
                sameAsStrictMath(Math.nextDown(y));
            }
        }
    }

    @Example
    void knownHardCasesGiveFdlibmsResult() {
        double[] xs = {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 0x1p-27, 0x1p-28, Math.nextDown(0x1p-27), 0.6744, 0.67434,
            Math.PI / 4, Math.nextUp(Math.PI / 4), Math.PI / 2, Math.PI, 3 * Math.PI / 4, 1e22, 1e300, Double.MAX_VALUE, -Double.MAX_VALUE,
            6381956970095103.0 * 0x1p797, 5.319372648326541e255, 2.4186060848919373e292, 1.1442740737316546e288, 0x1.921fb54442d18p19,
            0x1.921fb54442d18p20, 823549.6, 1647099.3291652855, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff8000000000123L)};
        for (double x : xs) {
            sameAsStrictMath(x);
            sameAsStrictMath(-x);
        }
    }

    @Example
    void theStrictMathPatchCallsTheseMethods() {
        for (double x : new double[] {0.5, 2.0, 1e22, -1e300}) {
            assertSameBits(StrictMath.sin(x), StrictMathPatch.sin(x), "StrictMathPatch.sin(" + x + ")");
            assertSameBits(StrictMath.cos(x), StrictMathPatch.cos(x), "StrictMathPatch.cos(" + x + ")");
            assertSameBits(StrictMath.tan(x), StrictMathPatch.tan(x), "StrictMathPatch.tan(" + x + ")");
        }
    }
}
