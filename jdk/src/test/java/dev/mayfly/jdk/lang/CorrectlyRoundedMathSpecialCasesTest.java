package dev.mayfly.jdk.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The special cases java.lang.Math's javadoc specifies for sin, cos, tan, exp, log, log10, pow
 * and tanh, the overflow and underflow thresholds, and pow's exact results.
 */
class CorrectlyRoundedMathSpecialCasesTest {
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    private static void same(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), what + " = " + actual + ", expected " + expected);
    }

    @Test
    void trigonometricFunctionsKeepTheSignOfZeroAndGiveNaNForNaNAndInfinity() {
        same(0.0, MathPatch.sin(0.0), "sin(0)");
        same(-0.0, MathPatch.sin(-0.0), "sin(-0)");
        same(-0.0, MathPatch.tan(-0.0), "tan(-0)");
        same(1.0, MathPatch.cos(-0.0), "cos(-0)");
        for (double x : new double[] {NAN, INF, -INF}) {
            same(NAN, MathPatch.sin(x), "sin(" + x + ")");
            same(NAN, MathPatch.cos(x), "cos(" + x + ")");
            same(NAN, MathPatch.tan(x), "tan(" + x + ")");
        }
        same(Double.MIN_VALUE, MathPatch.sin(Double.MIN_VALUE), "sin(MIN_VALUE)");
        same(-Double.MIN_NORMAL, MathPatch.tan(-Double.MIN_NORMAL), "tan(-MIN_NORMAL)");
    }

    @Test
    void trigonometricFunctionsAreCorrectlyRoundedOnTheHardestReductionsAndTheirNeighbours() {
        // 6381956970095103·2^797 is the double closest to a multiple of π/2 (Muller, Elementary Functions)
        double[] hard = {6381956970095103.0 * 0x1p797, 1e22, 8.248251512025563e306, Double.MAX_VALUE, Math.PI / 4, Math.PI / 2, Math.PI, 1e6, 1000, 64};
        for (double x : hard) {
            for (double y : new double[] {x, Math.nextUp(x), Math.nextDown(x), -x}) {
                same(CorrectlyRoundedReference.sin(y), MathPatch.sin(y), "sin(" + y + ")");
                same(CorrectlyRoundedReference.cos(y), MathPatch.cos(y), "cos(" + y + ")");
                same(CorrectlyRoundedReference.tan(y), MathPatch.tan(y), "tan(" + y + ")");
            }
        }
    }

    @Test
    void expOverflowsAndUnderflowsAtItsThresholds() {
        same(NAN, MathPatch.exp(NAN), "exp(NaN)");
        same(INF, MathPatch.exp(INF), "exp(∞)");
        same(0.0, MathPatch.exp(-INF), "exp(-∞)");
        same(1.0, MathPatch.exp(0.0), "exp(0)");
        same(1.0, MathPatch.exp(-0.0), "exp(-0)");
        // the largest x with a finite exp(x), and the next double
        double last = 709.782712893384;
        same(CorrectlyRoundedReference.exp(last), MathPatch.exp(last), "exp(" + last + ")");
        same(INF, MathPatch.exp(Math.nextUp(last)), "exp(next up of " + last + ")");
        // exp(x) rounds to MIN_VALUE down to ln(2^-1075) = -745.1332191019412..., to 0 below
        same(Double.MIN_VALUE, MathPatch.exp(-745.1332191019411), "exp(-745.1332191019411)");
        same(0.0, MathPatch.exp(-745.1332191019412), "exp(-745.1332191019412)");
        same(0.0, MathPatch.exp(-1000), "exp(-1000)");
        same(CorrectlyRoundedReference.exp(-708.3964185322641), MathPatch.exp(-708.3964185322641), "exp at MIN_NORMAL");
    }

    @Test
    void logarithmsOfZeroNegativeAndInfinityAndOfPowersOfTenAreExact() {
        for (double zero : new double[] {0.0, -0.0}) {
            same(-INF, MathPatch.log(zero), "log(" + zero + ")");
            same(-INF, MathPatch.log10(zero), "log10(" + zero + ")");
        }
        same(NAN, MathPatch.log(-1e-300), "log(-1e-300)");
        same(NAN, MathPatch.log10(-INF), "log10(-∞)");
        same(NAN, MathPatch.log(NAN), "log(NaN)");
        same(INF, MathPatch.log(INF), "log(∞)");
        same(INF, MathPatch.log10(INF), "log10(∞)");
        same(0.0, MathPatch.log(1.0), "log(1)");
        same(0.0, MathPatch.log10(1.0), "log10(1)");
        for (int k = -300; k <= 300; k++) {
            double tenToK = Double.parseDouble("1e" + k);
            same(k, MathPatch.log10(tenToK), "log10(1e" + k + ")");
        }
        same(-1074 * CorrectlyRoundedReference.log(2), MathPatch.log(Double.MIN_VALUE), "log(MIN_VALUE)");
        same(CorrectlyRoundedReference.log(Double.MAX_VALUE), MathPatch.log(Double.MAX_VALUE), "log(MAX_VALUE)");
    }

    @Test
    void tanhIsTheArgumentNearZeroAndOneFarFromIt() {
        same(-0.0, MathPatch.tanh(-0.0), "tanh(-0)");
        same(NAN, MathPatch.tanh(NAN), "tanh(NaN)");
        same(1.0, MathPatch.tanh(INF), "tanh(∞)");
        same(-1.0, MathPatch.tanh(-INF), "tanh(-∞)");
        same(1.5230671798509815E-10, MathPatch.tanh(1.5230671798509815E-10), "tanh(1.5230671798509815E-10)");
        same(Double.MIN_VALUE, MathPatch.tanh(Double.MIN_VALUE), "tanh(MIN_VALUE)");
        for (double x : new double[] {0x1p-27, Math.nextDown(0x1p-27), 0x1.2p-26, 19.0, 19.06, 19.1, 19.5, Math.nextDown(19.5), 20, 22}) {
            same(CorrectlyRoundedReference.tanh(x), MathPatch.tanh(x), "tanh(" + x + ")");
            same(CorrectlyRoundedReference.tanh(-x), MathPatch.tanh(-x), "tanh(" + -x + ")");
        }
    }

    @Test
    void powFollowsJavasSpecialCases() {
        double[] anything = {NAN, 0.0, -0.0, 1.0, -1.0, 2.5, -3.0, INF, -INF};
        for (double x : anything) {
            same(1.0, MathPatch.pow(x, 0.0), "pow(" + x + ", 0)");
            same(1.0, MathPatch.pow(x, -0.0), "pow(" + x + ", -0)");
            same(x, MathPatch.pow(x, 1.0), "pow(" + x + ", 1)");
            same(NAN, MathPatch.pow(x, NAN), "pow(" + x + ", NaN)");
        }
        same(NAN, MathPatch.pow(NAN, 2.5), "pow(NaN, 2.5)");
        same(INF, MathPatch.pow(1.5, INF), "pow(1.5, ∞)");
        same(INF, MathPatch.pow(-0.5, -INF), "pow(-0.5, -∞)");
        same(0.0, MathPatch.pow(-1.5, -INF), "pow(-1.5, -∞)");
        same(0.0, MathPatch.pow(0.5, INF), "pow(0.5, ∞)");
        same(NAN, MathPatch.pow(1.0, INF), "pow(1, ∞)");
        same(NAN, MathPatch.pow(-1.0, -INF), "pow(-1, -∞)");
        same(0.0, MathPatch.pow(0.0, 3.0), "pow(0, 3)");
        same(0.0, MathPatch.pow(INF, -3.0), "pow(∞, -3)");
        same(INF, MathPatch.pow(0.0, -2.5), "pow(0, -2.5)");
        same(INF, MathPatch.pow(INF, 0.5), "pow(∞, 0.5)");
        same(0.0, MathPatch.pow(-0.0, 2.5), "pow(-0, 2.5)");
        same(0.0, MathPatch.pow(-0.0, 0.5), "pow(-0, 0.5)");
        same(0.0, MathPatch.pow(-INF, -2.0), "pow(-∞, -2)");
        same(-0.0, MathPatch.pow(-0.0, 3.0), "pow(-0, 3)");
        same(-0.0, MathPatch.pow(-INF, -3.0), "pow(-∞, -3)");
        same(INF, MathPatch.pow(-0.0, -2.5), "pow(-0, -2.5)");
        same(INF, MathPatch.pow(-INF, 0.5), "pow(-∞, 0.5)");
        same(-INF, MathPatch.pow(-0.0, -3.0), "pow(-0, -3)");
        same(-INF, MathPatch.pow(-INF, 3.0), "pow(-∞, 3)");
        same(NAN, MathPatch.pow(-2.0, 0.5), "pow(-2, 0.5)");
        same(NAN, MathPatch.pow(-8.0, 1.0 / 3), "pow(-8, 1/3)");
        same(-8.0, MathPatch.pow(-2.0, 3.0), "pow(-2, 3)");
        same(16.0, MathPatch.pow(-2.0, 4.0), "pow(-2, 4)");
        same(1.0, MathPatch.pow(-1.0, 0x1p60), "pow(-1, 2^60)");
        same(INF, MathPatch.pow(-2.0, 0x1p60), "pow(-2, 2^60)");
        same(-INF, MathPatch.pow(-2.0, 1025), "pow(-2, 1025)");
    }

    @Test
    void powIsExactWhereTheResultIsADoubleOrAMidpointBetweenTwo() {
        same(1024.0, MathPatch.pow(2, 10), "pow(2, 10)");
        same(1e22, MathPatch.pow(10, 22), "pow(10, 22)");
        same(0.01, MathPatch.pow(10, -2), "pow(10, -2)");
        same(Double.MIN_VALUE, MathPatch.pow(2, -1074), "pow(2, -1074)");
        same(0x1p1023, MathPatch.pow(2, 1023), "pow(2, 1023)");
        same(INF, MathPatch.pow(2, 1024), "pow(2, 1024)");
        same(3.0, MathPatch.pow(9, 0.5), "pow(9, 0.5)");
        same(27.0, MathPatch.pow(9, 1.5), "pow(9, 1.5)");
        same(0.25, MathPatch.pow(16, -0.5), "pow(16, -0.5)");
        // (2^27 - 1)^2 = 2^54 - 2^28 + 1 and (2^18 - 1)^3 lie halfway between two doubles: ties to even
        double m27 = 0x1p27 - 1;
        same(m27 * m27, MathPatch.pow(m27, 2), "pow(2^27 - 1, 2)");
        double m18 = 0x1p18 - 1;
        double cube = new java.math.BigDecimal(m18).pow(3).doubleValue();
        same(cube, MathPatch.pow(m18, 3), "pow(2^18 - 1, 3)");
        same(cube, MathPatch.pow(m18 * m18, 1.5), "pow((2^18 - 1)^2, 1.5)");
    }

    @Test
    void nanResultsCarryTheSameBitsAsHotSpotsMath() {
        double negativeNaN = Double.longBitsToDouble(0xfff8000000000000L);
        double[] xs = {Double.NaN, negativeNaN, INF, -INF, -1.0, -1e-300};
        for (double x : xs) {
            rawSame(Math.sin(x), MathPatch.sin(x), "sin(" + x + ")");
            rawSame(Math.cos(x), MathPatch.cos(x), "cos(" + x + ")");
            rawSame(Math.tan(x), MathPatch.tan(x), "tan(" + x + ")");
            rawSame(Math.exp(x), MathPatch.exp(x), "exp(" + x + ")");
            rawSame(Math.log(x), MathPatch.log(x), "log(" + x + ")");
            rawSame(Math.log10(x), MathPatch.log10(x), "log10(" + x + ")");
            rawSame(Math.tanh(x), MathPatch.tanh(x), "tanh(" + x + ")");
            for (double y : new double[] {Double.NaN, negativeNaN, 0.5, 2.0, 3.0, -1.0, 2.5, INF}) {
                rawSame(Math.pow(x, y), MathPatch.pow(x, y), "pow(" + x + ", " + y + ")");
                rawSame(Math.pow(y, x), MathPatch.pow(y, x), "pow(" + y + ", " + x + ")");
            }
        }
    }

    private static void rawSame(double expected, double actual, String what) {
        assertEquals(Long.toHexString(Double.doubleToRawLongBits(expected)), Long.toHexString(Double.doubleToRawLongBits(actual)), what);
    }
}
