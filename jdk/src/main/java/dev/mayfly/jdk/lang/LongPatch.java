package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;

/** java.lang.Long methods the compiler's class library lacks: the unsigned parsers and the static {@code hashCode}. */
@PatchFor("java.lang.Long")
public final class LongPatch {
    private LongPatch() {
    }

    /** {@link Long#hashCode(long)}: the two halves XORed. */
    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    /** {@link Long#parseUnsignedLong(String)}. */
    public static long parseUnsignedLong(String s) {
        return parseUnsignedLong(s, 10);
    }

    /**
     * {@link Long#parseUnsignedLong(String, int)}: an optional '+', then digits of the radix; the
     * value must fit in 64 unsigned bits.
     */
    public static long parseUnsignedLong(String s, int radix) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " out of range");
        }
        int length = s.length();
        if (length == 0) {
            throw new NumberFormatException("For input string: \"\"" + (radix == 10 ? "" : " under radix " + radix));
        }
        char first = s.charAt(0);
        if (first == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        int i = first == '+' ? 1 : 0;
        if (i == length) {
            throw forInput(s, radix);
        }
        long value = 0;
        for (; i < length; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0) {
                throw forInput(s, radix);
            }
            // value * radix + digit must stay below 2^64 (unsigned).
            long high = Math.unsignedMultiplyHigh(value, radix);
            long product = value * radix;
            long sum = product + digit;
            if (high != 0 || Long.compareUnsigned(sum, product) < 0) {
                throw new NumberFormatException("String value " + s + " exceeds range of unsigned long.");
            }
            value = sum;
        }
        return value;
    }

    private static NumberFormatException forInput(String s, int radix) {
        return new NumberFormatException("For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix));
    }

    /** {@link Long#parseLong(String)}. */
    public static long parseLong(String s) {
        return parseLong(s, 10);
    }

    /** {@link Long#parseLong(String, int)}: as {@link Integer#parseInt(String, int)}, in 64 bits. */
    public static long parseLong(String s, int radix) {
        return NumberParsing.parse(s, radix, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** {@link Long#valueOf(String)}. */
    public static Long valueOf(String s) {
        return Long.valueOf(parseLong(s, 10));
    }

    /** {@link Long#valueOf(String, int)}. */
    public static Long valueOf(String s, int radix) {
        return Long.valueOf(parseLong(s, radix));
    }
}
