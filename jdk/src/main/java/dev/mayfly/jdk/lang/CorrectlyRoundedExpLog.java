package dev.mayfly.jdk.lang;

import static dev.mayfly.jdk.lang.MathConstants.EXP2_HI;
import static dev.mayfly.jdk.lang.MathConstants.EXP2_LO;
import static dev.mayfly.jdk.lang.MathConstants.LN2_BY_64_1;
import static dev.mayfly.jdk.lang.MathConstants.LN2_BY_64_2;
import static dev.mayfly.jdk.lang.MathConstants.LN2_BY_64_3;
import static dev.mayfly.jdk.lang.MathConstants.LN2_HI;
import static dev.mayfly.jdk.lang.MathConstants.LN2_LO;
import static dev.mayfly.jdk.lang.MathConstants.LOG_FIRST;
import static dev.mayfly.jdk.lang.MathConstants.LOG_HI;
import static dev.mayfly.jdk.lang.MathConstants.LOG_LO;
import static dev.mayfly.jdk.lang.TaylorCoefficients.ATANH_HI;
import static dev.mayfly.jdk.lang.TaylorCoefficients.ATANH_LO;
import static dev.mayfly.jdk.lang.TaylorCoefficients.EXPM1_HI;
import static dev.mayfly.jdk.lang.TaylorCoefficients.EXPM1_LO;
import static dev.mayfly.jdk.lang.TaylorCoefficients.INVERSE_FACTORIAL_HI;
import static dev.mayfly.jdk.lang.TaylorCoefficients.INVERSE_FACTORIAL_LO;

/**
 * exp, log, log10 and tanh correctly rounded, by Ziv's strategy: a first evaluation in double with
 * a proven error bound returns where both ends of its error interval round alike; elsewhere the
 * function is evaluated in double-double to about 2^-100 relative and rounded once. exp reduces its
 * argument by Cody and Waite's method to r = z - k·ln(2)/64, |r| ≤ ln(2)/128, and multiplies
 * 2^(k/64) from a table by the Taylor series of exp(r); log writes x = 2^e·m with m in [0.75, 1.5)
 * and sums e·ln(2), ln(c) from a table for c = j/64 nearest m, and ln(m/c) = 2 atanh((m - c)/(m + c)).
 */
final class CorrectlyRoundedExpLog {
    private static final double SIXTY_FOUR_BY_LN2 = 0x1.71547652b82fep6;

    private CorrectlyRoundedExpLog() {
    }

    /**
     * The NaN an invalid operation gives, computed (not the constant {@link Double#NaN}): the
     * processor's default NaN, sign bit set on x86, as HotSpot's Math returns for log(-1) and
     * the like — visible to {@link Double#doubleToRawLongBits}. x is any non-NaN double.
     */
    static double invalid(double x) {
        double zero = x - x;
        return x == x && Math.abs(x) < Double.POSITIVE_INFINITY ? zero / zero : zero;
    }

    /** {@link Math#exp(double)}, correctly rounded. */
    static double exp(double x) {
        if (!(x > -746)) {
            return x != x ? x : 0.0;
        }
        if (x > 710) {
            return Double.POSITIVE_INFINITY;
        }
        if (Math.abs(x) < 0x1p-60) {
            return 1.0 + x;
        }
        int k = reductionIndex(x);
        double fast = expFast(x, 0, k, 0);
        if (fast == fast) {
            return fast;
        }
        DoubleDouble m = expMantissa(x, 0, k);
        return DoubleDouble.scaledRounded(m.hi, m.lo, k >> 6);
    }

    /**
     * Ziv's first step for exp(zHi + zLo), k = reductionIndex(zHi): the same reduction, the
     * series in double, the table value times it as hi + lo with an error below 2^-65 of hi (r²·P(r)
     * ≤ 2^-16 good to 3·2^-53, the products and sums after it to 2^-68 each, the table and r to
     * 2^-95), plus {@code argumentError}, the relative error the caller's zHi + zLo brings. Where
     * hi + (lo ± (2^-62 + argumentError)·hi) round alike, so does the exact value (rounding is
     * monotone): that double; otherwise, or where the result is near the subnormal or overflow
     * range, NaN (about 1 in 500 arguments).
     */
    static double expFast(double zHi, double zLo, int k, double argumentError) {
        int n = k >> 6;
        if (n < -1021 || n > 1022) {
            return Double.NaN;
        }
        double t = zHi - k * LN2_BY_64_1;
        double b = -k * LN2_BY_64_2;
        double r0 = t + b;
        double bb = r0 - t;
        double rLo0 = ((t - (r0 - bb)) + (b - bb)) + (zLo - k * LN2_BY_64_3);
        // renormalised, |rLo| ≤ ulp(r)/2 (zLo may be larger than the rest)
        double r = r0 + rLo0;
        bb = r - r0;
        double rLo = (r0 - (r - bb)) + (rLo0 - bb);
        // exp(r + rLo) - 1 = r + rLo + (r + rLo)^2/2 + ... = r + q
        double q = r * r * (0.5 + r * (INVERSE_FACTORIAL_HI[3] + r * (INVERSE_FACTORIAL_HI[4] + r * (INVERSE_FACTORIAL_HI[5]
                + r * (INVERSE_FACTORIAL_HI[6] + r * INVERSE_FACTORIAL_HI[7])))));
        q += rLo + r * rLo;
        int j = k & 63;
        double th = EXP2_HI[j];
        double tl = EXP2_LO[j];
        // T·(1 + r + q) = th + th·r + th·q + tl + tl·r (tl·q, below 2^-68, is left in the error)
        double p = th * r;
        double pe = DoubleDouble.productError(th, r, p);
        double hi = th + p;
        double e = p - (hi - th);
        double lo = e + (pe + (th * q + (tl + tl * r)));
        double err = hi * (0x1p-62 + argumentError);
        double up = hi + (lo + err);
        if (up != hi + (lo - err)) {
            return Double.NaN;
        }
        return up * DoubleDouble.powerOfTwo(n);
    }

    /**
     * exp(zHi + zLo) / 2^(k >> 6) as hi + lo (|lo| below 2^-50 of hi), within 2^-65 of hi: expFast's
     * computation returning the pair (expFast has it on locals: in the image an allocation costs
     * about a third of its time).
     */
    static DoubleDouble expFastParts(double zHi, double zLo, int k) {
        double t = zHi - k * LN2_BY_64_1;
        double b = -k * LN2_BY_64_2;
        double r0 = t + b;
        double bb = r0 - t;
        double rLo0 = ((t - (r0 - bb)) + (b - bb)) + (zLo - k * LN2_BY_64_3);
        // renormalised, |rLo| ≤ ulp(r)/2 (zLo may be larger than the rest)
        double r = r0 + rLo0;
        bb = r - r0;
        double rLo = (r0 - (r - bb)) + (rLo0 - bb);
        // exp(r + rLo) - 1 = r + rLo + (r + rLo)^2/2 + ... = r + q
        double q = r * r * (0.5 + r * (INVERSE_FACTORIAL_HI[3] + r * (INVERSE_FACTORIAL_HI[4] + r * (INVERSE_FACTORIAL_HI[5]
                + r * (INVERSE_FACTORIAL_HI[6] + r * INVERSE_FACTORIAL_HI[7])))));
        q += rLo + r * rLo;
        int j = k & 63;
        double th = EXP2_HI[j];
        double tl = EXP2_LO[j];
        // T·(1 + r + q) = th + th·r + th·q + tl + tl·r (tl·q, below 2^-68, is left in the error)
        double p = th * r;
        double pe = DoubleDouble.productError(th, r, p);
        double hi = th + p;
        double e = p - (hi - th);
        double lo = e + (pe + (th * q + (tl + tl * r)));
        return new DoubleDouble(hi, lo);
    }

    /** The k of exp's reduction z = k·ln(2)/64 + r, for |z| < 746. */
    static int reductionIndex(double zHi) {
        return (int) Math.rint(zHi * SIXTY_FOUR_BY_LN2);
    }

    /** exp(zHi + zLo) / 2^(k >> 6) for k = reductionIndex(zHi): a value in [0.99, 2.01). */
    static DoubleDouble expMantissa(double zHi, double zLo, int k) {
        // k·LN2_BY_64_1 is exact (36 bits times |k| < 2^17) and close to zHi: the difference is exact.
        double t = zHi - k * LN2_BY_64_1;
        DoubleDouble r = DoubleDouble.twoSum(t, -k * LN2_BY_64_2).add(-k * LN2_BY_64_3).add(zLo);
        // exp(r) = Σ r^n/n!, |r| ≤ 0.0055: the terms from r^6 on are below 2^-54 and need no more than a double
        double tail = DoubleDouble.hornerDouble(r.hi, INVERSE_FACTORIAL_HI, 6, 12);
        DoubleDouble p = DoubleDouble.horner(r, INVERSE_FACTORIAL_HI, INVERSE_FACTORIAL_LO, 6, tail);
        int j = k & 63;
        return new DoubleDouble(EXP2_HI[j], EXP2_LO[j]).multiply(p);
    }

    /** expm1(z) in double-double for 2^-30 ≤ z ≤ 40. */
    static DoubleDouble expm1(double z) {
        if (z > 0.35) {
            int k = reductionIndex(z);
            return expMantissa(z, 0, k).scale(DoubleDouble.powerOfTwo(k >> 6)).add(-1.0);
        }
        // expm1(z)/z = Σ z^n/(n+1)!, z ≤ 0.35: the terms from z^13 on are below 2^-55
        double tail = DoubleDouble.hornerDouble(z, EXPM1_HI, 13, 24);
        return DoubleDouble.horner(new DoubleDouble(z, 0), EXPM1_HI, EXPM1_LO, 13, tail).multiply(z);
    }

    /** {@link Math#log(double)}, correctly rounded. */
    static double log(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x < 0 ? invalid(x) : x;
        }
        double fast = logFast(x, false);
        return fast == fast ? fast : logOf(x).rounded();
    }

    /** {@link Math#log10(double)}, correctly rounded: ln(x)·(1/ln(10)) in double-double, exact on powers of ten. */
    static double log10(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x < 0 ? invalid(x) : x;
        }
        double fast = logFast(x, true);
        return fast == fast ? fast : logOf(x).multiply(new DoubleDouble(MathConstants.INV_LN10_HI, MathConstants.INV_LN10_LO)).rounded();
    }

    /**
     * Ziv's first step for ln(x) (or log10(x)) of a positive finite x: logOf's reduction, the
     * atanh series in double after 2s, and the large terms e·ln(2), ln(c), 2s summed exactly, as
     * hi + lo with an absolute error below 2^-74 (the series' rounding; the rest is below 2^-94).
     * Where hi + (lo ± 2^-72) round alike, so does the exact value: that double; otherwise (near
     * a midpoint, or |ln x| below about 2^-18 where 2^-72 is no longer small against an ulp), or
     * for subnormal x, NaN.
     */
    static double logFast(double x, boolean base10) {
        if (x < Double.MIN_NORMAL) {
            return Double.NaN;
        }
        long bits = Double.doubleToRawLongBits(x);
        int e = (int) (bits >>> 52) - 1023;
        double m = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        if (m >= 1.5) {
            m *= 0.5;
            e++;
        }
        int j = (int) Math.rint(m * 64);
        double c = j * 0x1p-6;
        double d = m - c;
        // s = d / (m + c) as sh + sl, from the exact sum m + c = dh + dl and the residual of sh
        double dh = m + c;
        double bb = dh - m;
        double dl = (m - (dh - bb)) + (c - bb);
        double sh = d / dh;
        double ph = sh * dh;
        double sl = (((d - ph) - DoubleDouble.productError(sh, dh, ph)) - sh * dl) / dh;
        double u = sh * sh;
        // 2 atanh(s) = 2s + 2s·u·(1/3 + u/5 + ... + u^4/11), |s| ≤ 2^-7.6: the next term is below 2^-85
        double series = 2 * sh * u * (ATANH_HI[1] + u * (ATANH_HI[2] + u * (ATANH_HI[3] + u * (ATANH_HI[4] + u * ATANH_HI[5]))));
        double ah = e * LN2_HI;
        double al = DoubleDouble.productError(e, LN2_HI, ah);
        double lnC = LOG_HI[j - LOG_FIRST];
        double h1 = ah + lnC;
        bb = h1 - ah;
        double l1 = (ah - (h1 - bb)) + (lnC - bb);
        double twoS = 2 * sh;
        double hi = h1 + twoS;
        bb = hi - h1;
        double l2 = (h1 - (hi - bb)) + (twoS - bb);
        double lo = ((l1 + l2) + (al + e * LN2_LO)) + (LOG_LO[j - LOG_FIRST] + (2 * sl + series));
        if (base10) {
            double p = hi * MathConstants.INV_LN10_HI;
            double pe = DoubleDouble.productError(hi, MathConstants.INV_LN10_HI, p);
            lo = pe + (hi * MathConstants.INV_LN10_LO + lo * MathConstants.INV_LN10_HI);
            hi = p;
        }
        double err = LOG_FAST_ERROR;
        double up = hi + (lo + err);
        return up == hi + (lo - err) ? up : Double.NaN;
    }

    /** Four times logFastParts' bound on its absolute error. */
    static final double LOG_FAST_ERROR = 0x1p-72;

    /**
     * ln(x) as hi + lo (not normalised) with an absolute error below 2^-74, for normal positive x;
     * null for subnormal x: logFast's computation returning the pair (logFast has it on locals).
     */
    static DoubleDouble logFastParts(double x) {
        if (x < Double.MIN_NORMAL) {
            return null;
        }
        long bits = Double.doubleToRawLongBits(x);
        int e = (int) (bits >>> 52) - 1023;
        double m = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        if (m >= 1.5) {
            m *= 0.5;
            e++;
        }
        int j = (int) Math.rint(m * 64);
        double c = j * 0x1p-6;
        double d = m - c;
        // s = d / (m + c) as sh + sl, from the exact sum m + c = dh + dl and the residual of sh
        double dh = m + c;
        double bb = dh - m;
        double dl = (m - (dh - bb)) + (c - bb);
        double sh = d / dh;
        double ph = sh * dh;
        double sl = (((d - ph) - DoubleDouble.productError(sh, dh, ph)) - sh * dl) / dh;
        double u = sh * sh;
        // 2 atanh(s) = 2s + 2s·u·(1/3 + u/5 + ... + u^4/11), |s| ≤ 2^-7.6: the next term is below 2^-85
        double series = 2 * sh * u * (ATANH_HI[1] + u * (ATANH_HI[2] + u * (ATANH_HI[3] + u * (ATANH_HI[4] + u * ATANH_HI[5]))));
        double ah = e * LN2_HI;
        double al = DoubleDouble.productError(e, LN2_HI, ah);
        double lnC = LOG_HI[j - LOG_FIRST];
        double h1 = ah + lnC;
        bb = h1 - ah;
        double l1 = (ah - (h1 - bb)) + (lnC - bb);
        double twoS = 2 * sh;
        double hi = h1 + twoS;
        bb = hi - h1;
        double l2 = (h1 - (hi - bb)) + (twoS - bb);
        double lo = ((l1 + l2) + (al + e * LN2_LO)) + (LOG_LO[j - LOG_FIRST] + (2 * sl + series));
        return new DoubleDouble(hi, lo);
    }

    /** ln(x) in double-double for positive finite x. */
    static DoubleDouble logOf(double x) {
        int e = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            e = -54;
        }
        long bits = Double.doubleToRawLongBits(x);
        e += (int) (bits >>> 52) - 1023;
        double m = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        if (m >= 1.5) {
            m *= 0.5;
            e++;
        }
        int j = (int) Math.rint(m * 64);
        double c = j * 0x1p-6;
        double d = m - c; // exact: c/2 ≤ m ≤ 2c
        DoubleDouble s = DoubleDouble.divide(d, DoubleDouble.twoSum(m, c));
        DoubleDouble u = s.multiply(s);
        // atanh(s)/s = Σ u^k/(2k+1), |s| ≤ 0.0053: the terms from u^4 on are below 2^-63
        double tail = DoubleDouble.hornerDouble(u.hi, ATANH_HI, 4, 8);
        DoubleDouble lnMByC = s.multiply(DoubleDouble.horner(u, ATANH_HI, ATANH_LO, 4, tail)).scale(2);
        DoubleDouble lnC = new DoubleDouble(LOG_HI[j - LOG_FIRST], LOG_LO[j - LOG_FIRST]);
        DoubleDouble eLn2 = DoubleDouble.twoProduct(e, LN2_HI).add(e * LN2_LO);
        return eLn2.add(lnC.add(lnMByC));
    }

    /**
     * {@link Math#tanh(double)}, correctly rounded: expm1(2|x|)/(expm1(2|x|) + 2); x itself where
     * |x| < 2^-27 (tanh(x) = x - x^3/3 rounds to x there), ±1 from |x| ≥ 19.5.
     */
    static double tanh(double x) {
        double a = Math.abs(x);
        if (!(a >= 0x1p-27)) {
            return x;
        }
        if (a >= 19.5) {
            return Math.copySign(1.0, x);
        }
        if (a >= 0.35) {
            double fast = tanhFast(a);
            if (fast == fast) {
                return Math.copySign(fast, x);
            }
        }
        return Math.copySign(tanhAccurate(a), x);
    }

    /** tanh(a) for 2^-27 ≤ a < 19.5 in double-double, rounded once. */
    static double tanhAccurate(double a) {
        DoubleDouble e = expm1(2 * a);
        return e.divide(e.add(2.0)).rounded();
    }

    /**
     * Ziv's first step for tanh(a), 0.35 ≤ a < 19.5: (E - 1)/(E + 1) for E = e^(2a) from exp's first
     * step (within 2^-65; E ≥ 2.01, so E - 1, summed exactly, is within 2^-64), the
     * quotient of the normalised pairs within 2^-63.4 in all: where hi + (lo ± 2^-61·hi) round alike,
     * that double; otherwise NaN.
     */
    static double tanhFast(double a) {
        double z = 2 * a;
        int k = reductionIndex(z);
        DoubleDouble m = expFastParts(z, 0, k);
        double scale = DoubleDouble.powerOfTwo(k >> 6);
        double eh = m.hi * scale;
        double el = m.lo * scale;
        double n0 = eh - 1;
        double bb = n0 - eh;
        double n0Lo = ((eh - (n0 - bb)) + (-1 - bb)) + el;
        double nh = n0 + n0Lo;
        double nl = n0Lo - (nh - n0);
        double d0 = eh + 1;
        bb = d0 - eh;
        double d0Lo = ((eh - (d0 - bb)) + (1 - bb)) + el;
        double dh = d0 + d0Lo;
        double dl = d0Lo - (dh - d0);
        double hi = nh / dh;
        double p = hi * dh;
        double lo = (((nh - p) - DoubleDouble.productError(hi, dh, p)) + (nl - hi * dl)) / dh;
        double err = hi * 0x1p-61;
        double up = hi + (lo + err);
        return up == hi + (lo - err) ? up : Double.NaN;
    }
}
