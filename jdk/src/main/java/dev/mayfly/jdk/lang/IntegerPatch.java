package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;

/** java.lang.Integer methods the compiler's class library lacks: the unsigned parsers (JDK 8). */
@PatchFor("java.lang.Integer")
public final class IntegerPatch {
    private IntegerPatch() {
    }

    /** {@link Integer#parseUnsignedInt(String)}. */
    public static int parseUnsignedInt(String s) {
        return parseUnsignedInt(s, 10);
    }

    /**
     * {@link Integer#parseUnsignedInt(String, int)}: an optional '+', then digits of the radix;
     * the value must fit in 32 unsigned bits.
     */
    public static int parseUnsignedInt(String s, int radix) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        if (!s.isEmpty() && s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        long value = Long.parseLong(s, radix);
        if ((value >>> 32) != 0) {
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        }
        return (int) value;
    }

    /** {@link Integer#parseInt(String)}. */
    public static int parseInt(String s) {
        return parseInt(s, 10);
    }

    /**
     * {@link Integer#parseInt(String, int)}: an optional sign, then digits of the radix in any script
     * ({@link Character#digit(char, int)}), with the JDK's NumberFormatException messages.
     */
    public static int parseInt(String s, int radix) {
        long v = NumberParsing.parse(s, radix, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return (int) v;
    }

    /** {@link Integer#valueOf(String)}. */
    public static Integer valueOf(String s) {
        return Integer.valueOf(parseInt(s, 10));
    }

    /** {@link Integer#valueOf(String, int)}. */
    public static Integer valueOf(String s, int radix) {
        return Integer.valueOf(parseInt(s, radix));
    }
}
