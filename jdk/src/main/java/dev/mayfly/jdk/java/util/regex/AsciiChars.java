package dev.mayfly.jdk.java.util.regex;

/** ASCII character tests of the pattern syntax (the JDK's regex treats these ASCII-only). */
final class AsciiChars {
    private AsciiChars() {
    }

    static boolean isAscii(int ch) {
        return (ch & ~0x7F) == 0;
    }

    static boolean isDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isLower(int ch) {
        return ch >= 'a' && ch <= 'z';
    }

    static boolean isUpper(int ch) {
        return ch >= 'A' && ch <= 'Z';
    }

    static boolean isAlpha(int ch) {
        return isLower(ch) || isUpper(ch);
    }

    static boolean isAlnum(int ch) {
        return isAlpha(ch) || isDigit(ch);
    }

    static boolean isWord(int ch) {
        return isAlnum(ch) || ch == '_';
    }

    static boolean isHexDigit(int ch) {
        return isDigit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
    }

    static int hexValue(int ch) {
        return isDigit(ch) ? ch - '0' : (ch | 0x20) - 'a' + 10;
    }

    /** Space, tab, newline, vertical tab, form feed, carriage return. */
    static boolean isSpace(int ch) {
        return ch == ' ' || (ch >= '\t' && ch <= '\r');
    }

    static boolean isPunct(int ch) {
        return (ch >= 0x21 && ch <= 0x2F) || (ch >= 0x3A && ch <= 0x40) || (ch >= 0x5B && ch <= 0x60) || (ch >= 0x7B && ch <= 0x7E);
    }

    static boolean isGraph(int ch) {
        return ch >= 0x21 && ch <= 0x7E;
    }

    static boolean isCntrl(int ch) {
        return (ch >= 0 && ch < 0x20) || ch == 0x7F;
    }

    static int toLower(int ch) {
        return isUpper(ch) ? ch + 0x20 : ch;
    }

    static int toUpper(int ch) {
        return isLower(ch) ? ch - 0x20 : ch;
    }
}
