package dev.mayfly.jdk.lang;

import static dev.mayfly.jdk.lang.FdlibmWords.fromWords;
import static dev.mayfly.jdk.lang.FdlibmWords.hi;
import static dev.mayfly.jdk.lang.FdlibmWords.lo;
import static dev.mayfly.jdk.lang.FdlibmWords.scalbn;
import static dev.mayfly.jdk.lang.FdlibmWords.withLo;

/**
 * fdlibm 5.3's sine, cosine and tangent (s_sin.c, s_cos.c, s_tan.c), which {@link StrictMath}
 * must reproduce bit for bit: the argument is reduced modulo π/2 to {@code y0 + y1} with |y0+y1|
 * <= π/4 (e_rem_pio2.c, with k_rem_pio2.c's multi-precision reduction against 1584 bits of 2/π for
 * huge arguments), then the kernel polynomials of k_sin.c, k_cos.c and k_tan.c evaluate the
 * reduced argument, chosen by the quadrant {@code n mod 4}.
 */
final class FdlibmTrig {
    private FdlibmTrig() {
    }

    private static final int SIN = 0;
    private static final int COS = 1;
    private static final int TAN = 2;

    /** {@link StrictMath#sin(double)}: s_sin.c. */
    static double sin(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            return kernelSin(x, 0.0, 0);
        }
        if (ix >= 0x7ff00000) {
            return x - x;
        }
        return reduceThen(SIN, x);
    }

    /** {@link StrictMath#cos(double)}: s_cos.c. */
    static double cos(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            return kernelCos(x, 0.0);
        }
        if (ix >= 0x7ff00000) {
            return x - x;
        }
        return reduceThen(COS, x);
    }

    /** {@link StrictMath#tan(double)}: s_tan.c. */
    static double tan(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            return kernelTan(x, 0.0, 1);
        }
        if (ix >= 0x7ff00000) {
            return x - x;
        }
        return reduceThen(TAN, x);
    }

    /**
     * The kernels s_sin.c, s_cos.c and s_tan.c apply to the reduced argument {@code y0 + y1 =
     * x - n·π/2}: sin is sin, cos, -sin, -cos of it in quadrants 0..3, cos is cos, -sin, -cos, sin,
     * and tan is tan for an even n and -1/tan for an odd one.
     */
    private static double inQuadrant(int function, int n, double y0, double y1) {
        if (function == TAN) {
            return kernelTan(y0, y1, 1 - ((n & 1) << 1));
        }
        return switch ((n + function) & 3) { // cos(y) in quadrant n is sin(y) in quadrant n+1
            case 0 -> kernelSin(y0, y1, 1);
            case 1 -> kernelCos(y0, y1);
            case 2 -> -kernelSin(y0, y1, 1);
            default -> -kernelCos(y0, y1);
        };
    }

    // ------------------------------------------------------------------ e_rem_pio2.c

    private static final double TWO24 = 0x1p24;
    private static final double TWON24 = 0x1p-24;
    private static final double INVPIO2 = 0x1.45f306dc9c883p-1; // 0x3FE45F30 6DC9C883: 2/π
    private static final double PIO2_1 = 0x1.921fb54400000p0; // 0x3FF921FB 54400000: first 33 bits of π/2
    private static final double PIO2_1T = 0x1.0b4611a626331p-34; // 0x3DD0B461 1A626331: π/2 - PIO2_1
    private static final double PIO2_2 = 0x1.0b4611a600000p-34; // 0x3DD0B461 1A600000: second 33 bits of π/2
    private static final double PIO2_2T = 0x1.3198a2e037073p-69; // 0x3BA3198A 2E037073: π/2 - (PIO2_1 + PIO2_2)
    private static final double PIO2_3 = 0x1.3198a2e000000p-69; // 0x3BA3198A 2E000000: third 33 bits of π/2
    private static final double PIO2_3T = 0x1.b839a252049c1p-104; // 0x397B839A 252049C1: π/2 - (PIO2_1 + PIO2_2 + PIO2_3)

    /** The high words of n·π/2 for n = 1..32: where the quick reduction may cancel too many bits. */
    private static final int[] NPIO2_HW = {
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
        0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
        0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
        0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
    };

    /** 2/π in 24-bit chunks: 2/π = Σ TWO_OVER_PI[i] · 2^(-24(i+1)). */
    private static final int[] TWO_OVER_PI = {
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62,
        0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A,
        0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
        0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
        0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
        0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
        0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
        0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
        0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
        0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
        0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
    };

    /**
     * {@code __ieee754_rem_pio2(x, y)} followed by the function's kernel in the quadrant found
     * ({@link #inQuadrant}): {@code x - n·π/2 = y0 + y1} (the C code's {@code y[0]}, {@code y[1]},
     * kept in locals here so that the common case allocates nothing). Up to 3π/4 one subtraction of
     * a 33+53-bit π/2; up to 2^19·π/2 Cody and Waite's reduction with 33-bit pieces of π/2, a second
     * or third piece only when the first cancels too many bits; beyond that x is cut into 24-bit
     * pieces for {@link #kernelRemPio2}. For finite x with |x| > π/4.
     */
    private static double reduceThen(int function, double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x4002d97c) {
            if (hx > 0) {
                double z = x - PIO2_1;
                if (ix != 0x3ff921fb) {
                    double y0 = z - PIO2_1T;
                    return inQuadrant(function, 1, y0, (z - y0) - PIO2_1T);
                }
                z -= PIO2_2;
                double y0 = z - PIO2_2T;
                return inQuadrant(function, 1, y0, (z - y0) - PIO2_2T);
            }
            double z = x + PIO2_1;
            if (ix != 0x3ff921fb) {
                double y0 = z + PIO2_1T;
                return inQuadrant(function, -1, y0, (z - y0) + PIO2_1T);
            }
            z += PIO2_2;
            double y0 = z + PIO2_2T;
            return inQuadrant(function, -1, y0, (z - y0) + PIO2_2T);
        }
        if (ix <= 0x413921fb) {
            double t = Math.abs(x);
            int n = (int) (t * INVPIO2 + 0.5);
            double fn = n;
            double r = t - fn * PIO2_1;
            double w = fn * PIO2_1T;
            double y0 = r - w;
            if (n >= 32 || ix == NPIO2_HW[n - 1]) {
                int j = ix >> 20;
                int i = j - ((hi(y0) >> 20) & 0x7ff);
                if (i > 16) {
                    t = r;
                    w = fn * PIO2_2;
                    r = t - w;
                    w = fn * PIO2_2T - ((t - r) - w);
                    y0 = r - w;
                    i = j - ((hi(y0) >> 20) & 0x7ff);
                    if (i > 49) {
                        t = r;
                        w = fn * PIO2_3;
                        r = t - w;
                        w = fn * PIO2_3T - ((t - r) - w);
                        y0 = r - w;
                    }
                }
            }
            double y1 = (r - y0) - w;
            return hx < 0 ? inQuadrant(function, -n, -y0, -y1) : inQuadrant(function, n, y0, y1);
        }
        // z = |x| scaled by 2^-e0 into [2^23, 2^24), cut into three 24-bit integers
        int e0 = (ix >> 20) - 1046;
        double z = fromWords(ix - (e0 << 20), lo(x));
        double[] tx = new double[3];
        for (int i = 0; i < 2; i++) {
            tx[i] = (int) z;
            z = (z - tx[i]) * TWO24;
        }
        tx[2] = z;
        int nx = 3;
        while (tx[nx - 1] == 0.0) {
            nx--;
        }
        double[] y = new double[2];
        int n = kernelRemPio2(tx, y, e0, nx);
        return hx < 0 ? inQuadrant(function, -n, -y[0], -y[1]) : inQuadrant(function, n, y[0], y[1]);
    }

    // ------------------------------------------------------------------ k_rem_pio2.c

    /** π/2 in 24-bit chunks (each a double holding 24 significant bits). */
    private static final double[] PIO2 = {
        0x1.921fb40000000p0, 0x1.4442d00000000p-24,
        0x1.8469880000000p-48, 0x1.8cc5160000000p-72,
        0x1.01b8380000000p-96, 0x1.a252040000000p-120,
        0x1.3822280000000p-145, 0x1.9f31d00000000p-169,
    };

    /**
     * {@code __kernel_rem_pio2(x, y, e0, nx, prec = 2, ipio2 = two_over_pi)}: multiplies the
     * argument {@code Σ x[i]·2^(e0-24i)} by enough 24-bit chunks of 2/π that the integer part
     * (mod 8) and 53+ bits of the fraction are exact, taking more chunks while the fraction's leading
     * chunks are all zero, then multiplies the fraction back by π/2 into {@code y[0] + y[1]}.
     * Returns the quadrant count mod 8.
     */
    private static int kernelRemPio2(double[] x, double[] y, int e0, int nx) {
        final int jk = 4; // init_jk[prec] for prec = 2 (double precision)
        final int jp = jk;
        int[] iq = new int[20];
        double[] f = new double[20];
        double[] fq = new double[20];
        double[] q = new double[20];

        int jx = nx - 1;
        int jv = (e0 - 3) / 24;
        if (jv < 0) {
            jv = 0;
        }
        int q0 = e0 - 24 * (jv + 1);

        // f[0..jx+jk] = TWO_OVER_PI[jv-jx .. jv+jk]
        int j = jv - jx;
        int m = jx + jk;
        for (int i = 0; i <= m; i++, j++) {
            f[i] = j < 0 ? 0.0 : (double) TWO_OVER_PI[j];
        }
        for (int i = 0; i <= jk; i++) {
            double fw = 0.0;
            for (j = 0; j <= jx; j++) {
                fw += x[j] * f[jx + i - j];
            }
            q[i] = fw;
        }

        int jz = jk;
        int n;
        int ih;
        double z;
        while (true) {
            // distill q[] into iq[] reversingly
            int i = 0;
            j = jz;
            z = q[jz];
            for (; j > 0; i++, j--) {
                double fw = (int) (TWON24 * z);
                iq[i] = (int) (z - TWO24 * fw);
                z = q[j - 1] + fw;
            }

            z = scalbn(z, q0);
            z -= 8.0 * Math.floor(z * 0.125);
            n = (int) z;
            z -= n;
            ih = 0;
            if (q0 > 0) {
                i = iq[jz - 1] >> (24 - q0);
                n += i;
                iq[jz - 1] -= i << (24 - q0);
                ih = iq[jz - 1] >> (23 - q0);
            } else if (q0 == 0) {
                ih = iq[jz - 1] >> 23;
            } else if (z >= 0.5) {
                ih = 2;
            }

            if (ih > 0) { // the fraction is above 1/2: take 1 - fraction and one more quadrant
                n += 1;
                int carry = 0;
                for (i = 0; i < jz; i++) {
                    j = iq[i];
                    if (carry == 0) {
                        if (j != 0) {
                            carry = 1;
                            iq[i] = 0x1000000 - j;
                        }
                    } else {
                        iq[i] = 0xffffff - j;
                    }
                }
                if (q0 == 1) {
                    iq[jz - 1] &= 0x7fffff;
                } else if (q0 == 2) {
                    iq[jz - 1] &= 0x3fffff;
                }
                if (ih == 2) {
                    z = 1.0 - z;
                    if (carry != 0) {
                        z -= scalbn(1.0, q0);
                    }
                }
            }

            // recompute with more chunks of 2/π if the fraction's leading chunks cancelled
            if (z == 0.0) {
                j = 0;
                for (i = jz - 1; i >= jk; i--) {
                    j |= iq[i];
                }
                if (j == 0) {
                    int k = 1;
                    while (iq[jk - k] == 0) {
                        k++;
                    }
                    for (i = jz + 1; i <= jz + k; i++) {
                        f[jx + i] = TWO_OVER_PI[jv + i];
                        double fw = 0.0;
                        for (j = 0; j <= jx; j++) {
                            fw += x[j] * f[jx + i - j];
                        }
                        q[i] = fw;
                    }
                    jz += k;
                    continue;
                }
            }
            break;
        }

        // chop off zero terms
        if (z == 0.0) {
            jz -= 1;
            q0 -= 24;
            while (iq[jz] == 0) {
                jz--;
                q0 -= 24;
            }
        } else { // break z into 24-bit pieces if necessary
            z = scalbn(z, -q0);
            if (z >= TWO24) {
                double fw = (int) (TWON24 * z);
                iq[jz] = (int) (z - TWO24 * fw);
                jz += 1;
                q0 += 24;
                iq[jz] = (int) fw;
            } else {
                iq[jz] = (int) z;
            }
        }

        // convert the integer chunks to floating-point values
        double fw = scalbn(1.0, q0);
        for (int i = jz; i >= 0; i--) {
            q[i] = fw * iq[i];
            fw *= TWON24;
        }
        // fq[jz-i] = PIO2[0..jp] · q[jz..i]
        for (int i = jz; i >= 0; i--) {
            fw = 0.0;
            for (int k = 0; k <= jp && k <= jz - i; k++) {
                fw += PIO2[k] * q[i + k];
            }
            fq[jz - i] = fw;
        }
        // compress fq[] into y[] (prec = 2)
        fw = 0.0;
        for (int i = jz; i >= 0; i--) {
            fw += fq[i];
        }
        y[0] = ih == 0 ? fw : -fw;
        fw = fq[0] - fw;
        for (int i = 1; i <= jz; i++) {
            fw += fq[i];
        }
        y[1] = ih == 0 ? fw : -fw;
        return n & 7;
    }

    // ------------------------------------------------------------------ k_sin.c, k_cos.c, k_tan.c

    private static final double S1 = -0x1.5555555555549p-3; // 0xBFC55555 55555549
    private static final double S2 = 0x1.111111110f8a6p-7; // 0x3F811111 1110F8A6
    private static final double S3 = -0x1.a01a019c161d5p-13; // 0xBF2A01A0 19C161D5
    private static final double S4 = 0x1.71de357b1fe7dp-19; // 0x3EC71DE3 57B1FE7D
    private static final double S5 = -0x1.ae5e68a2b9cebp-26; // 0xBE5AE5E6 8A2B9CEB
    private static final double S6 = 0x1.5d93a5acfd57cp-33; // 0x3DE5D93A 5ACFD57C

    /**
     * {@code __kernel_sin(x, y, iy)}: sin(x+y) for |x+y| <= π/4, y the tail of x (used when iy is
     * 1): {@code x + x^3·(S1 + x^2·R(x^2))} with a degree-13 minimax polynomial.
     */
    static double kernelSin(double x, double y, int iy) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000) { // |x| < 2^-27
            if ((int) x == 0) {
                return x;
            }
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (iy == 0) {
            return x + v * (S1 + z * r);
        }
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    private static final double C1 = 0x1.555555555554cp-5; // 0x3FA55555 5555554C
    private static final double C2 = -0x1.6c16c16c15177p-10; // 0xBF56C16C 16C15177
    private static final double C3 = 0x1.a01a019cb1590p-16; // 0x3EFA01A0 19CB1590
    private static final double C4 = -0x1.27e4f809c52adp-22; // 0xBE927E4F 809C52AD
    private static final double C5 = 0x1.1ee9ebdb4b1c4p-29; // 0x3E21EE9E BDB4B1C4
    private static final double C6 = -0x1.8fae9be8838d4p-37; // 0xBDA8FAE9 BE8838D4

    /**
     * {@code __kernel_cos(x, y)}: cos(x+y) for |x+y| <= π/4, {@code 1 - x^2/2 + x^4·R(x^2)}; for
     * |x| >= 0.3 the subtraction is split around {@code qx ≈ x^2/4} to keep it exact.
     */
    static double kernelCos(double x, double y) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000) { // |x| < 2^-27
            if ((int) x == 0) {
                return 1.0;
            }
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3FD33333) { // |x| < 0.3
            return 1.0 - (0.5 * z - (z * r - x * y));
        }
        double qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0);
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    private static final double[] T = {
        0x1.5555555555563p-2, 0x1.111111110fe7ap-3, 0x1.ba1ba1bb341fep-5,
        0x1.664f48406d637p-6, 0x1.226e3e96e8493p-7, 0x1.d6d22c9560328p-9,
        0x1.7dbc8fee08315p-10, 0x1.344d8f2f26501p-11, 0x1.026f71a8d1068p-12,
        0x1.47e88a03792a6p-14, 0x1.2b80f32f0a7e9p-14, -0x1.375cbdb605373p-16,
        0x1.b2a7074bf7ad4p-16,
    };
    private static final double PIO4 = 0x1.921fb54442d18p-1; // 0x3FE921FB 54442D18
    private static final double PIO4LO = 0x1.1a62633145c07p-55; // 0x3C81A626 33145C07

    /**
     * {@code __kernel_tan(x, y, iy)}: tan(x+y) for |x+y| <= π/4 when iy is 1, -1/tan(x+y) when iy
     * is -1. An odd polynomial of degree 27; from |x| >= 0.6744 on, tan(π/4 - x) instead, and -1/w
     * computed with a split of w so that the quotient keeps its accuracy.
     */
    static double kernelTan(double x, double y, int iy) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x3e300000) { // |x| < 2^-28
            if ((int) x == 0) {
                if (((ix | lo(x)) | (iy + 1)) == 0) {
                    return 1.0 / Math.abs(x);
                }
                if (iy == 1) {
                    return x;
                }
                double w = x + y;
                double z = withLo(w, 0);
                double v = y - (z - x);
                double a = -1.0 / w;
                double t = withLo(a, 0);
                double s = 1.0 + t * z;
                return t + a * (s + t * v);
            }
        }
        if (ix >= 0x3FE59428) { // |x| >= 0.6744
            if (hx < 0) {
                x = -x;
                y = -y;
            }
            double z = PIO4 - x;
            double w = PIO4LO - y;
            x = z + w;
            y = 0.0;
        }
        double z = x * x;
        double w = z * z;
        // x^5·(T1 + x^4·T3 + ... + x^20·T11) + x^5·(x^2·(T2 + x^4·T4 + ... + x^22·T12))
        double r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
        double v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
        double s = z * x;
        r = y + z * (s * (r + v) + y);
        r += T[0] * s;
        w = x + r;
        if (ix >= 0x3FE59428) {
            v = iy;
            return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
        }
        if (iy == 1) {
            return w;
        }
        // -1/(x+r) accurately: z+v = x+r with z's low word cleared, t the same split of a = -1/w
        z = withLo(w, 0);
        v = r - (z - x);
        double a = -1.0 / w;
        double t = withLo(a, 0);
        s = 1.0 + t * z;
        return t + a * (s + t * v);
    }
}
