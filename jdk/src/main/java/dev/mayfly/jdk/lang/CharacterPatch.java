package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;

/**
 * java.lang.Character's {@code getNumericValue} with the Unicode numeric values the compiler's
 * class library lacks: decimal digits of every script and Latin letters (through
 * {@link Character#digit(int, int)} in radix 36), Roman numerals, superscripts and subscripts,
 * circled numbers; fractions and other non-integral values give -2 as in the JDK.
 */
@PatchFor("java.lang.Character")
public final class CharacterPatch {
    private static final int[] ROMAN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 50, 100, 500, 1000};

    private CharacterPatch() {
    }

    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    public static int getNumericValue(int cp) {
        int d = letterOrDigit(cp);
        if (d >= 0) {
            return d;
        }
        if (cp >= 0x2160 && cp <= 0x217F) {
            return ROMAN[(cp - 0x2160) & 0xF];
        }
        switch (cp) {
            case 0x2180: return 1000;
            case 0x2181: return 5000;
            case 0x2182: return 10000;
            case 0x2185: return 6;
            case 0x2186: return 50;
            case 0x2187: return 50000;
            case 0x2188: return 100000;
            case 0x2189: return 0;
            case 0x00B2: return 2;
            case 0x00B3: return 3;
            case 0x00B9: return 1;
            case 0x2070: return 0;
            case 0x00BC: case 0x00BD: case 0x00BE: return -2;
            default: break;
        }
        if (cp >= 0x2074 && cp <= 0x2079) {
            return cp - 0x2070;
        }
        if (cp >= 0x2080 && cp <= 0x2089) {
            return cp - 0x2080;
        }
        if (cp >= 0x2460 && cp <= 0x2473) {
            return cp - 0x2460 + 1;
        }
        if (cp >= 0x2474 && cp <= 0x2487) {
            return cp - 0x2474 + 1;
        }
        if (cp >= 0x2488 && cp <= 0x249B) {
            return cp - 0x2488 + 1;
        }
        if (cp >= 0x2150 && cp <= 0x215F) {
            return cp == 0x215F ? 1 : -2;
        }
        return -1;
    }

    /**
     * The value of a Latin letter (a/A = 10 ... z/Z = 35, also fullwidth) or of a decimal digit of any
     * script: Unicode's decimal digits come in runs of ten from zero, so the value is the distance
     * from the start of the run, modulo ten. (Not through Character.digit, which the compiler's
     * class library builds on getNumericValue.)
     */
    private static int letterOrDigit(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        if (cp >= 'a' && cp <= 'z') {
            return cp - 'a' + 10;
        }
        if (cp >= 'A' && cp <= 'Z') {
            return cp - 'A' + 10;
        }
        if (cp >= 0xFF21 && cp <= 0xFF3A) {
            return cp - 0xFF21 + 10;
        }
        if (cp >= 0xFF41 && cp <= 0xFF5A) {
            return cp - 0xFF41 + 10;
        }
        if (cp < 0x80 || Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
            return -1;
        }
        int start = cp;
        while (Character.getType(start - 1) == Character.DECIMAL_DIGIT_NUMBER) {
            start--;
        }
        return (cp - start) % 10;
    }
}
