package dev.mayfly.jdk.lang;

/** The integer parser behind Integer.parseInt and Long.parseLong, with the JDK's messages. */
final class NumberParsing {
    private NumberParsing() {
    }

    /** Parses {@code s} in {@code radix}; the value must lie in {@code [min, max]}. */
    static long parse(String s, int radix, long min, long max) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
        int len = s.length();
        if (len == 0) {
            throw forInput(s, radix);
        }
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first < '0') {
            if (first == '-') {
                negative = true;
            } else if (first != '+') {
                throw forInput(s, radix);
            }
            if (len == 1) {
                throw forInput(s, radix);
            }
            i = 1;
        }
        // accumulate negatively, as the JDK does, so that MIN_VALUE fits
        long limit = negative ? min : -max;
        long multmin = limit / radix;
        long result = 0;
        for (; i < len; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multmin) {
                throw forInput(s, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                throw forInput(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    static NumberFormatException forInput(String s, int radix) {
        return new NumberFormatException("For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix));
    }
}
