package dev.mayfly.jdk.lang;

import java.math.BigInteger;

/**
 * The decimal that {@link Double#toString(double)} and {@link Float#toString(float)} print since
 * JDK 19: among the decimals that round to the binary value (IEEE 754 round to nearest), the one
 * with the fewest significant digits — at least two are considered, so that {@code 4.9E-324} wins
 * over {@code 5E-324} — and among those the one closest to the value, ties to an even last digit.
 *
 * <p>Computed exactly with integers: the rounding interval of {@code v = c·2^q} is
 * {@code [v - 2^(q-1), v + 2^(q-1)]} (its lower half is {@code 2^(q-2)} when {@code c} is a power
 * of two above the smallest normal binade), closed when {@code c} is even. For {@code n} digits the
 * candidate is {@code v} rounded half-even to {@code n} significant digits (the closest
 * {@code n}-digit decimal, which lies in the interval if any {@code n}-digit decimal does); membership
 * grows with {@code n}, so the smallest {@code n} is found by bisection.
 */
public final class ShortestDecimal {
    /** The significant digits, without trailing zeros. */
    public final long digits;
    /** The number of digits in {@link #digits}. */
    public final int length;
    /** The decimal exponent of the first digit: the value is {@code 0.d1d2... × 10^(exponent+1)}, i.e. d1.d2... × 10^exponent. */
    public final int exponent;

    private ShortestDecimal(long digits, int exponent) {
        long d = digits;
        while (d != 0 && d % 10 == 0) {
            d /= 10;
        }
        this.digits = d;
        this.length = Long.toString(d).length();
        this.exponent = exponent;
    }

    /** The shortest decimal of a positive finite double. */
    public static ShortestDecimal of(double v) {
        long bits = Double.doubleToRawLongBits(v) & Long.MAX_VALUE;
        int biased = (int) (bits >>> 52);
        long fraction = bits & ((1L << 52) - 1);
        long c = biased == 0 ? fraction : fraction | (1L << 52);
        int q = biased == 0 ? -1074 : biased - 1075;
        boolean narrowBelow = fraction == 0 && biased > 1;
        return search(c, q, narrowBelow, 17);
    }

    /** The shortest decimal of a positive finite float. */
    public static ShortestDecimal of(float v) {
        int bits = Float.floatToRawIntBits(v) & Integer.MAX_VALUE;
        int biased = bits >>> 23;
        int fraction = bits & ((1 << 23) - 1);
        long c = biased == 0 ? fraction : fraction | (1 << 23);
        int q = biased == 0 ? -149 : biased - 150;
        boolean narrowBelow = fraction == 0 && biased > 1;
        return search(c, q, narrowBelow, 9);
    }

    private static ShortestDecimal search(long c, int q, boolean narrowBelow, int maxDigits) {
        Exact v = new Exact(c, q, narrowBelow);
        int lo = 2;
        int hi = maxDigits;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long[] candidate = v.round(mid);
            if (v.contains(candidate[0], (int) candidate[1])) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        long[] result = v.round(hi);
        // result = digits × 10^scale; the first digit's exponent is scale + length - 1
        int len = Long.toString(result[0]).length();
        return new ShortestDecimal(result[0], (int) result[1] + len - 1);
    }

    /** The exact value {@code c·2^q} and its rounding interval, in integers scaled by {@code 2^(q-2)}. */
    private static final class Exact {
        private final long c;
        private final int q;
        private final boolean closed;
        private final BigInteger value4;
        private final BigInteger low4;
        private final BigInteger high4;
        private final int decimalExponent;

        Exact(long c, int q, boolean narrowBelow) {
            this.c = c;
            this.q = q;
            this.closed = (c & 1) == 0;
            this.value4 = BigInteger.valueOf(c).shiftLeft(2);
            this.high4 = BigInteger.valueOf(4 * c + 2);
            this.low4 = BigInteger.valueOf(narrowBelow ? 4 * c - 1 : 4 * c - 2);
            // floor(log10(v)), estimated and then corrected exactly
            int e = (int) Math.floor((q + 63 - Long.numberOfLeadingZeros(c)) * 0.30102999566398120);
            while (compare(value4, BigInteger.ONE, e) < 0) {
                e--;
            }
            while (compare(value4, BigInteger.ONE, e + 1) >= 0) {
                e++;
            }
            this.decimalExponent = e;
        }

        /** Compares {@code x4·2^(q-2)} with {@code d·10^k}. */
        private int compare(BigInteger x4, BigInteger d, int k) {
            BigInteger left = x4;
            BigInteger right = d;
            int twos = q - 2;
            if (twos >= 0) {
                left = left.shiftLeft(twos);
            } else {
                right = right.shiftLeft(-twos);
            }
            if (k >= 0) {
                right = right.multiply(BigInteger.TEN.pow(k));
            } else {
                left = left.multiply(BigInteger.TEN.pow(-k));
            }
            return left.compareTo(right);
        }

        /** v rounded half-even to n significant digits, as {digits, scale} with value digits × 10^scale. */
        long[] round(int n) {
            int k = decimalExponent - n + 1;
            // v / 10^k = c·2^q / 10^k
            BigInteger num = BigInteger.valueOf(c);
            BigInteger den = BigInteger.ONE;
            if (q >= 0) {
                num = num.shiftLeft(q);
            } else {
                den = den.shiftLeft(-q);
            }
            if (k >= 0) {
                den = den.multiply(BigInteger.TEN.pow(k));
            } else {
                num = num.multiply(BigInteger.TEN.pow(-k));
            }
            BigInteger[] qr = num.divideAndRemainder(den);
            long d = qr[0].longValue();
            int cmp = qr[1].shiftLeft(1).compareTo(den);
            if (cmp > 0 || (cmp == 0 && (d & 1) != 0)) {
                d++;
            }
            if (d == POWERS[n]) {
                d /= 10;
                k++;
            }
            return new long[] {d, k};
        }

        boolean contains(long d, int k) {
            BigInteger dd = BigInteger.valueOf(d);
            int lowCmp = compare(low4, dd, k);
            int highCmp = compare(high4, dd, k);
            if (closed) {
                return lowCmp <= 0 && highCmp >= 0;
            }
            return lowCmp < 0 && highCmp > 0;
        }
    }

    private static final long[] POWERS = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    /** {@link Double#toString(double)} as JDK 19+ prints it. */
    public static String toString(double v) {
        if (v != v) {
            return "NaN";
        }
        if (v == Double.POSITIVE_INFINITY) {
            return "Infinity";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-Infinity";
        }
        if (v == 0) {
            return (Double.doubleToRawLongBits(v) < 0) ? "-0.0" : "0.0";
        }
        StringBuilder sb = new StringBuilder(26);
        if (v < 0) {
            sb.append('-');
        }
        of(Math.abs(v)).appendJavaFormat(sb);
        return sb.toString();
    }

    /** {@link Float#toString(float)} as JDK 19+ prints it. */
    public static String toString(float v) {
        if (v != v) {
            return "NaN";
        }
        if (v == Float.POSITIVE_INFINITY) {
            return "Infinity";
        }
        if (v == Float.NEGATIVE_INFINITY) {
            return "-Infinity";
        }
        if (v == 0) {
            return (Float.floatToRawIntBits(v) < 0) ? "-0.0" : "0.0";
        }
        StringBuilder sb = new StringBuilder(16);
        if (v < 0) {
            sb.append('-');
        }
        of(Math.abs(v)).appendJavaFormat(sb);
        return sb.toString();
    }

    /** The digits as a string, e.g. "12345". */
    public String digitString() {
        return Long.toString(digits);
    }

    /**
     * Appends the JDK's format: plain notation for {@code 10^-3 <= v < 10^7} with at least one
     * digit after the point, otherwise {@code d.dddE±n} with at least one digit after the point.
     */
    void appendJavaFormat(StringBuilder sb) {
        String ds = digitString();
        if (exponent >= -3 && exponent < 7) {
            if (exponent < 0) {
                sb.append("0.");
                for (int i = -1; i > exponent; i--) {
                    sb.append('0');
                }
                sb.append(ds);
            } else {
                int intDigits = exponent + 1;
                if (ds.length() <= intDigits) {
                    sb.append(ds);
                    for (int i = ds.length(); i < intDigits; i++) {
                        sb.append('0');
                    }
                    sb.append(".0");
                } else {
                    sb.append(ds, 0, intDigits).append('.').append(ds, intDigits, ds.length());
                }
            }
        } else {
            sb.append(ds.charAt(0)).append('.');
            if (ds.length() == 1) {
                sb.append('0');
            } else {
                sb.append(ds, 1, ds.length());
            }
            sb.append('E').append(exponent);
        }
    }
}
