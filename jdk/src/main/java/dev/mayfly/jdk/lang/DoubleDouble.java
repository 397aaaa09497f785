package dev.mayfly.jdk.lang;

/**
 * A double-double: the unevaluated sum hi + lo of two doubles with |lo| ≤ ulp(hi)/2, about 106
 * significant bits. The error-free transformations are Knuth's two-sum and Dekker's two-product
 * with Veltkamp's splitting (not Math.fma, which the image computes with BigDecimal); the
 * arithmetic follows Hida, Li and Bailey's "accurate" double-double algorithms, each operation
 * correct to a few units of 2^-106 relative. Rounding a value to double is {@code hi + lo}: one
 * rounding of the pair's exact sum. Valid for magnitudes below about 2^995 (the splitting
 * overflows above) and above about 2^-969 (lo goes subnormal below).
 */
final class DoubleDouble {
    static final DoubleDouble ONE = new DoubleDouble(1, 0);
    /** Veltkamp's splitter 2^27 + 1: splits a double into two halves of 26 significant bits. */
    private static final double SPLITTER = 134217729.0;

    final double hi;
    final double lo;

    DoubleDouble(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
    }

    /** The nearest double of this value. */
    double rounded() {
        return hi + lo;
    }

    /** a + b exactly, for |a| ≥ |b| or a = 0 (Dekker's fast two-sum), normalised. */
    static DoubleDouble fastTwoSum(double a, double b) {
        double s = a + b;
        return new DoubleDouble(s, b - (s - a));
    }

    /** a + b exactly (Knuth's two-sum), normalised. */
    static DoubleDouble twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new DoubleDouble(s, (a - (s - bb)) + (b - bb));
    }

    /** a · b exactly (Dekker's two-product). */
    static DoubleDouble twoProduct(double a, double b) {
        double p = a * b;
        double c = SPLITTER * a;
        double aHigh = c - (c - a);
        double aLow = a - aHigh;
        c = SPLITTER * b;
        double bHigh = c - (c - b);
        double bLow = b - bHigh;
        double err = ((aHigh * bHigh - p) + aHigh * bLow + aLow * bHigh) + aLow * bLow;
        return new DoubleDouble(p, err);
    }

    /** The low part of a · b: a · b - p for p = round(a · b), exactly. */
    static double productError(double a, double b, double p) {
        double c = SPLITTER * a;
        double aHigh = c - (c - a);
        double aLow = a - aHigh;
        c = SPLITTER * b;
        double bHigh = c - (c - b);
        double bLow = b - bHigh;
        return ((aHigh * bHigh - p) + aHigh * bLow + aLow * bHigh) + aLow * bLow;
    }

    DoubleDouble negate() {
        return new DoubleDouble(-hi, -lo);
    }

    DoubleDouble add(DoubleDouble b) {
        double s = hi + b.hi;
        double bb = s - hi;
        double e = (hi - (s - bb)) + (b.hi - bb);
        double t = lo + b.lo;
        bb = t - lo;
        double f = (lo - (t - bb)) + (b.lo - bb);
        e += t;
        double s2 = s + e;
        e = e - (s2 - s);
        e += f;
        double s3 = s2 + e;
        return new DoubleDouble(s3, e - (s3 - s2));
    }

    DoubleDouble add(double b) {
        double s = hi + b;
        double bb = s - hi;
        double e = (hi - (s - bb)) + (b - bb);
        e += lo;
        double s2 = s + e;
        return new DoubleDouble(s2, e - (s2 - s));
    }

    DoubleDouble subtract(DoubleDouble b) {
        return add(b.negate());
    }

    DoubleDouble multiply(DoubleDouble b) {
        double p = hi * b.hi;
        double e = productError(hi, b.hi, p);
        e += hi * b.lo + lo * b.hi;
        double s = p + e;
        return new DoubleDouble(s, e - (s - p));
    }

    DoubleDouble multiply(double b) {
        double p = hi * b;
        double e = productError(hi, b, p);
        e += lo * b;
        double s = p + e;
        return new DoubleDouble(s, e - (s - p));
    }

    /** This · 2^n, exact while the result stays normal. */
    DoubleDouble scale(double powerOfTwo) {
        return new DoubleDouble(hi * powerOfTwo, lo * powerOfTwo);
    }

    DoubleDouble divide(DoubleDouble b) {
        double q1 = hi / b.hi;
        DoubleDouble r = subtract(b.multiply(q1));
        double q2 = r.hi / b.hi;
        r = r.subtract(b.multiply(q2));
        double q3 = r.hi / b.hi;
        return fastTwoSum(q1, q2).add(q3);
    }

    /** a / b for doubles. */
    static DoubleDouble divide(double a, DoubleDouble b) {
        return new DoubleDouble(a, 0).divide(b);
    }

    /**
     * Horner's scheme in double-double: c[n-1]·t^(n-1) + ... + c[1]·t + c[0] where c[i] is
     * (hi[i], lo[i]), starting from the value {@code tail} of the terms above n - 1 divided by t^n.
     */
    static DoubleDouble horner(DoubleDouble t, double[] hi, double[] lo, int n, double tail) {
        // multiply and add as in multiply(DoubleDouble) and add(DoubleDouble), on locals (no allocation)
        double th = t.hi;
        double tl = t.lo;
        double c = SPLITTER * th;
        double tHigh = c - (c - th); // t's halves, split once for all the products
        double tLow = th - tHigh;
        double ph = tail;
        double pl = 0;
        for (int i = n - 1; i >= 0; i--) {
            double m = ph * th;
            c = SPLITTER * ph;
            double pHigh = c - (c - ph);
            double pLow = ph - pHigh;
            double e = (((pHigh * tHigh - m) + pHigh * tLow + pLow * tHigh) + pLow * tLow) + (ph * tl + pl * th);
            ph = m + e;
            pl = e - (ph - m);
            double ch = hi[i];
            double cl = lo[i];
            double s = ph + ch;
            double bb = s - ph;
            double err = (ph - (s - bb)) + (ch - bb);
            double u = pl + cl;
            bb = u - pl;
            double f = (pl - (u - bb)) + (cl - bb);
            err += u;
            double s2 = s + err;
            err = err - (s2 - s);
            err += f;
            ph = s2 + err;
            pl = err - (ph - s2);
        }
        return new DoubleDouble(ph, pl);
    }

    /** Horner's scheme in double: c[to-1]·t^(to-1-from) + ... + c[from], over c's high parts. */
    static double hornerDouble(double t, double[] c, int from, int to) {
        double p = 0;
        for (int i = to - 1; i >= from; i--) {
            p = p * t + c[i];
        }
        return p;
    }

    /** 2^n as a double, for -1022 ≤ n ≤ 1023. */
    static double powerOfTwo(int n) {
        return Double.longBitsToDouble((long) (n + 1023) << 52);
    }

    /**
     * The nearest double of (hi + lo) · 2^n for positive hi (a normalised pair): rounded once,
     * also where the result is subnormal, and ∞ where it overflows.
     */
    static double scaledRounded(double hi, double lo, int n) {
        int exponent = Math.getExponent(hi) + n;
        if (exponent >= -1022) {
            double s = hi + lo;
            if (n > 1000) {
                return s * powerOfTwo(n - 1000) * 0x1p1000;
            }
            if (n < -1000) {
                return s * powerOfTwo(n + 1000) * 0x1p-1000;
            }
            return s * powerOfTwo(n);
        }
        // Subnormal result: its unit is 2^-1074. h + l = value · 2^1074 < 2^52; round it to an
        // integer, ties to even, by comparing exactly (h - floor(h) - 1/2 is exact for h ≥ 1/4).
        int shift = n + 1074;
        if (Math.getExponent(hi) + shift < -3) {
            return 0.0; // below 2^-1076
        }
        // -1026 ≤ shift < 1074: scale in two steps, each exact (the values stay normal)
        double first = powerOfTwo(shift / 2);
        double second = powerOfTwo(shift - shift / 2);
        double h = hi * first * second;
        double l = lo * first * second;
        if (h < 0.25) {
            return 0.0;
        }
        long n0 = (long) h;
        double g = (h - n0) - 0.5;
        if (g > -l || (g == -l && (n0 & 1) == 1)) {
            n0++;
        }
        return Double.longBitsToDouble(n0);
    }

}
