package dev.mayfly.jdk.lang;

import static dev.mayfly.jdk.lang.FdlibmWords.fromWords;
import static dev.mayfly.jdk.lang.FdlibmWords.hi;
import static dev.mayfly.jdk.lang.FdlibmWords.lo;
import static dev.mayfly.jdk.lang.FdlibmWords.withHi;

/**
 * fdlibm 5.3's e_hypot.c, which {@link StrictMath#hypot(double, double)} must reproduce bit for
 * bit (and HotSpot's {@link Math#hypot(double, double)} gives the same): sqrt(x²+y²) without
 * undue overflow or underflow, to within one ulp.
 */
final class FdlibmHypot {
    private FdlibmHypot() {
    }

    /**
     * {@code __ieee754_hypot(x, y)}: with a = max(|x|, |y|) and b the other, a + b when a/b > 2^60;
     * otherwise both are scaled by 2^∓600 (or 2^1022 for a subnormal b) into a safe range and the
     * sum of squares is formed exactly enough by splitting a (or 2a and b) into 21-bit high parts:
     * {@code sqrt(a² + b²)} as {@code sqrt(t1² - (b·(-b) - t2·(a+t1)))} when a - b > b, else
     * {@code sqrt(t1·y1 - (w·(-w) - (t1·y2 + t2·b)))} with w = a - b.
     */
    static double hypot(double x, double y) {
        int ha = hi(x) & 0x7fffffff;
        int hb = hi(y) & 0x7fffffff;
        double a;
        double b;
        if (hb > ha) {
            a = y;
            b = x;
            int j = ha;
            ha = hb;
            hb = j;
        } else {
            a = x;
            b = y;
        }
        a = withHi(a, ha); // |a|
        b = withHi(b, hb); // |b|
        if (ha - hb > 0x3c00000) { // a/b > 2^60
            return a + b;
        }
        int k = 0;
        if (ha > 0x5f300000) { // a > 2^500
            if (ha >= 0x7ff00000) { // Inf or NaN: an infinity wins over a NaN
                double w = a + b;
                if (((ha & 0xfffff) | lo(a)) == 0) {
                    w = a;
                }
                if (((hb ^ 0x7ff00000) | lo(b)) == 0) {
                    w = b;
                }
                return w;
            }
            ha -= 0x25800000; // scale both by 2^-600
            hb -= 0x25800000;
            k += 600;
            a = withHi(a, ha);
            b = withHi(b, hb);
        }
        if (hb < 0x20b00000) { // b < 2^-500
            if (hb <= 0x000fffff) { // subnormal b or 0
                if ((hb | lo(b)) == 0) {
                    return a;
                }
                double t1 = fromWords(0x7fd00000, 0); // 2^1022
                b *= t1;
                a *= t1;
                k -= 1022;
            } else { // scale both by 2^600
                ha += 0x25800000;
                hb += 0x25800000;
                k -= 600;
                a = withHi(a, ha);
                b = withHi(b, hb);
            }
        }
        double w = a - b;
        if (w > b) {
            double t1 = fromWords(ha, 0);
            double t2 = a - t1;
            w = Math.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
        } else {
            a = a + a;
            double y1 = fromWords(hb, 0);
            double y2 = b - y1;
            double t1 = fromWords(ha + 0x00100000, 0);
            double t2 = a - t1;
            w = Math.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
        }
        if (k != 0) {
            return fromWords(0x3ff00000 + (k << 20), 0) * w;
        }
        return w;
    }
}
