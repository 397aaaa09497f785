package dev.mayfly.jdk.lang;

/**
 * String case conversion with Unicode's full case mappings where one character becomes several
 * (SpecialCasing.txt, the unconditional mappings: ß → SS, the Latin and Armenian ligatures, ŉ, ǰ,
 * ΐ, ΰ, ...), İ → i̇ when lower-casing, and Greek final sigma (Σ → ς at the end of a word), as
 * {@link String#toUpperCase(java.util.Locale)} / {@code toLowerCase} do for the root locale;
 * everything else maps code point by code point through {@link Character}.
 */
final class CaseMapping {
    private CaseMapping() {
    }

    /** Upper-case expansions: code point, then its mapping. */
    private static final String[][] UPPER = {
        {"\u00DF", "SS"}, {"\u0149", "\u02BCN"}, {"\u01F0", "J\u030C"}, {"\u0390", "\u0399\u0308\u0301"},
        {"\u03B0", "\u03A5\u0308\u0301"}, {"\u0587", "\u0535\u0552"}, {"\u1E96", "H\u0331"}, {"\u1E97", "T\u0308"},
        {"\u1E98", "W\u030A"}, {"\u1E99", "Y\u030A"}, {"\u1E9A", "A\u02BE"}, {"\u1F50", "\u03A5\u0313"},
        {"\uFB00", "FF"}, {"\uFB01", "FI"}, {"\uFB02", "FL"}, {"\uFB03", "FFI"}, {"\uFB04", "FFL"}, {"\uFB05", "ST"},
        {"\uFB06", "ST"}, {"\uFB13", "\u0544\u0546"}, {"\uFB14", "\u0544\u0535"}, {"\uFB15", "\u0544\u053B"},
        {"\uFB16", "\u054E\u0546"}, {"\uFB17", "\u0544\u053D"}, {"\u1FB3", "\u0391\u0399"}, {"\u1FC3", "\u0397\u0399"},
        {"\u1FF3", "\u03A9\u0399"}, {"\u1FB6", "\u0391\u0342"}, {"\u1FC6", "\u0397\u0342"}, {"\u1FD6", "\u0399\u0342"},
        {"\u1FE6", "\u03A5\u0342"}, {"\u1FF6", "\u03A9\u0342"}, {"\u1FE4", "\u03A1\u0313"},
    };

    static String toUpperCase(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String expansion = cp < 0x80 ? null : upperExpansion(cp);
            int mapped = expansion == null ? Character.toUpperCase(cp) : -1;
            if (sb == null && (expansion != null || mapped != cp)) {
                sb = new StringBuilder(s.length() + 8);
                sb.append(s, 0, i);
            }
            if (sb != null) {
                if (expansion != null) {
                    sb.append(expansion);
                } else {
                    sb.appendCodePoint(mapped);
                }
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    private static String upperExpansion(int cp) {
        for (String[] m : UPPER) {
            if (m[0].codePointAt(0) == cp) {
                return m[1];
            }
        }
        return null;
    }

    static String toLowerCase(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String expansion = null;
            int mapped;
            if (cp == 0x0130) {
                expansion = "i\u0307";
                mapped = -1;
            } else if (cp == 0x03A3) {
                mapped = isFinalSigma(s, i) ? 0x03C2 : 0x03C3;
            } else {
                mapped = Character.toLowerCase(cp);
            }
            if (sb == null && (expansion != null || mapped != cp)) {
                sb = new StringBuilder(s.length() + 8);
                sb.append(s, 0, i);
            }
            if (sb != null) {
                if (expansion != null) {
                    sb.append(expansion);
                } else {
                    sb.appendCodePoint(mapped);
                }
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    /** Unicode's Final_Sigma condition: a cased letter before (skipping case-ignorables), none after. */
    private static boolean isFinalSigma(String s, int index) {
        int i = index;
        boolean casedBefore = false;
        while (i > 0) {
            int cp = s.codePointBefore(i);
            i -= Character.charCount(cp);
            if (isCaseIgnorable(cp)) {
                continue;
            }
            casedBefore = isCased(cp);
            break;
        }
        if (!casedBefore) {
            return false;
        }
        i = index + 1;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isCaseIgnorable(cp)) {
                continue;
            }
            return !isCased(cp);
        }
        return true;
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    private static boolean isCaseIgnorable(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.MODIFIER_LETTER || type == Character.MODIFIER_SYMBOL || cp == '\'' || cp == 0x2019
                || cp == '.' || cp == ':' || cp == 0x00B7;
    }
}
