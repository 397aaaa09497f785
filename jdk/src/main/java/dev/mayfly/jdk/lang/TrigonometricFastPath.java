package dev.mayfly.jdk.lang;

import static dev.mayfly.jdk.lang.MathConstants.COS_HI;
import static dev.mayfly.jdk.lang.MathConstants.COS_LO;
import static dev.mayfly.jdk.lang.MathConstants.PI_OVER_2_1;
import static dev.mayfly.jdk.lang.MathConstants.PI_OVER_2_2;
import static dev.mayfly.jdk.lang.MathConstants.PI_OVER_2_3;
import static dev.mayfly.jdk.lang.MathConstants.SIN_HI;
import static dev.mayfly.jdk.lang.MathConstants.SIN_LO;
import static dev.mayfly.jdk.lang.TaylorCoefficients.INVERSE_FACTORIAL_HI;

/**
 * Ziv's first step for sin, cos and tan of 2^-27 ≤ x < 2^20, in double with error-free
 * products and sums where they matter. Cody and Waite's reduction r = x - k·π/2 with π/2 in
 * pieces of 33, 33 and 53 bits (k·piece exact for k < 2^20) is good to 2^-100 absolute; then
 * |r| = j/64 + δ with |δ| ≤ 1/128, and sin|r|, cos|r| = sin(j/64)·cos δ ± cos(j/64)·sin δ from the
 * tables, with sin δ - δ and cos δ - 1 + δ²/2 (below 2^-23.6 and 2^-32.6) in double, the large
 * products and sums error-free. The absolute errors of sin|r| and cos|r| stay below 2^-73.3 (sin δ
 * - δ rounded four times, 2^-74.6; eight sums of terms below 2^-23.6, 2^-74) and, as j ≥ 1 keeps
 * sin|r| above 2^-7 (j = 0 leaves only errors relative to δ), within 2^-66.3 relative, plus the
 * reduction's 2^-100 absolute; tan, a quotient of normalised pairs, within the sum of both plus
 * 2^-104. Where hi + (lo ± err) round alike for err = 2^-64·|hi| + 2^-98 (tan: 2^-62 relative plus
 * 2^-97 over each operand), so does the exact value; otherwise NaN (about 1 in 1000 arguments).
 */
final class TrigonometricFastPath {
    static final int SIN = 0;
    static final int COS = 1;
    static final int TAN = 2;
    /** The reduction's k·piece is exact below this. */
    static final double LIMIT = 0x1p20;
    private static final double TWO_OVER_PI = 0x1.45f306dc9c883p-1;

    private TrigonometricFastPath() {
    }

    /** sin, cos or tan of x for 2^-27 ≤ x < 2^20 correctly rounded, or NaN where this step cannot tell. */
    static double of(double x, int function) {
        double k = Math.rint(x * TWO_OVER_PI);
        double t = x - k * PI_OVER_2_1; // exact: x and k·π/2 are within a factor 2 of each other (or k = 0)
        double y = -k * PI_OVER_2_2;
        double a = t + y;
        double bb = a - t;
        double aLo = (t - (a - bb)) + (y - bb);
        double z = k * PI_OVER_2_3;
        double zLo = DoubleDouble.productError(k, PI_OVER_2_3, z);
        double r0 = a - z;
        bb = r0 - a;
        double r0Lo = ((a - (r0 - bb)) + (-z - bb)) + (aLo - zLo);
        double r = r0 + r0Lo;
        bb = r - r0;
        double rLo = (r0 - (r - bb)) + (r0Lo - bb);
        boolean negative = r < 0;
        if (negative) {
            r = -r;
            rLo = -rLo;
        }
        int j = (int) Math.rint(r * 64);
        double d = r - j * 0x1p-6; // exact
        double d2 = d * d;
        // sin δ = d + sinLo (with rLo's share, to its δ² term)
        double sinLo = rLo * (1 - 0.5 * d2) - d * d2 * (INVERSE_FACTORIAL_HI[3] - d2 * (INVERSE_FACTORIAL_HI[5] - d2 * INVERSE_FACTORIAL_HI[7]));
        // cos δ = 1 + cosHi + cosLo, cosHi + (its error) = -d²/2 exactly
        double half = -0.5 * d;
        double cosHi = half * d;
        double cosLo = DoubleDouble.productError(half, d, cosHi) - d * rLo
                + d2 * d2 * (INVERSE_FACTORIAL_HI[4] - d2 * (INVERSE_FACTORIAL_HI[6] - d2 * INVERSE_FACTORIAL_HI[8]));
        double sh = SIN_HI[j];
        double sl = SIN_LO[j];
        double ch = COS_HI[j];
        double cl = COS_LO[j];
        double sinHi;
        double sinLoSum;
        {
            // sin|r| = sh + ch·d + sh·cosHi + (the small terms)
            double p1 = ch * d;
            double e1 = DoubleDouble.productError(ch, d, p1);
            double p2 = sh * cosHi;
            double e2 = DoubleDouble.productError(sh, cosHi, p2);
            double s1 = sh + p1;
            bb = s1 - sh;
            double f1 = (sh - (s1 - bb)) + (p1 - bb);
            sinHi = s1 + p2;
            bb = sinHi - s1;
            double f2 = (s1 - (sinHi - bb)) + (p2 - bb);
            sinLoSum = (f1 + f2) + (e1 + e2) + (sl + sh * cosLo + sl * cosHi + ch * sinLo + cl * d);
        }
        double cosHiSum;
        double cosLoSum;
        {
            // cos|r| = ch - sh·d + ch·cosHi + (the small terms)
            double p1 = -sh * d;
            double e1 = DoubleDouble.productError(-sh, d, p1);
            double p2 = ch * cosHi;
            double e2 = DoubleDouble.productError(ch, cosHi, p2);
            double s1 = ch + p1;
            bb = s1 - ch;
            double f1 = (ch - (s1 - bb)) + (p1 - bb);
            cosHiSum = s1 + p2;
            bb = cosHiSum - s1;
            double f2 = (s1 - (cosHiSum - bb)) + (p2 - bb);
            cosLoSum = (f1 + f2) + (e1 + e2) + (cl + ch * cosLo + cl * cosHi - sh * sinLo - sl * d);
        }
        if (negative) {
            sinHi = -sinHi;
            sinLoSum = -sinLoSum;
        }
        int quadrant = (int) k & 3;
        double hi;
        double lo;
        double err;
        if (function == TAN) {
            boolean odd = (quadrant & 1) == 1;
            double n0 = odd ? cosHiSum : sinHi;
            double n0Lo = odd ? cosLoSum : sinLoSum;
            double d0 = odd ? sinHi : cosHiSum;
            double d0Lo = odd ? sinLoSum : cosLoSum;
            // normalised first: the quotient's correction below divides by dh alone
            double nh = n0 + n0Lo;
            double nl = n0Lo - (nh - n0);
            double dh = d0 + d0Lo;
            double dl = d0Lo - (dh - d0);
            hi = nh / dh;
            double p = hi * dh;
            double pe = DoubleDouble.productError(hi, dh, p);
            lo = (((nh - p) - pe) + (nl - hi * dl)) / dh;
            err = Math.abs(hi) * (0x1p-62 + 0x1p-97 / Math.abs(nh) + 0x1p-97 / Math.abs(dh));
            if (odd) {
                hi = -hi;
                lo = -lo;
            }
        } else {
            boolean useCos = (function == COS) == ((quadrant & 1) == 0);
            hi = useCos ? cosHiSum : sinHi;
            lo = useCos ? cosLoSum : sinLoSum;
            boolean flip = function == SIN ? quadrant >= 2 : quadrant == 1 || quadrant == 2;
            if (flip) {
                hi = -hi;
                lo = -lo;
            }
            err = Math.abs(hi) * 0x1p-64 + 0x1p-98;
        }
        double up = hi + (lo + err);
        return up == hi + (lo - err) ? up : Double.NaN;
    }
}
