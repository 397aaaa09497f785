package dev.mayfly.conformance.programs;

import java.nio.charset.StandardCharsets;

/**
 * Exercises char arithmetic and Unicode: Character classification and case mapping beyond ASCII,
 * surrogate pairs and code points, UTF-8/UTF-16/ISO-8859-1 encoding and decoding, digit values and
 * char/int conversions. Non-ASCII output is printed as escapes so the console encoding does not
 * matter.
 */
public class UnicodeText {

    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 32 && c < 127) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String text = "Gr\u00FC\u00DFe, \u0391\u03B8\u03AE\u03BD\u03B1! \u041F\u0440\u0438\u0432\u0435\u0442 \u65E5\u672C \uD83D\uDE80 caf\u00E9 \u0130i \u01C5";
        System.out.println("text " + esc(text));
        System.out.println("length " + text.length() + " codePoints " + text.codePointCount(0, text.length()) + " utf8 bytes "
                + text.getBytes(StandardCharsets.UTF_8).length + " utf16 bytes " + text.getBytes(StandardCharsets.UTF_16BE).length);
        System.out.println("upper " + esc(text.toUpperCase(java.util.Locale.ROOT)));
        System.out.println("lower " + esc(text.toLowerCase(java.util.Locale.ROOT)));
        StringBuilder kinds = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            char k = Character.isLetter(cp) ? (Character.isUpperCase(cp) ? 'U' : Character.isLowerCase(cp) ? 'l' : Character.isTitleCase(cp) ? 'T' : 'L')
                    : Character.isDigit(cp) ? 'd' : Character.isWhitespace(cp) ? '_' : Character.isSupplementaryCodePoint(cp) ? 'S' : '.';
            kinds.append(k);
            i += Character.charCount(cp);
        }
        System.out.println("kinds " + kinds);
        int rocket = text.codePointAt(text.indexOf('\uD83D'));
        System.out.println("rocket U+" + Integer.toHexString(rocket).toUpperCase() + " high " + Integer.toHexString(Character.highSurrogate(rocket))
                + " low " + Integer.toHexString(Character.lowSurrogate(rocket)) + " chars " + Character.toChars(rocket).length + " valid "
                + Character.isValidCodePoint(rocket) + " bmp " + Character.isBmpCodePoint(rocket) + " name-ish type " + Character.getType(rocket));
        System.out.println("reverse keeps pairs " + esc(new StringBuilder("a\uD83D\uDE80b").reverse().toString()) + " offsetByCodePoints "
                + text.offsetByCodePoints(0, 25));
        String digits = "7\u0663\u096F\uFF15";
        StringBuilder dv = new StringBuilder();
        for (char c : digits.toCharArray()) {
            dv.append(Character.digit(c, 10)).append(Character.isDigit(c) ? "d " : "? ");
        }
        System.out.println("digits " + dv + "numeric " + Character.getNumericValue('\u216B') + " " + Character.getNumericValue('z') + " forDigit "
                + Character.forDigit(11, 16) + " digit(f,16) " + Character.digit('f', 16) + " parseInt " + Integer.parseInt("\u0663\u0663"));
        char c = 'a';
        c += 2;
        c++;
        int code = c + 1;
        char fromInt = (char) (code + 0x10000);
        System.out.println("arith " + c + " " + code + " " + (int) fromInt + " " + (char) 0x41 + " " + ('z' - 'a') + " " + (char) ('a' + 25)
                + " " + Character.toUpperCase('\u00FF') + "=" + (int) Character.toUpperCase('\u00FF') + " " + (int) Character.toLowerCase('\u0130')
                + " " + Character.toTitleCase('\u01C6') + "=" + (int) Character.toTitleCase('\u01C6'));
        byte[] latin = "caf\u00E9 \u20AC".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8 = "caf\u00E9 \u20AC".getBytes(StandardCharsets.UTF_8);
        StringBuilder hex = new StringBuilder();
        for (byte b : utf8) {
            hex.append(String.format("%02x", b & 0xFF));
        }
        System.out.println("latin1 " + latin.length + " last " + (latin[latin.length - 1] & 0xFF) + " utf8 " + hex + " decoded "
                + esc(new String(utf8, StandardCharsets.UTF_8)) + " ascii " + esc(new String(utf8, StandardCharsets.US_ASCII)));
        byte[] broken = {(byte) 0x61, (byte) 0xC3, (byte) 0x28, (byte) 0xF0, (byte) 0x9F};
        System.out.println("malformed " + esc(new String(broken, StandardCharsets.UTF_8)) + " lone surrogate "
                + java.util.Arrays.toString("x\uD800y".getBytes(StandardCharsets.UTF_8)));
        System.out.println("compare " + "\u00E9".compareTo("f") + " " + "Z".compareTo("a") + " equalsIgnoreCase " + "\u00C9T\u00C9".equalsIgnoreCase("\u00E9t\u00E9")
                + " " + "\u03A3".equalsIgnoreCase("\u03C3") + " " + "STRASSE".equalsIgnoreCase("stra\u00DFe"));
        System.out.println("identifiers " + Character.isJavaIdentifierStart('$') + " " + Character.isJavaIdentifierPart('\u00E9') + " "
                + Character.isJavaIdentifierStart('1') + " " + Character.isLetterOrDigit('_') + " " + Character.isSpaceChar('\u00A0') + " "
                + Character.isWhitespace('\u00A0') + " " + Character.isISOControl('\u0085') + " " + Character.isAlphabetic('\u4E00'));
    }
}
