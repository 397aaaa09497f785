package dev.mayfly.jdk.lang;

import static dev.mayfly.jdk.lang.FdlibmWords.hi;
import static dev.mayfly.jdk.lang.FdlibmWords.lo;
import static dev.mayfly.jdk.lang.FdlibmWords.withLo;

/**
 * fdlibm 5.3's inverse trigonometric functions — e_asin.c, e_acos.c, s_atan.c and e_atan2.c —
 * which {@link StrictMath} must reproduce bit for bit (and HotSpot's {@link Math} gives the same).
 */
final class FdlibmInverseTrig {
    private FdlibmInverseTrig() {
    }

    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;
    private static final double PI = 0x1.921fb54442d18p1; // 0x400921FB 54442D18
    private static final double PI_LO = 0x1.1a62633145c07p-53; // 0x3CA1A626 33145C07: π - PI
    private static final double PIO2_HI = 0x1.921fb54442d18p0; // 0x3FF921FB 54442D18
    private static final double PIO2_LO = 0x1.1a62633145c07p-54; // 0x3C91A626 33145C07: π/2 - PIO2_HI
    private static final double PIO4_HI = 0x1.921fb54442d18p-1; // 0x3FE921FB 54442D18

    // asin(x) = x + x^3·R(x^2), R = P/Q a rational minimax approximation (e_asin.c, e_acos.c)
    private static final double PS0 = 0x1.5555555555555p-3; // 0x3FC55555 55555555
    private static final double PS1 = -0x1.4d61203eb6f7dp-2; // 0xBFD4D612 03EB6F7D
    private static final double PS2 = 0x1.9c1550e884455p-3; // 0x3FC9C155 0E884455
    private static final double PS3 = -0x1.48228b5688f3bp-5; // 0xBFA48228 B5688F3B
    private static final double PS4 = 0x1.9efe07501b288p-11; // 0x3F49EFE0 7501B288
    private static final double PS5 = 0x1.23de10dfdf709p-15; // 0x3F023DE1 0DFDF709
    private static final double QS1 = -0x1.33a271c8a2d4bp1; // 0xC0033A27 1C8A2D4B
    private static final double QS2 = 0x1.02ae59c598ac8p1; // 0x40002AE5 9C598AC8
    private static final double QS3 = -0x1.6066c1b8d0159p-1; // 0xBFE6066C 1B8D0159
    private static final double QS4 = 0x1.3b8c5b12e9282p-4; // 0x3FB3B8C5 B12E9282

    private static double numerator(double t) {
        return t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
    }

    private static double denominator(double t) {
        return 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
    }

    /**
     * {@link StrictMath#asin(double)}, e_asin.c: {@code x + x·R(x^2)} for |x| < 0.5; above,
     * {@code asin(x) = π/2 - 2·asin(sqrt((1-x)/2))}, with the square root split into a high part of
     * 32 bits and a correction for |x| <= 0.975 so that the subtraction loses nothing.
     */
    static double asin(double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x3ff00000) { // |x| >= 1
            if (((ix - 0x3ff00000) | lo(x)) == 0) {
                return x * PIO2_HI + x * PIO2_LO;
            }
            return (x - x) / (x - x);
        }
        if (ix < 0x3fe00000) { // |x| < 0.5
            if (ix < 0x3e400000) { // |x| < 2^-27
                if (HUGE + x > 1.0) {
                    return x;
                }
            }
            double t = x * x;
            double w = numerator(t) / denominator(t);
            return x + x * w;
        }
        double w = 1.0 - Math.abs(x);
        double t = w * 0.5;
        double p = numerator(t);
        double q = denominator(t);
        double s = Math.sqrt(t);
        if (ix >= 0x3FEF3333) { // |x| > 0.975
            w = p / q;
            t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
        } else {
            w = withLo(s, 0);
            double c = (t - w * w) / (s + w);
            double r = p / q;
            p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
            q = PIO4_HI - 2.0 * w;
            t = PIO4_HI - (p - q);
        }
        return hx > 0 ? t : -t;
    }

    /**
     * {@link StrictMath#acos(double)}, e_acos.c: {@code π/2 - (x + x·R(x^2))} for |x| < 0.5,
     * {@code π - 2·asin(sqrt((1+x)/2))} below -0.5 and {@code 2·asin(sqrt((1-x)/2))} above 0.5,
     * the last with the square root split as in asin.
     */
    static double acos(double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x3ff00000) { // |x| >= 1
            if (((ix - 0x3ff00000) | lo(x)) == 0) {
                return hx > 0 ? 0.0 : PI + 2.0 * PIO2_LO;
            }
            return (x - x) / (x - x);
        }
        if (ix < 0x3fe00000) { // |x| < 0.5
            if (ix <= 0x3c600000) { // |x| < 2^-57
                return PIO2_HI + PIO2_LO;
            }
            double z = x * x;
            double r = numerator(z) / denominator(z);
            return PIO2_HI - (x - (PIO2_LO - x * r));
        }
        if (hx < 0) { // x < -0.5
            double z = (1.0 + x) * 0.5;
            double p = numerator(z);
            double q = denominator(z);
            double s = Math.sqrt(z);
            double r = p / q;
            double w = r * s - PIO2_LO;
            return PI - 2.0 * (s + w);
        }
        double z = (1.0 - x) * 0.5;
        double s = Math.sqrt(z);
        double df = withLo(s, 0);
        double c = (z - df * df) / (s + df);
        double p = numerator(z);
        double q = denominator(z);
        double r = p / q;
        double w = r * s + c;
        return 2.0 * (df + w);
    }

    /** atan(0.5), atan(1), atan(1.5), atan(∞) rounded, and their tails. */
    private static final double[] ATAN_HI = {
        0x1.dac670561bb4fp-2, 0x1.921fb54442d18p-1,
        0x1.f730bd281f69bp-1, 0x1.921fb54442d18p0,
    };
    private static final double[] ATAN_LO = {
        0x1.a2b7f222f65e2p-56, 0x1.1a62633145c07p-55,
        0x1.007887af0cbbdp-56, 0x1.1a62633145c07p-54,
    };
    private static final double[] AT = {
        0x1.555555555550dp-2, -0x1.999999998ebc4p-3, 0x1.24924920083ffp-3,
        -0x1.c71c6fe231671p-4, 0x1.745cdc54c206ep-4, -0x1.3b0f2af749a6dp-4,
        0x1.10d66a0d03d51p-4, -0x1.dde2d52defd9ap-5, 0x1.97b4b24760debp-5,
        -0x1.2b4442c6a6c2fp-5, 0x1.0ad3ae322da11p-6,
    };

    /**
     * {@link StrictMath#atan(double)}, s_atan.c: |x| is reduced to [0, 7/16] by
     * {@code atan(x) = atan(c) + atan((x-c)/(1+x·c))} for c = 0.5, 1, 1.5 or ∞ (as -1/x), chosen by
     * the interval of |x|, then an odd polynomial of degree 23 split into even and odd parts.
     */
    static double atan(double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        int id;
        if (ix >= 0x44100000) { // |x| >= 2^66
            if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lo(x) != 0)) {
                return x + x;
            }
            return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
        }
        if (ix < 0x3fdc0000) { // |x| < 0.4375
            if (ix < 0x3e200000) { // |x| < 2^-29
                if (HUGE + x > 1.0) {
                    return x;
                }
            }
            id = -1;
        } else {
            x = Math.abs(x);
            if (ix < 0x3ff30000) { // |x| < 1.1875
                if (ix < 0x3fe60000) { // 7/16 <= |x| < 11/16
                    id = 0;
                    x = (2.0 * x - 1.0) / (2.0 + x);
                } else { // 11/16 <= |x| < 19/16
                    id = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            } else if (ix < 0x40038000) { // |x| < 2.4375
                id = 2;
                x = (x - 1.5) / (1.0 + 1.5 * x);
            } else { // 2.4375 <= |x| < 2^66
                id = 3;
                x = -1.0 / x;
            }
        }
        double z = x * x;
        double w = z * z;
        double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
        if (id < 0) {
            return x - x * (s1 + s2);
        }
        z = ATAN_HI[id] - ((x * (s1 + s2) - ATAN_LO[id]) - x);
        return hx < 0 ? -z : z;
    }

    /**
     * {@link StrictMath#atan2(double, double)}, e_atan2.c: the special cases of zeros, infinities and
     * NaNs by the signs {@code m = 2·sign(x) + sign(y)}, then {@code atan(|y/x|)} (or π/2 when
     * |y/x| > 2^60, 0 when x < 0 and |y/x| < 2^-60) moved into the quadrant of (x, y) with π's tail.
     */
    static double atan2(double y, double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        int lx = lo(x);
        int hy = hi(y);
        int iy = hy & 0x7fffffff;
        int ly = lo(y);
        if ((ix | ((lx | -lx) >>> 31)) > 0x7ff00000 || (iy | ((ly | -ly) >>> 31)) > 0x7ff00000) {
            return x + y; // x or y is NaN
        }
        if (((hx - 0x3ff00000) | lx) == 0) {
            return atan(y); // x = 1.0
        }
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
        if ((iy | ly) == 0) { // y = ±0
            switch (m) {
                case 0:
                case 1:
                    return y;
                case 2:
                    return PI + TINY;
                default:
                    return -PI - TINY;
            }
        }
        if ((ix | lx) == 0) { // x = ±0
            return hy < 0 ? -PIO2_HI - TINY : PIO2_HI + TINY;
        }
        if (ix == 0x7ff00000) { // x = ±∞
            if (iy == 0x7ff00000) {
                switch (m) {
                    case 0:
                        return PIO4_HI + TINY;
                    case 1:
                        return -PIO4_HI - TINY;
                    case 2:
                        return 3.0 * PIO4_HI + TINY;
                    default:
                        return -3.0 * PIO4_HI - TINY;
                }
            }
            switch (m) {
                case 0:
                    return 0.0;
                case 1:
                    return -0.0;
                case 2:
                    return PI + TINY;
                default:
                    return -PI - TINY;
            }
        }
        if (iy == 0x7ff00000) { // y = ±∞
            return hy < 0 ? -PIO2_HI - TINY : PIO2_HI + TINY;
        }
        int k = (iy - ix) >> 20;
        double z;
        if (k > 60) { // |y/x| > 2^60
            z = PIO2_HI + 0.5 * PI_LO;
        } else if (hx < 0 && k < -60) { // |y|/x < -2^60
            z = 0.0;
        } else {
            z = atan(Math.abs(y / x));
        }
        switch (m) {
            case 0:
                return z;
            case 1:
                return -z; // fdlibm flips the sign bit of z: the same as negation
            case 2:
                return PI - (z - PI_LO);
            default:
                return (z - PI_LO) - PI;
        }
    }
}
