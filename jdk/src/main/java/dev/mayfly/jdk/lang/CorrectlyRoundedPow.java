package dev.mayfly.jdk.lang;

import java.math.BigDecimal;

/**
 * {@link Math#pow(double, double)}: Java's special cases, then exp(y·ln|x|): first in double
 * (Ziv's first step, from the double-precision ln and exp), where that cannot decide the rounding
 * in double-double (about 2^-94 relative where |y·ln x| nears 745), rounded once. Exact results are found by the
 * rounding itself (they are doubles, and the error is far below half an ulp), except a result
 * exactly halfway between two doubles — (2^27 - 1)^2, or x^1.5 for a square x — which is checked
 * exactly with BigDecimal when the double-double lands that close to a midpoint, and rounded to
 * even.
 */
final class CorrectlyRoundedPow {
    private CorrectlyRoundedPow() {
    }

    static double pow(double x, double y) {
        if (y == 0) {
            return 1.0;
        }
        if (x != x) {
            return x; // NaN operands come back as they are (x's first), as from HotSpot's
        }
        if (y != y) {
            return y;
        }
        if (y == 1) {
            return x;
        }
        if (y == 2) {
            return x * x; // one rounding of the exact square, ties to even
        }
        if (y == -1) {
            return 1 / x;
        }
        double ax = Math.abs(x);
        if (Double.isInfinite(y)) {
            if (ax == 1) {
                return Double.NaN;
            }
            return (ax > 1) == (y > 0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        boolean negative = false;
        if (x < 0 || (x == 0 && 1 / x < 0)) {
            // a negative base: an integer power keeps (even) or flips (odd) the sign; -0 and -∞ likewise
            int parity = integerParity(y);
            if (parity < 0) {
                if (x == 0 || x == Double.NEGATIVE_INFINITY) {
                    negative = false;
                } else {
                    return CorrectlyRoundedExpLog.invalid(x);
                }
            } else {
                negative = parity == 1;
            }
        }
        if (ax == 0) {
            double r = y > 0 ? 0.0 : Double.POSITIVE_INFINITY;
            return negative ? -r : r;
        }
        if (ax == Double.POSITIVE_INFINITY) {
            double r = y > 0 ? Double.POSITIVE_INFINITY : 0.0;
            return negative ? -r : r;
        }
        if (y == 0.5 && !negative) {
            return Math.sqrt(ax);
        }
        double r = positivePow(ax, y);
        return negative ? -r : r;
    }

    /** 1 for an odd integer, 0 for an even one, -1 for a non-integer (y finite). */
    private static int integerParity(double y) {
        if (Math.abs(y) >= 0x1p53) {
            return 0;
        }
        if (y != Math.floor(y)) {
            return -1;
        }
        return (long) y % 2 == 0 ? 0 : 1;
    }

    /** x^y for positive finite x and finite y other than 0. */
    private static double positivePow(double x, double y) {
        double fast = fastPositivePow(x, y);
        return fast == fast ? fast : accuratePositivePow(x, y);
    }

    /** x^y in double-double, rounded once (exact midpoints to even). */
    static double accuratePositivePow(double x, double y) {
        DoubleDouble ln = CorrectlyRoundedExpLog.logOf(x);
        if (ln.hi == 0) {
            return 1.0;
        }
        double zHi = y * ln.hi;
        if (zHi > 710) {
            return Double.POSITIVE_INFINITY;
        }
        if (zHi < -746) {
            return 0.0;
        }
        // |ln x| ≥ 2^-53 for x ≠ 1, so |y| < 2^63 here and its splitting cannot overflow
        DoubleDouble z = DoubleDouble.twoProduct(y, ln.hi).add(y * ln.lo);
        int k = CorrectlyRoundedExpLog.reductionIndex(z.hi);
        DoubleDouble m = CorrectlyRoundedExpLog.expMantissa(z.hi, z.lo, k);
        int scale = k >> 6;
        double result = DoubleDouble.scaledRounded(m.hi, m.lo, scale);
        if (Math.getExponent(result) > -1022 && !Double.isInfinite(result)) {
            DoubleDouble normalised = DoubleDouble.fastTwoSum(m.hi, m.lo);
            double tie = exactTie(x, y, normalised, scale);
            if (tie == tie) {
                return tie;
            }
        }
        return result;
    }

    /**
     * Ziv's first step: exp(y·ln x) from the double-precision ln (absolute error below 2^-74,
     * so y·ln x is off by at most |y|·2^-74 + 2^-100·|y·ln x|, which exp turns into that relative
     * error) and exp's first step; NaN where that does not decide the rounding.
     */
    static double fastPositivePow(double x, double y) {
        DoubleDouble ln = CorrectlyRoundedExpLog.logFastParts(x);
        if (ln == null || ln.hi == 0) {
            return ln == null ? Double.NaN : 1.0;
        }
        double zHi = y * ln.hi;
        if (!(Math.abs(zHi) < 707)) {
            return Double.NaN;
        }
        double zLo = DoubleDouble.productError(y, ln.hi, zHi) + y * ln.lo;
        double argumentError = 2 * (Math.abs(y) * 0x1p-74 + Math.abs(zHi) * 0x1p-100);
        return CorrectlyRoundedExpLog.expFast(zHi, zLo, CorrectlyRoundedExpLog.reductionIndex(zHi), argumentError);
    }

    /**
     * Where the double-double (times 2^scale) is within 2^-40 ulp of the midpoint between two
     * doubles and x^y is exactly that midpoint (y = p/2^q, checked as midpoint^(2^q) = x^p), the
     * even one of the two; NaN otherwise.
     */
    private static double exactTie(double x, double y, DoubleDouble m, int scale) {
        double h = m.hi;
        double other = m.lo > 0 ? Math.nextUp(h) : Math.nextDown(h);
        double halfGap = (other - h) / 2;
        if (m.lo == 0 || Math.abs(m.lo - halfGap) > Math.abs(halfGap) * 0x1p-40) {
            return Double.NaN;
        }
        for (int q = 0; q <= 3; q++) {
            double p = y * (1 << q);
            if (p != Math.rint(p) || Math.abs(p) > 512) {
                continue;
            }
            BigDecimal two = BigDecimal.valueOf(2);
            BigDecimal midpoint = new BigDecimal(h).add(new BigDecimal(other)).divide(two);
            midpoint = scale >= 0 ? midpoint.multiply(two.pow(scale)) : midpoint.divide(two.pow(-scale));
            BigDecimal left = midpoint.pow(1 << q);
            int n = (int) Math.abs(p);
            BigDecimal power = new BigDecimal(x).pow(n);
            boolean equal = p > 0 ? left.compareTo(power) == 0 : left.multiply(power).compareTo(BigDecimal.ONE) == 0;
            if (equal) {
                double even = (Double.doubleToRawLongBits(h) & 1) == 0 ? h : other;
                return DoubleDouble.scaledRounded(even, 0, scale);
            }
            return Double.NaN;
        }
        return Double.NaN;
    }
}
