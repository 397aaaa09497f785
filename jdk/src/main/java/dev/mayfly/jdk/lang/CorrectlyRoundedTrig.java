package dev.mayfly.jdk.lang;

import static dev.mayfly.jdk.lang.TaylorCoefficients.COS_HI;
import static dev.mayfly.jdk.lang.TaylorCoefficients.COS_LO;
import static dev.mayfly.jdk.lang.TaylorCoefficients.SIN_HI;
import static dev.mayfly.jdk.lang.TaylorCoefficients.SIN_LO;
import static dev.mayfly.jdk.lang.TrigonometricFastPath.COS;
import static dev.mayfly.jdk.lang.TrigonometricFastPath.SIN;
import static dev.mayfly.jdk.lang.TrigonometricFastPath.TAN;

/**
 * sin, cos and tan correctly rounded: first {@link TrigonometricFastPath} (Ziv's first step,
 * for |x| < 2^20); where it cannot decide, or beyond, |x| is reduced to r = |x| - q·π/2 with
 * |r| ≤ π/4 by {@link PiOver2Reduction} (exact bits of 2/π, about 2^-120 relative in r), the Taylor
 * series of sin(r) and cos(r) are summed in double-double and the quadrant q picks the result,
 * rounded once.
 */
final class CorrectlyRoundedTrig {
    /** The largest double below π/4: from here on the argument is reduced. */
    private static final double PI_OVER_4 = 0x1.921fb54442d18p-1;

    private CorrectlyRoundedTrig() {
    }

    /** {@link Math#sin(double)}: x itself where |x| < 2^-26 (sin(x) = x - x^3/6 rounds to x there). */
    static double sin(double x) {
        double a = Math.abs(x);
        if (a < 0x1p-26) {
            return x;
        }
        if (!(a < Double.POSITIVE_INFINITY)) {
            return x - x; // NaN: x's own, or the processor's default NaN for ±∞ (as HotSpot)
        }
        double s = of(a, SIN);
        return x < 0 ? -s : s;
    }

    /** {@link Math#cos(double)}: 1 where |x| < 2^-27 (cos(x) = 1 - x^2/2 rounds to 1 there). */
    static double cos(double x) {
        double a = Math.abs(x);
        if (a < 0x1p-27) {
            return 1.0;
        }
        if (!(a < Double.POSITIVE_INFINITY)) {
            return x - x; // NaN: x's own, or the processor's default NaN for ±∞ (as HotSpot)
        }
        return of(a, COS);
    }

    /** {@link Math#tan(double)}: x itself where |x| < 2^-27 (tan(x) = x + x^3/3 rounds to x there). */
    static double tan(double x) {
        double a = Math.abs(x);
        if (a < 0x1p-27) {
            return x;
        }
        if (!(a < Double.POSITIVE_INFINITY)) {
            return x - x; // NaN: x's own, or the processor's default NaN for ±∞ (as HotSpot)
        }
        double t = of(a, TAN);
        return x < 0 ? -t : t;
    }

    private static double of(double a, int function) {
        if (a < TrigonometricFastPath.LIMIT) {
            double fast = TrigonometricFastPath.of(a, function);
            if (fast == fast) {
                return fast;
            }
        }
        return accurate(a, function);
    }

    /** sin, cos or tan of a finite a ≥ 2^-27 in double-double, rounded once. */
    static double accurate(double a, int function) {
        int quadrant = 0;
        DoubleDouble r = new DoubleDouble(a, 0);
        if (a >= PI_OVER_4) {
            PiOver2Reduction reduced = PiOver2Reduction.of(a);
            quadrant = reduced.quadrant();
            r = reduced.remainder();
        }
        DoubleDouble value;
        if (function == TAN) {
            value = (quadrant & 1) == 0 ? sinOf(r).divide(cosOf(r)) : cosOf(r).divide(sinOf(r)).negate();
        } else {
            boolean useCos = (function == COS) == ((quadrant & 1) == 0);
            value = useCos ? cosOf(r) : sinOf(r);
            boolean flip = function == SIN ? quadrant >= 2 : quadrant == 1 || quadrant == 2;
            if (flip) {
                value = value.negate();
            }
        }
        return value.rounded();
    }

    /** sin(r) for |r| ≤ π/4: r·Σ (-1)^k r^2k/(2k+1)!; the terms from r^16 on are below 2^-54 of r. */
    static DoubleDouble sinOf(DoubleDouble r) {
        DoubleDouble t = r.multiply(r);
        double tail = DoubleDouble.hornerDouble(t.hi, SIN_HI, 8, 15);
        return r.multiply(DoubleDouble.horner(t, SIN_HI, SIN_LO, 8, tail));
    }

    /** cos(r) for |r| ≤ π/4: Σ (-1)^k r^2k/(2k)!; the terms from r^18 on are below 2^-58. */
    static DoubleDouble cosOf(DoubleDouble r) {
        DoubleDouble t = r.multiply(r);
        double tail = DoubleDouble.hornerDouble(t.hi, COS_HI, 9, 16);
        return DoubleDouble.horner(t, COS_HI, COS_LO, 9, tail);
    }
}
