package dev.mayfly.jdk.lang;

import static dev.mayfly.jdk.lang.FdlibmWords.fromWords;
import static dev.mayfly.jdk.lang.FdlibmWords.hi;
import static dev.mayfly.jdk.lang.FdlibmWords.lo;
import static dev.mayfly.jdk.lang.FdlibmWords.scalbn;
import static dev.mayfly.jdk.lang.FdlibmWords.withHi;
import static dev.mayfly.jdk.lang.FdlibmWords.withLo;

/**
 * fdlibm 5.3's e_pow.c, which {@link StrictMath#pow(double, double)} must reproduce bit for bit:
 * x^y = 2^(y·log2(x)), with log2(x) and the product y·log2(x) carried in two doubles each (a
 * high part with its low word cleared and a tail) so that the final exponential has the bits it
 * needs; the special cases of zeros, infinities, NaNs, negative bases and huge exponents first.
 */
final class FdlibmPow {
    private FdlibmPow() {
    }

    private static final double[] BP = {1.0, 1.5};
    private static final double[] DP_H = {0.0, 0x1.2b80340000000p-1}; // log2(1.5) high
    private static final double[] DP_L = {0.0, 0x1.cfdeb43cfd006p-27}; // log2(1.5) tail
    private static final double TWO53 = 0x1p53;
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;
    // (3/2)·(log(x) - 2s - (2/3)s^3) as a polynomial in s^2
    private static final double L1 = 0x1.3333333333303p-1; // 0x3FE33333 33333303
    private static final double L2 = 0x1.b6db6db6fabffp-2; // 0x3FDB6DB6 DB6FABFF
    private static final double L3 = 0x1.55555518f264dp-2; // 0x3FD55555 518F264D
    private static final double L4 = 0x1.17460a91d4101p-2; // 0x3FD17460 A91D4101
    private static final double L5 = 0x1.d864a93c9db65p-3; // 0x3FCD864A 93C9DB65
    private static final double L6 = 0x1.a7e284a454eefp-3; // 0x3FCA7E28 4A454EEF
    // exp's remez polynomial (as e_exp.c)
    private static final double P1 = 0x1.555555555553ep-3; // 0x3FC55555 5555553E
    private static final double P2 = -0x1.6c16c16bebd93p-9; // 0xBF66C16C 16BEBD93
    private static final double P3 = 0x1.1566aaf25de2cp-14; // 0x3F11566A AF25DE2C
    private static final double P4 = -0x1.bbd41c5d26bf1p-20; // 0xBEBBBD41 C5D26BF1
    private static final double P5 = 0x1.6376972bea4d0p-25; // 0x3E663769 72BEA4D0
    private static final double LG2 = 0x1.62e42fefa39efp-1; // 0x3FE62E42 FEFA39EF
    private static final double LG2_H = 0x1.62e4300000000p-1; // 0x3FE62E43 00000000
    private static final double LG2_L = -0x1.05c610ca86c39p-29; // 0xBE205C61 0CA86C39
    private static final double OVT = 8.0085662595372944372e-17; // -(1024 - log2(overflow threshold + 0.5 ulp))
    private static final double CP = 0x1.ec709dc3a03fdp-1; // 0x3FEEC709 DC3A03FD: 2/(3·ln 2)
    private static final double CP_H = 0x1.ec709e0000000p-1; // 0x3FEEC709 E0000000
    private static final double CP_L = -0x1.e2fe0145b01f5p-28; // 0xBE3E2FE0 145B01F5
    private static final double IVLN2 = 0x1.71547652b82fep0; // 0x3FF71547 652B82FE: 1/ln 2
    private static final double IVLN2_H = 0x1.7154760000000p0; // 0x3FF71547 60000000
    private static final double IVLN2_L = 0x1.4ae0bf85ddf44p-26; // 0x3E54AE0B F85DDF44

    /** {@code __ieee754_pow(x, y)}. */
    static double pow(double x, double y) {
        int hx = hi(x);
        int lx = lo(x);
        int hy = hi(y);
        int ly = lo(y);
        int ix = hx & 0x7fffffff;
        int iy = hy & 0x7fffffff;

        if ((iy | ly) == 0) {
            return 1.0; // x^0 = 1, even for a NaN x
        }
        if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000 || (iy == 0x7ff00000 && ly != 0)) {
            return x + y;
        }

        // for x < 0: yisint = 0 when y is not an integer, 1 when it is odd, 2 when even
        int yisint = 0;
        if (hx < 0) {
            if (iy >= 0x43400000) {
                yisint = 2; // |y| >= 2^53: an even integer
            } else if (iy >= 0x3ff00000) {
                int k = (iy >> 20) - 0x3ff;
                if (k > 20) {
                    int j = ly >>> (52 - k);
                    if ((j << (52 - k)) == ly) {
                        yisint = 2 - (j & 1);
                    }
                } else if (ly == 0) {
                    int j = iy >> (20 - k);
                    if ((j << (20 - k)) == iy) {
                        yisint = 2 - (j & 1);
                    }
                }
            }
        }

        if (ly == 0) { // special values of y
            if (iy == 0x7ff00000) { // y = ±∞
                if (((ix - 0x3ff00000) | lx) == 0) {
                    return y - y; // (±1)^±∞ is NaN
                }
                if (ix >= 0x3ff00000) { // (|x| > 1)^±∞ = ∞, 0
                    return hy >= 0 ? y : 0.0;
                }
                return hy < 0 ? -y : 0.0; // (|x| < 1)^∓∞ = ∞, 0
            }
            if (iy == 0x3ff00000) { // y = ±1
                return hy < 0 ? 1.0 / x : x;
            }
            if (hy == 0x40000000) { // y = 2
                return x * x;
            }
            if (hy == 0x3fe00000 && hx >= 0) { // y = 0.5, x >= +0
                return Math.sqrt(x);
            }
        }

        double ax = Math.abs(x);
        if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) { // x = ±0, ±∞, ±1
            double z = ax;
            if (hy < 0) {
                z = 1.0 / z;
            }
            if (hx < 0) {
                if (((ix - 0x3ff00000) | yisint) == 0) {
                    z = (z - z) / (z - z); // (-1)^non-integer is NaN
                } else if (yisint == 1) {
                    z = -z;
                }
            }
            return z;
        }

        int n = (hx >> 31) + 1;
        if ((n | yisint) == 0) {
            return (x - x) / (x - x); // (x < 0)^non-integer is NaN
        }
        double s = 1.0; // the sign of the result
        if ((n | (yisint - 1)) == 0) {
            s = -1.0; // (x < 0)^odd integer
        }

        double t1;
        double t2;
        if (iy > 0x41e00000) { // |y| > 2^31
            if (iy > 0x43f00000) { // |y| > 2^64: must overflow or underflow
                if (ix <= 0x3fefffff) {
                    return hy < 0 ? HUGE * HUGE : TINY * TINY;
                }
                if (ix >= 0x3ff00000) {
                    return hy > 0 ? HUGE * HUGE : TINY * TINY;
                }
            }
            // overflow or underflow unless x is close to one
            if (ix < 0x3fefffff) {
                return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
            }
            if (ix > 0x3ff00000) {
                return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
            }
            // |1-x| <= 2^-20: log2(x) from the series x - x^2/2 + x^3/3 - x^4/4
            double t = ax - 1.0;
            double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            double u = IVLN2_H * t;
            double v = t * IVLN2_L - w * IVLN2;
            t1 = withLo(u + v, 0);
            t2 = v - (t1 - u);
        } else {
            n = 0;
            if (ix < 0x00100000) { // subnormal x
                ax *= TWO53;
                n -= 53;
                ix = hi(ax);
            }
            n += (ix >> 20) - 0x3ff;
            int j = ix & 0x000fffff;
            // ax = 2^n · m with m in [1, sqrt(3/2)) (k = 0) or [sqrt(3/2), sqrt(3)) (k = 1)
            ix = j | 0x3ff00000;
            int k;
            if (j <= 0x3988E) {
                k = 0;
            } else if (j < 0xBB67A) {
                k = 1;
            } else {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }
            ax = withHi(ax, ix);

            // ss = s_h + s_l = (m - bp) / (m + bp)
            double u = ax - BP[k];
            double v = 1.0 / (ax + BP[k]);
            double ss = u * v;
            double sH = withLo(ss, 0);
            double tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0); // ax + bp, high
            double tL = ax - (tH - BP[k]);
            double sL = v * ((u - sH * tH) - sH * tL);
            // log(ax)
            double s2 = ss * ss;
            double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = withLo(3.0 + s2 + r, 0);
            tL = r - ((tH - 3.0) - s2);
            // u + v = ss·(1 + ...)
            u = sH * tH;
            v = sL * tH + tL * ss;
            // 2/(3·ln 2)·(ss + ...)
            double pH = withLo(u + v, 0);
            double pL = v - (pH - u);
            double zH = CP_H * pH;
            double zL = CP_L * pH + pL * CP + DP_L[k];
            // log2(ax) = (ss + ...)·2/(3·ln 2) = n + dp_h + z_h + z_l
            double t = n;
            t1 = withLo(((zH + zL) + DP_H[k]) + t, 0);
            t2 = zL - (((t1 - t) - DP_H[k]) - zH);
        }

        // (y1 + y2)·(t1 + t2) with y1 the high part of y
        double y1 = withLo(y, 0);
        double pL = (y - y1) * t1 + y * t2;
        double pH = y1 * t1;
        double z = pL + pH;
        int j = hi(z);
        int i = lo(z);
        if (j >= 0x40900000) { // z >= 1024
            if (((j - 0x40900000) | i) != 0) {
                return s * HUGE * HUGE;
            }
            if (pL + OVT > z - pH) {
                return s * HUGE * HUGE;
            }
        } else if ((j & 0x7fffffff) >= 0x4090cc00) { // z <= -1075
            if (((j - 0xc090cc00) | i) != 0) {
                return s * TINY * TINY;
            }
            if (pL <= z - pH) {
                return s * TINY * TINY;
            }
        }

        // 2^(pH + pL) = 2^n · 2^r with n = [z + 0.5]
        i = j & 0x7fffffff;
        int k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe00000) { // |z| > 0.5
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff;
            double t = fromWords(n & ~(0x000fffff >> k), 0);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0) {
                n = -n;
            }
            pH -= t;
        }
        double t = withLo(pL + pH, 0);
        double u = t * LG2_H;
        double v = (pL - (t - pH)) * LG2 + t * LG2_L;
        z = u + v;
        double w = v - (z - u);
        t = z * z;
        t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        double r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = hi(z);
        j += n << 20;
        if ((j >> 20) <= 0) {
            z = scalbn(z, n); // subnormal result
        } else {
            z = withHi(z, hi(z) + (n << 20));
        }
        return s * z;
    }
}
