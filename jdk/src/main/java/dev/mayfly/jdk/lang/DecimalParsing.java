package dev.mayfly.jdk.lang;

import java.math.BigInteger;

/**
 * {@link Double#parseDouble} and {@link Float#parseFloat} as the JDK specifies them: the grammar of
 * {@link Double#valueOf(String)} (decimal or hexadecimal significand, optional exponent and
 * {@code f/F/d/D} suffix, surrounding characters up to {@code ' '} ignored, "NaN" and "Infinity"),
 * and the result correctly rounded — the exact decimal value is rounded once, half to even, to the
 * target format, computed with integers.
 */
public final class DecimalParsing {
    private DecimalParsing() {
    }

    public static double parseDouble(String s) {
        return Double.longBitsToDouble(parse(s, 53, -1074, 1023));
    }

    public static float parseFloat(String s) {
        return Float.intBitsToFloat((int) parse(s, 24, -149, 127));
    }

    /** The exact value {@code num/den} rounded half-even to the format: 64-bit pattern of a double, or a float's in the low 32 bits. */
    static long round(boolean negative, BigInteger num, BigInteger den, int precision, int minQ, int maxExponent) {
        long signBit = precision == 53 ? Long.MIN_VALUE : 0x80000000L;
        if (num.signum() == 0) {
            return negative ? signBit : 0;
        }
        int q = num.bitLength() - den.bitLength() - precision;
        BigInteger[] qr;
        while (true) {
            if (q < minQ) {
                q = minQ;
            }
            qr = divide(num, den, q);
            int bits = qr[0].bitLength();
            if (bits > precision) {
                q++;
            } else if (bits < precision && q > minQ) {
                q--;
            } else {
                break;
            }
        }
        BigInteger d2 = q >= 0 ? den.shiftLeft(q) : den;
        long m = qr[0].longValue();
        int cmp = qr[1].shiftLeft(1).compareTo(d2);
        if (cmp > 0 || (cmp == 0 && (m & 1) != 0)) {
            m++;
        }
        if (m == 1L << precision) {
            m >>= 1;
            q++;
        }
        long result;
        int mantissaBits = precision - 1;
        if (q + mantissaBits > maxExponent) {
            result = (long) (2 * maxExponent + 1) << mantissaBits; // infinity
        } else if (m < 1L << mantissaBits) {
            result = m; // subnormal (q == minQ)
        } else {
            long biased = q + mantissaBits + maxExponent;
            result = (biased << mantissaBits) | (m - (1L << mantissaBits));
        }
        return negative ? result | signBit : result;
    }

    /** {num / (den·2^q)} as quotient and remainder, the remainder relative to den·2^q (or num·2^-q / den). */
    private static BigInteger[] divide(BigInteger num, BigInteger den, int q) {
        if (q >= 0) {
            return num.divideAndRemainder(den.shiftLeft(q));
        }
        return num.shiftLeft(-q).divideAndRemainder(den);
    }

    private static NumberFormatException bad(String s) {
        return new NumberFormatException("For input string: \"" + s + "\"");
    }

    private static long parse(String s, int precision, int minQ, int maxExponent) {
        if (s == null) {
            throw new NullPointerException();
        }
        String in = s.trim();
        if (in.isEmpty()) {
            throw new NumberFormatException("empty String");
        }
        int i = 0;
        int n = in.length();
        boolean negative = false;
        char c = in.charAt(0);
        if (c == '+' || c == '-') {
            negative = c == '-';
            i++;
        }
        boolean isDouble = precision == 53;
        long infinity = isDouble ? 0x7ff0000000000000L : 0x7f800000L;
        long signBit = isDouble ? Long.MIN_VALUE : 0x80000000L;
        if (in.startsWith("NaN", i) && i + 3 == n) {
            return isDouble ? 0x7ff8000000000000L : 0x7fc00000L;
        }
        if (in.startsWith("Infinity", i) && i + 8 == n) {
            return negative ? infinity | signBit : infinity;
        }
        if (i + 1 < n && in.charAt(i) == '0' && (in.charAt(i + 1) == 'x' || in.charAt(i + 1) == 'X')) {
            return parseHex(s, in, i + 2, negative, precision, minQ, maxExponent);
        }
        StringBuilder digits = new StringBuilder();
        int pointShift = 0;
        boolean seenDigit = false;
        boolean seenPoint = false;
        for (; i < n; i++) {
            c = in.charAt(i);
            if (c >= '0' && c <= '9') {
                seenDigit = true;
                if (digits.length() > 0 || c != '0') {
                    digits.append(c);
                }
                if (seenPoint) {
                    pointShift--;
                }
            } else if (c == '.' && !seenPoint) {
                seenPoint = true;
            } else {
                break;
            }
        }
        if (!seenDigit) {
            throw bad(s);
        }
        long exponent = 0;
        if (i < n && (in.charAt(i) == 'e' || in.charAt(i) == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < n && (in.charAt(i) == '+' || in.charAt(i) == '-')) {
                expNegative = in.charAt(i) == '-';
                i++;
            }
            int start = i;
            for (; i < n && in.charAt(i) >= '0' && in.charAt(i) <= '9'; i++) {
                if (exponent < 100_000_000L) {
                    exponent = exponent * 10 + (in.charAt(i) - '0');
                }
            }
            if (i == start) {
                throw bad(s);
            }
            if (expNegative) {
                exponent = -exponent;
            }
        }
        if (i < n && "fFdD".indexOf(in.charAt(i)) >= 0) {
            i++;
        }
        if (i != n) {
            throw bad(s);
        }
        if (digits.length() == 0) {
            return negative ? signBit : 0;
        }
        long e10 = exponent + pointShift;
        long magnitude = e10 + digits.length(); // value < 10^magnitude
        if (magnitude > 310) {
            return negative ? infinity | signBit : infinity;
        }
        if (magnitude < -330) {
            return negative ? signBit : 0;
        }
        BigInteger d = new BigInteger(digits.toString());
        BigInteger num = d;
        BigInteger den = BigInteger.ONE;
        if (e10 >= 0) {
            num = d.multiply(BigInteger.TEN.pow((int) e10));
        } else {
            den = BigInteger.TEN.pow((int) -e10);
        }
        return round(negative, num, den, precision, minQ, maxExponent);
    }

    private static long parseHex(String original, String in, int i, boolean negative, int precision, int minQ, int maxExponent) {
        int n = in.length();
        StringBuilder hex = new StringBuilder();
        int fractionDigits = 0;
        boolean seenPoint = false;
        boolean seenDigit = false;
        for (; i < n; i++) {
            char c = in.charAt(i);
            if (Character.digit(c, 16) >= 0 && c < 128) {
                seenDigit = true;
                hex.append(c);
                if (seenPoint) {
                    fractionDigits++;
                }
            } else if (c == '.' && !seenPoint) {
                seenPoint = true;
            } else {
                break;
            }
        }
        if (!seenDigit || i >= n || (in.charAt(i) != 'p' && in.charAt(i) != 'P')) {
            throw bad(original);
        }
        i++;
        boolean expNegative = false;
        if (i < n && (in.charAt(i) == '+' || in.charAt(i) == '-')) {
            expNegative = in.charAt(i) == '-';
            i++;
        }
        long exponent = 0;
        int start = i;
        for (; i < n && in.charAt(i) >= '0' && in.charAt(i) <= '9'; i++) {
            if (exponent < 100_000_000L) {
                exponent = exponent * 10 + (in.charAt(i) - '0');
            }
        }
        if (i == start) {
            throw bad(original);
        }
        if (i < n && "fFdD".indexOf(in.charAt(i)) >= 0) {
            i++;
        }
        if (i != n) {
            throw bad(original);
        }
        long e2 = (expNegative ? -exponent : exponent) - 4L * fractionDigits;
        BigInteger h = new BigInteger(hex.toString(), 16);
        boolean isDouble = precision == 53;
        long infinity = isDouble ? 0x7ff0000000000000L : 0x7f800000L;
        long signBit = isDouble ? Long.MIN_VALUE : 0x80000000L;
        if (h.signum() == 0) {
            return negative ? signBit : 0;
        }
        long magnitude = e2 + h.bitLength();
        if (magnitude > 1100) {
            return negative ? infinity | signBit : infinity;
        }
        if (magnitude < -1200) {
            return negative ? signBit : 0;
        }
        BigInteger num = e2 >= 0 ? h.shiftLeft((int) e2) : h;
        BigInteger den = e2 >= 0 ? BigInteger.ONE : BigInteger.ONE.shiftLeft((int) -e2);
        return round(negative, num, den, precision, minQ, maxExponent);
    }
}
