package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;

/**
 * java.lang.StrictMath functions whose results must be fdlibm's bit for bit (the JDK specifies
 * StrictMath as fdlibm 5.3), written from fdlibm's algorithm descriptions where the C library the
 * image links (musl) computes them differently.
 */
@PatchFor("java.lang.StrictMath")
public final class StrictMathPatch {
    private static final double LN2_HI = 6.93147180369123816490e-01; // 0x3fe62e42 fee00000
    private static final double LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
    private static final double TWO54 = 1.80143985094819840000e+16;
    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    private StrictMathPatch() {
    }

    /**
     * {@link StrictMath#log(double)}, fdlibm's e_log.c: reduce {@code x = 2^k (1+f)} with
     * {@code sqrt(2)/2 < 1+f < sqrt(2)}, then {@code log(1+f) = f - s*(f - R(z))} with
     * {@code s = f/(2+f)}, {@code z = s*s} and the minimax polynomial R of degree 14 in s.
     */
    public static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >> 32);
        int lx = (int) bits;
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7fffffff) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= TWO54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >> 32);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = Double.longBitsToDouble(((long) (hx | (i ^ 0x3ff00000)) << 32) | (bits & 0xffffffffL));
        k += i >> 20;
        double f = x - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) {
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    private static final double IVLN10 = 4.34294481903251816668e-01; // 0x3FDBCB7B 1526E50E
    private static final double LOG10_2HI = 3.01029995663611771306e-01; // 0x3FD34413 509F6000
    private static final double LOG10_2LO = 3.69423907715893078616e-13; // 0x3D59FEF3 11F12B36

    /**
     * {@link StrictMath#log10(double)}, fdlibm's e_log10.c: with {@code x = 2^n · y},
     * {@code log10(x) = n·log10(2)_lo + ivln10·log(y) + n·log10(2)_hi}, choosing {@code y} in
     * [1, 2) for n >= 0 and [0.5, 1) for n < 0 so that {@code log10(10^k)} is exact.
     */
    public static double log10(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >> 32);
        int lx = (int) bits;
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7fffffff) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= TWO54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >> 32);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }

    private static final int B1 = 715094163; // (682-0.03306235651)*2**20
    private static final int B2 = 696219795; // (664-0.03306235651)*2**20
    private static final double CB_C = 5.42857142857142815906e-01; // 19/35
    private static final double CB_D = -7.05306122448979611050e-01; // -864/1225
    private static final double CB_E = 1.41428571428571436819e+00; // 99/70
    private static final double CB_F = 1.60714285714285720630e+00; // 45/28
    private static final double CB_G = 3.57142857142857150787e-01; // 5/14

    /**
     * {@link StrictMath#cbrt(double)}, fdlibm's s_cbrt.c: a 5-bit estimate from the exponent bits
     * divided by three, a rational step to 23 bits, the low word chopped and the result rounded up,
     * then one Newton step to 53 bits (error below 0.667 ulp).
     */
    public static double cbrt(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >> 32);
        int lx = (int) bits;
        int sign = hx & 0x80000000;
        hx ^= sign;
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        if ((hx | lx) == 0) {
            return x;
        }
        x = Double.longBitsToDouble(((long) hx << 32) | (lx & 0xffffffffL));
        double t;
        if (hx < 0x00100000) {
            t = Double.longBitsToDouble(0x4350000000000000L); // 2^54
            t *= x;
            long tb = Double.doubleToRawLongBits(t);
            int th = (int) (tb >> 32);
            t = Double.longBitsToDouble(((long) (th / 3 + B2) << 32) | (tb & 0xffffffffL));
        } else {
            t = Double.longBitsToDouble((long) (hx / 3 + B1) << 32);
        }
        double r = t * t / x;
        double s = CB_C + r * t;
        t *= CB_G + CB_F / (s + CB_E + CB_D / s);
        long tb = Double.doubleToRawLongBits(t);
        t = Double.longBitsToDouble((long) ((int) (tb >> 32) + 1) << 32);
        s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r;
        tb = Double.doubleToRawLongBits(t);
        return Double.longBitsToDouble(tb | ((long) sign << 32));
    }
}
