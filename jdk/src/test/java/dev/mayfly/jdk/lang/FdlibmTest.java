package dev.mayfly.jdk.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The fdlibm ports against the host JDK's StrictMath, bit for bit. */
class FdlibmTest {
    private static final double[] EDGES = {0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 10, 100, 1000, 1e10, 1e-10, 64, 27, -8, 3,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 1e-310, 0.1, 1e22, 1e-5};

    private static void bitForBit(String name, DoubleUnaryOperator jdk, DoubleUnaryOperator ours) {
        for (double d : EDGES) {
            assertEquals(Double.doubleToLongBits(jdk.applyAsDouble(d)), Double.doubleToLongBits(ours.applyAsDouble(d)), name + "(" + d + ")");
        }
        SplittableRandom r = new SplittableRandom(name.hashCode());
        for (int i = 0; i < 300_000; i++) {
            double d = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(r.nextLong());
                case 1 -> r.nextDouble() * 20 - 10;
                default -> Math.pow(10, r.nextInt(40) - 20) * (r.nextBoolean() ? 1 : -1);
            };
            assertEquals(Double.doubleToLongBits(jdk.applyAsDouble(d)), Double.doubleToLongBits(ours.applyAsDouble(d)), name + "(" + d + ")");
        }
    }

    @Test
    void log10IsFdlibm() {
        bitForBit("log10", StrictMath::log10, StrictMathPatch::log10);
    }

    @Test
    void cbrtIsFdlibm() {
        bitForBit("cbrt", StrictMath::cbrt, StrictMathPatch::cbrt);
    }

    @Test
    void expFamilyIsFdlibm() {
        bitForBit("exp", StrictMath::exp, StrictMathPatch::exp);
        bitForBit("expm1", StrictMath::expm1, StrictMathPatch::expm1);
        bitForBit("log1p", StrictMath::log1p, StrictMathPatch::log1p);
    }

    @Test
    void hyperbolicFunctionsAreFdlibm() {
        bitForBit("sinh", StrictMath::sinh, StrictMathPatch::sinh);
        bitForBit("cosh", StrictMath::cosh, StrictMathPatch::cosh);
        bitForBit("tanh", StrictMath::tanh, StrictMathPatch::tanh);
    }

    @Test
    void mathCbrtAgreesWithHotSpotsIntrinsicOnAlmostAllInputs() {
        SplittableRandom r = new SplittableRandom(11);
        int differ = 0;
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            double x = i % 2 == 0 ? r.nextDouble() * 2000 - 1000 : Math.pow(10, r.nextInt(600) - 300) * (1 + r.nextDouble());
            double ours = MathPatch.cbrt(x);
            if (Double.doubleToLongBits(ours) != Double.doubleToLongBits(Math.cbrt(x))) {
                differ++;
            }
        }
        // HotSpot's intrinsic is not correctly rounded everywhere: allow a small share of differences
        org.junit.jupiter.api.Assertions.assertTrue(differ < n / 100, differ + " of " + n + " differ from HotSpot's Math.cbrt");
        assertEquals(3.0, MathPatch.cbrt(27.0));
        assertEquals(-4.0, MathPatch.cbrt(-64.0));
        assertEquals(10.0, MathPatch.cbrt(1000.0));
        assertEquals(-0.0, MathPatch.cbrt(-0.0));
    }
}
