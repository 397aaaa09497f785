package dev.mayfly.jdk.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The double-precision first steps of exp, log, pow, sin, cos, tan and tanh (Ziv's strategy) return, wherever they decide,
 * the double-double evaluation's rounding (which CorrectlyRoundedMathProperties checks against
 * BigDecimal), and decide on all but a small share of arguments.
 */
class ZivFastPathTest {
    private static final int N = 400_000;

    @Test
    void expsFastPathRoundsAsTheDoubleDoubleEvaluation() {
        SplittableRandom random = new SplittableRandom(3);
        int undecided = 0;
        for (int i = 0; i < N; i++) {
            double x = i % 2 == 0 ? random.nextDouble(-745, 709.8) : random.nextDouble(-2, 2) * Math.pow(2, -random.nextInt(60));
            int k = CorrectlyRoundedExpLog.reductionIndex(x);
            double fast = CorrectlyRoundedExpLog.expFast(x, 0, k, 0);
            if (fast != fast) {
                // near 1 the arguments around ±2^-53 all land near a midpoint, and below -707 the result
                // is left to the slow path: count the others
                undecided += i % 2 == 0 && x > -707 ? 1 : 0;
                continue;
            }
            DoubleDouble m = CorrectlyRoundedExpLog.expMantissa(x, 0, k);
            double slow = DoubleDouble.scaledRounded(m.hi, m.lo, k >> 6);
            assertEquals(slow, fast, "exp(" + x + ")");
        }
        assertTrue(undecided < N / 200, undecided + " of " + N / 2 + " undecided");
    }

    @Test
    void logsFastPathRoundsAsTheDoubleDoubleEvaluation() {
        SplittableRandom random = new SplittableRandom(4);
        DoubleDouble inverseLn10 = new DoubleDouble(MathConstants.INV_LN10_HI, MathConstants.INV_LN10_LO);
        int undecided = 0;
        for (int i = 0; i < N; i++) {
            double x = switch (i % 3) {
                case 0 -> Math.abs(Double.longBitsToDouble(random.nextLong() & 0x7FEFFFFFFFFFFFFFL));
                case 1 -> random.nextDouble(0, 10);
                default -> 1 + random.nextDouble(-1, 1) * Math.pow(2, -random.nextInt(12));
            };
            if (!(x >= Double.MIN_NORMAL)) {
                continue;
            }
            DoubleDouble ln = CorrectlyRoundedExpLog.logOf(x);
            double fast = CorrectlyRoundedExpLog.logFast(x, false);
            if (fast == fast) {
                assertEquals(ln.rounded(), fast, "log(" + x + ")");
            } else {
                undecided++;
            }
            double fast10 = CorrectlyRoundedExpLog.logFast(x, true);
            if (fast10 == fast10) {
                assertEquals(ln.multiply(inverseLn10).rounded(), fast10, "log10(" + x + ")");
            }
        }
        assertTrue(undecided < N / 100, undecided + " of " + N + " undecided");
    }

    @Test
    void powsFastPathRoundsAsTheDoubleDoubleEvaluation() {
        SplittableRandom random = new SplittableRandom(5);
        int undecided = 0;
        for (int i = 0; i < N; i++) {
            double x = switch (i % 3) {
                case 0 -> Math.abs(Double.longBitsToDouble(random.nextLong() & 0x7FEFFFFFFFFFFFFFL));
                case 1 -> random.nextDouble(0, 100);
                default -> 1 + random.nextDouble(-1, 1) * Math.pow(2, -random.nextInt(40));
            };
            double y = switch (i % 4) {
                case 0 -> random.nextDouble(-10, 10);
                case 1 -> random.nextInt(-40, 40);
                case 2 -> random.nextDouble(-1e6, 1e6);
                default -> random.nextDouble(-2, 2) * Math.pow(10, random.nextInt(-20, 20));
            };
            if (!(x >= Double.MIN_NORMAL) || y == 0 || y == 1 || y == 2 || y == -1) {
                continue;
            }
            double fast = CorrectlyRoundedPow.fastPositivePow(x, y);
            if (fast == fast) {
                assertEquals(CorrectlyRoundedPow.accuratePositivePow(x, y), fast, "pow(" + x + ", " + y + ")");
            } else if (i % 4 == 0 && i % 3 == 1) {
                undecided++;
            }
        }
        // moderate bases and exponents (one twelfth of the arguments) are nearly always decided
        assertTrue(undecided < N / 12 / 50, undecided + " of " + N / 12 + " moderate arguments undecided");
    }

    @Test
    void trigonometricFastPathRoundsAsTheDoubleDoubleEvaluation() {
        SplittableRandom random = new SplittableRandom(6);
        int undecided = 0;
        int moderate = 0;
        for (int i = 0; i < N; i++) {
            double x = switch (i % 4) {
                case 0 -> random.nextDouble(0x1p-27, 10);
                case 1 -> random.nextDouble(0x1p-27, TrigonometricFastPath.LIMIT);
                case 2 -> Math.scalb(random.nextDouble(1, 2), -random.nextInt(1, 28));
                default -> {
                    // next to a multiple of π/2
                    double m = random.nextLong(1, 600_000) * (Math.PI / 2);
                    yield Double.longBitsToDouble(Double.doubleToRawLongBits(m) + random.nextInt(-3, 4));
                }
            };
            if (!(x < TrigonometricFastPath.LIMIT)) {
                continue;
            }
            for (int function = TrigonometricFastPath.SIN; function <= TrigonometricFastPath.TAN; function++) {
                double fast = TrigonometricFastPath.of(x, function);
                if (fast == fast) {
                    assertEquals(CorrectlyRoundedTrig.accurate(x, function), fast, "function " + function + " of " + x);
                } else if (i % 4 == 0) {
                    undecided++;
                }
                moderate += i % 4 == 0 ? 1 : 0;
            }
        }
        assertTrue(undecided < moderate / 100, undecided + " of " + moderate + " undecided");
    }

    @Test
    void tanhsFastPathRoundsAsTheDoubleDoubleEvaluation() {
        SplittableRandom random = new SplittableRandom(7);
        int undecided = 0;
        for (int i = 0; i < N; i++) {
            double a = random.nextDouble(0.35, 19.5);
            double fast = CorrectlyRoundedExpLog.tanhFast(a);
            if (fast == fast) {
                assertEquals(CorrectlyRoundedExpLog.tanhAccurate(a), fast, "tanh(" + a + ")");
            } else {
                undecided++;
            }
        }
        assertTrue(undecided < N / 100, undecided + " of " + N + " undecided");
    }

    /** The rounding test of the first steps, applied to a pair. */
    private static double decided(DoubleDouble m, double err) {
        double up = m.hi + (m.lo + err);
        return up == m.hi + (m.lo - err) ? up : Double.NaN;
    }

    @Test
    void theFirstStepsOnLocalsComputeWhatTheirPairVersionsDo() {
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < N; i++) {
            double x = random.nextDouble(-707, 709);
            int k = CorrectlyRoundedExpLog.reductionIndex(x);
            DoubleDouble m = CorrectlyRoundedExpLog.expFastParts(x, 0, k);
            double fromPair = decided(m, m.hi * 0x1p-62) * DoubleDouble.powerOfTwo(k >> 6);
            assertEquals(fromPair, CorrectlyRoundedExpLog.expFast(x, 0, k, 0), "exp(" + x + ")");
            double y = Math.abs(Double.longBitsToDouble(random.nextLong() & 0x7FEFFFFFFFFFFFFFL));
            if (y >= Double.MIN_NORMAL) {
                double fromLogPair = decided(CorrectlyRoundedExpLog.logFastParts(y), CorrectlyRoundedExpLog.LOG_FAST_ERROR);
                assertEquals(fromLogPair, CorrectlyRoundedExpLog.logFast(y, false), "log(" + y + ")");
            }
        }
    }
}
