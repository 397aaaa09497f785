package dev.mayfly.jdk.java.util.regex;

/**
 * The named character classes of the pattern syntax: the predefined ones ({@code \d \s \w \h
 * \v}), POSIX ({@code \p{Lower}}), java.lang.Character ({@code \p{javaLowerCase}}), Unicode
 * general categories ({@code \p{Lu}}, {@code \p{IsL}}, {@code \p{gc=Lu}}), binary properties
 * ({@code \p{IsAlphabetic}}) and a few blocks ({@code \p{InGreek}}), as the Pattern javadoc defines
 * them. Unicode scripts are not known (the class library has no Character.UnicodeScript).
 */
final class CharClasses {
    private CharClasses() {
    }

    static CharPredicate bmp(CharPredicate p) {
        return new CharPredicate.Bmp(p);
    }

    static CharPredicate digit() {
        return bmp(AsciiChars::isDigit);
    }

    static CharPredicate word() {
        return bmp(AsciiChars::isWord);
    }

    static CharPredicate space() {
        return bmp(AsciiChars::isSpace);
    }

    /** {@code \h}: horizontal whitespace. */
    static CharPredicate horizontalSpace() {
        return bmp(ch -> ch == ' ' || ch == '\t' || ch == 0xA0 || ch == 0x1680 || ch == 0x180E
                || (ch >= 0x2000 && ch <= 0x200A) || ch == 0x202F || ch == 0x205F || ch == 0x3000);
    }

    /** {@code \v}: vertical whitespace. */
    static CharPredicate verticalSpace() {
        return bmp(ch -> (ch >= '\n' && ch <= '\r') || ch == 0x85 || ch == 0x2028 || ch == 0x2029);
    }

    private static CharPredicate category(int mask) {
        return ch -> ((mask >> Character.getType(ch)) & 1) != 0;
    }

    private static int mask(int... types) {
        int m = 0;
        for (int t : types) {
            m |= 1 << t;
        }
        return m;
    }

    private static final int LETTERS = mask(Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER,
            Character.TITLECASE_LETTER, Character.MODIFIER_LETTER, Character.OTHER_LETTER);
    private static final int CASED_LETTERS = mask(Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER,
            Character.TITLECASE_LETTER);
    private static final int MARKS = mask(Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
            Character.COMBINING_SPACING_MARK);
    private static final int NUMBERS = mask(Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
            Character.OTHER_NUMBER);
    private static final int SEPARATORS = mask(Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
            Character.PARAGRAPH_SEPARATOR);
    private static final int OTHERS = mask(Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE,
            Character.SURROGATE, Character.UNASSIGNED);
    private static final int PUNCTUATION = mask(Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
            Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
            Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION);
    private static final int SYMBOLS = mask(Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
            Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL);

    /** A general category by its one- or two-letter name, or null. */
    private static CharPredicate generalCategory(String name, boolean caseInsensitive) {
        switch (name) {
            case "Cn": return category(mask(Character.UNASSIGNED));
            case "Lu": return caseInsensitive ? category(CASED_LETTERS) : category(mask(Character.UPPERCASE_LETTER));
            case "Ll": return caseInsensitive ? category(CASED_LETTERS) : category(mask(Character.LOWERCASE_LETTER));
            case "Lt": return caseInsensitive ? category(CASED_LETTERS) : category(mask(Character.TITLECASE_LETTER));
            case "Lm": return category(mask(Character.MODIFIER_LETTER));
            case "Lo": return category(mask(Character.OTHER_LETTER));
            case "Mn": return category(mask(Character.NON_SPACING_MARK));
            case "Me": return category(mask(Character.ENCLOSING_MARK));
            case "Mc": return category(mask(Character.COMBINING_SPACING_MARK));
            case "Nd": return category(mask(Character.DECIMAL_DIGIT_NUMBER));
            case "Nl": return category(mask(Character.LETTER_NUMBER));
            case "No": return category(mask(Character.OTHER_NUMBER));
            case "Zs": return category(mask(Character.SPACE_SEPARATOR));
            case "Zl": return category(mask(Character.LINE_SEPARATOR));
            case "Zp": return category(mask(Character.PARAGRAPH_SEPARATOR));
            case "Cc": return category(mask(Character.CONTROL));
            case "Cf": return category(mask(Character.FORMAT));
            case "Co": return category(mask(Character.PRIVATE_USE));
            case "Cs": return category(mask(Character.SURROGATE));
            case "Pd": return category(mask(Character.DASH_PUNCTUATION));
            case "Ps": return category(mask(Character.START_PUNCTUATION));
            case "Pe": return category(mask(Character.END_PUNCTUATION));
            case "Pc": return category(mask(Character.CONNECTOR_PUNCTUATION));
            case "Po": return category(mask(Character.OTHER_PUNCTUATION));
            case "Sm": return category(mask(Character.MATH_SYMBOL));
            case "Sc": return category(mask(Character.CURRENCY_SYMBOL));
            case "Sk": return category(mask(Character.MODIFIER_SYMBOL));
            case "So": return category(mask(Character.OTHER_SYMBOL));
            case "Pi": return category(mask(Character.INITIAL_QUOTE_PUNCTUATION));
            case "Pf": return category(mask(Character.FINAL_QUOTE_PUNCTUATION));
            case "L": return category(LETTERS);
            case "M": return category(MARKS);
            case "N": return category(NUMBERS);
            case "Z": return category(SEPARATORS);
            case "C": return category(OTHERS);
            case "P": return category(PUNCTUATION);
            case "S": return category(SYMBOLS);
            case "LC": return category(CASED_LETTERS);
            case "LD": return category(LETTERS | mask(Character.DECIMAL_DIGIT_NUMBER));
            case "L1": return ch -> ch >= 0 && ch <= 0xFF;
            case "all": return ch -> true;
            default: return null;
        }
    }

    /** A name of {@code \p{name}} without a prefix: a category, POSIX or java.lang.Character class; or null. */
    static CharPredicate forProperty(String name, boolean caseInsensitive) {
        CharPredicate p = generalCategory(name, caseInsensitive);
        if (p != null) {
            return p;
        }
        switch (name) {
            case "ASCII": return bmp(AsciiChars::isAscii);
            case "Alnum": return bmp(AsciiChars::isAlnum);
            case "Alpha": return bmp(AsciiChars::isAlpha);
            case "Blank": return bmp(ch -> ch == ' ' || ch == '\t');
            case "Cntrl": return bmp(AsciiChars::isCntrl);
            case "Digit": return bmp(AsciiChars::isDigit);
            case "Graph": return bmp(AsciiChars::isGraph);
            case "Lower": return caseInsensitive ? bmp(AsciiChars::isAlpha) : bmp(AsciiChars::isLower);
            case "Print": return bmp(ch -> ch >= 0x20 && ch <= 0x7E);
            case "Punct": return bmp(AsciiChars::isPunct);
            case "Space": return bmp(AsciiChars::isSpace);
            case "Upper": return caseInsensitive ? bmp(AsciiChars::isAlpha) : bmp(AsciiChars::isUpper);
            case "XDigit": return bmp(AsciiChars::isHexDigit);
            case "javaLowerCase": return caseInsensitive ? CharClasses::isCased : Character::isLowerCase;
            case "javaUpperCase": return caseInsensitive ? CharClasses::isCased : Character::isUpperCase;
            case "javaAlphabetic": return Character::isAlphabetic;
            case "javaTitleCase": return caseInsensitive ? CharClasses::isCased : Character::isTitleCase;
            case "javaDigit": return Character::isDigit;
            case "javaDefined": return Character::isDefined;
            case "javaLetter": return Character::isLetter;
            case "javaLetterOrDigit": return Character::isLetterOrDigit;
            case "javaJavaIdentifierStart": return Character::isJavaIdentifierStart;
            case "javaJavaIdentifierPart": return Character::isJavaIdentifierPart;
            case "javaUnicodeIdentifierStart": return Character::isUnicodeIdentifierStart;
            case "javaUnicodeIdentifierPart": return Character::isUnicodeIdentifierPart;
            case "javaIdentifierIgnorable": return Character::isIdentifierIgnorable;
            case "javaSpaceChar": return Character::isSpaceChar;
            case "javaWhitespace": return Character::isWhitespace;
            case "javaISOControl": return Character::isISOControl;
            default: return null;
        }
    }

    private static boolean isCased(int ch) {
        return Character.isLowerCase(ch) || Character.isUpperCase(ch) || Character.isTitleCase(ch);
    }

    private static boolean isWhiteSpace(int ch) {
        return ((SEPARATORS >> Character.getType(ch)) & 1) != 0 || (ch >= 0x9 && ch <= 0xD) || ch == 0x85;
    }

    private static boolean isGraphic(int ch) {
        int notGraph = mask(Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                Character.CONTROL, Character.SURROGATE, Character.UNASSIGNED);
        return ((notGraph >> Character.getType(ch)) & 1) == 0;
    }

    private static boolean isBlank(int ch) {
        return Character.getType(ch) == Character.SPACE_SEPARATOR || ch == 0x9;
    }

    /** A binary property of {@code \p{IsName}} (name compared ignoring case), or null. */
    static CharPredicate forUnicodeProperty(String name, boolean caseInsensitive) {
        switch (name.toUpperCase()) {
            case "ALPHABETIC": return Character::isAlphabetic;
            case "ASSIGNED": return ch -> Character.getType(ch) != Character.UNASSIGNED;
            case "CONTROL": return ch -> Character.getType(ch) == Character.CONTROL;
            case "HEXDIGIT", "HEX_DIGIT": return ch -> Character.isDigit(ch) || AsciiChars.isHexDigit(ch)
                    || (ch >= 0xFF10 && ch <= 0xFF19) || (ch >= 0xFF21 && ch <= 0xFF26) || (ch >= 0xFF41 && ch <= 0xFF46);
            case "JOINCONTROL", "JOIN_CONTROL": return ch -> ch == 0x200C || ch == 0x200D;
            case "LETTER": return Character::isLetter;
            case "LOWERCASE": return caseInsensitive ? CharClasses::isCased : Character::isLowerCase;
            case "UPPERCASE": return caseInsensitive ? CharClasses::isCased : Character::isUpperCase;
            case "TITLECASE": return caseInsensitive ? CharClasses::isCased : Character::isTitleCase;
            case "NONCHARACTERCODEPOINT", "NONCHARACTER_CODE_POINT":
                return ch -> (ch & 0xFFFE) == 0xFFFE || (ch >= 0xFDD0 && ch <= 0xFDEF);
            case "PUNCTUATION": return category(PUNCTUATION);
            case "WHITESPACE", "WHITE_SPACE": return CharClasses::isWhiteSpace;
            case "DIGIT": return Character::isDigit;
            case "WORD": return ch -> Character.isAlphabetic(ch)
                    || ((mask(Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                            Character.DECIMAL_DIGIT_NUMBER, Character.CONNECTOR_PUNCTUATION) >> Character.getType(ch)) & 1) != 0
                    || ch == 0x200C || ch == 0x200D;
            case "ALNUM": return ch -> Character.isAlphabetic(ch) || Character.isDigit(ch);
            case "BLANK": return CharClasses::isBlank;
            case "GRAPH": return CharClasses::isGraphic;
            case "PRINT": return ch -> (isGraphic(ch) || isBlank(ch)) && Character.getType(ch) != Character.CONTROL;
            default: return null;
        }
    }

    /**
     * A POSIX class under UNICODE_CHARACTER_CLASS (name compared ignoring case): the Unicode
     * definitions of Unicode Technical Standard #18, as the Pattern javadoc lists them; or null.
     */
    static CharPredicate forPosixName(String name, boolean caseInsensitive) {
        switch (name.toUpperCase()) {
            case "ALPHA": return Character::isAlphabetic;
            case "LOWER": return caseInsensitive ? CharClasses::isCased : Character::isLowerCase;
            case "UPPER": return caseInsensitive ? CharClasses::isCased : Character::isUpperCase;
            case "SPACE": return CharClasses::isWhiteSpace;
            case "PUNCT": return category(PUNCTUATION);
            case "XDIGIT": return forUnicodeProperty("HEX_DIGIT", false);
            case "ALNUM": return ch -> Character.isAlphabetic(ch) || Character.isDigit(ch);
            case "CNTRL": return ch -> Character.getType(ch) == Character.CONTROL;
            case "DIGIT": return Character::isDigit;
            case "BLANK": return CharClasses::isBlank;
            case "GRAPH": return CharClasses::isGraphic;
            case "PRINT": return forUnicodeProperty("PRINT", false);
            default: return null;
        }
    }

    /** {@code \w} under UNICODE_CHARACTER_CLASS. */
    static CharPredicate unicodeWord() {
        return forUnicodeProperty("WORD", false);
    }

    /** A Unicode block of {@code \p{InName}} (a few common blocks), or null. */
    static CharPredicate forUnicodeBlock(String name) {
        String key = name.toUpperCase().replace(" ", "").replace("_", "").replace("-", "");
        int[] range = switch (key) {
            case "BASICLATIN" -> new int[] {0x0000, 0x007F};
            case "LATIN1SUPPLEMENT" -> new int[] {0x0080, 0x00FF};
            case "LATINEXTENDEDA" -> new int[] {0x0100, 0x017F};
            case "LATINEXTENDEDB" -> new int[] {0x0180, 0x024F};
            case "IPAEXTENSIONS" -> new int[] {0x0250, 0x02AF};
            case "COMBININGDIACRITICALMARKS" -> new int[] {0x0300, 0x036F};
            case "GREEK", "GREEKANDCOPTIC" -> new int[] {0x0370, 0x03FF};
            case "CYRILLIC" -> new int[] {0x0400, 0x04FF};
            case "ARMENIAN" -> new int[] {0x0530, 0x058F};
            case "HEBREW" -> new int[] {0x0590, 0x05FF};
            case "ARABIC" -> new int[] {0x0600, 0x06FF};
            case "DEVANAGARI" -> new int[] {0x0900, 0x097F};
            case "THAI" -> new int[] {0x0E00, 0x0E7F};
            case "GENERALPUNCTUATION" -> new int[] {0x2000, 0x206F};
            case "CURRENCYSYMBOLS" -> new int[] {0x20A0, 0x20CF};
            case "ARROWS" -> new int[] {0x2190, 0x21FF};
            case "MATHEMATICALOPERATORS" -> new int[] {0x2200, 0x22FF};
            case "BOXDRAWING" -> new int[] {0x2500, 0x257F};
            case "HIRAGANA" -> new int[] {0x3040, 0x309F};
            case "KATAKANA" -> new int[] {0x30A0, 0x30FF};
            case "CJKUNIFIEDIDEOGRAPHS" -> new int[] {0x4E00, 0x9FFF};
            case "HANGULSYLLABLES" -> new int[] {0xAC00, 0xD7AF};
            default -> null;
        };
        if (range == null) {
            return null;
        }
        int lo = range[0];
        int hi = range[1];
        return bmp(ch -> ch >= lo && ch <= hi);
    }
}
