package dev.mayfly.jdk.lang;

/**
 * The JDK's description of a malformed regular expression, found again from the pattern: the
 * compiler's regex engine reports the position of a syntax error but not what is wrong. Knows the
 * errors that simple patterns make (java.util.regex.Pattern's wording): an unclosed group or
 * character class, a quantifier with nothing to repeat, a trailing backslash; for anything else it
 * answers null and the engine's own description stays.
 */
public final class RegexSyntaxDiagnosis {
    static final String UNCLOSED_GROUP = "Unclosed group";
    static final String UNCLOSED_CLASS = "Unclosed character class";
    static final String TRAILING_BACKSLASH = "Unescaped trailing backslash";

    private final String description;
    private final int index;

    private RegexSyntaxDiagnosis(String description, int index) {
        this.description = description;
        this.index = index;
    }

    /** What the JDK would say is wrong with {@code pattern}, or null when this does not know. */
    public static RegexSyntaxDiagnosis of(String pattern) {
        if (pattern == null) {
            return null;
        }
        int depth = 0;
        // whether the last element can take a quantifier, and whether one was just applied
        boolean repeatable = false;
        boolean quantified = false;
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 >= n) {
                        return new RegexSyntaxDiagnosis(TRAILING_BACKSLASH, n);
                    }
                    if (pattern.charAt(i + 1) == 'Q') {
                        // the JDK counts indices in its expansion of the quote: not ours to guess
                        return null;
                    }
                    i++;
                    repeatable = true;
                    quantified = false;
                }
                case '[' -> {
                    int end = classEnd(pattern, i);
                    if (end < 0) {
                        return new RegexSyntaxDiagnosis(UNCLOSED_CLASS, n - 1);
                    }
                    i = end;
                    repeatable = true;
                    quantified = false;
                }
                case '(' -> {
                    depth++;
                    if (i + 1 < n && pattern.charAt(i + 1) == '?') {
                        i = groupPrefixEnd(pattern, i + 1);
                        if (i < 0) {
                            return null;
                        }
                    }
                    repeatable = false;
                    quantified = false;
                }
                case ')' -> {
                    if (depth == 0) {
                        return null;
                    }
                    depth--;
                    repeatable = true;
                    quantified = false;
                }
                case '|' -> {
                    repeatable = false;
                    quantified = false;
                }
                case '*', '+', '?' -> {
                    if (!repeatable) {
                        return new RegexSyntaxDiagnosis("Dangling meta character '" + c + "'", i);
                    }
                    if (i + 1 < n && (pattern.charAt(i + 1) == '?' || pattern.charAt(i + 1) == '+')) {
                        i++;
                    }
                    repeatable = false;
                    quantified = true;
                }
                case '{' -> {
                    return null;
                }
                default -> {
                    repeatable = c != '^' || quantified || i > 0;
                    quantified = false;
                }
            }
        }
        if (depth > 0) {
            return new RegexSyntaxDiagnosis(UNCLOSED_GROUP, n);
        }
        return null;
    }

    /** Where the character class opened at {@code open} ends, or -1 if it does not. */
    private static int classEnd(String pattern, int open) {
        int i = open + 1;
        int n = pattern.length();
        if (i < n && pattern.charAt(i) == '^') {
            i++;
        }
        if (i < n && pattern.charAt(i) == ']') {
            i++;
        }
        for (; i < n; i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int inner = classEnd(pattern, i);
                if (inner < 0) {
                    return -1;
                }
                i = inner;
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }

    /** The last index of a group's {@code ?...} prefix ({@code ?:}, {@code ?<name>}, lookaround, flags), or -1 if unknown. */
    private static int groupPrefixEnd(String pattern, int question) {
        int i = question + 1;
        if (i >= pattern.length()) {
            return -1;
        }
        char c = pattern.charAt(i);
        if (c == ':' || c == '=' || c == '!' || c == '>') {
            return i;
        }
        if (c == '<') {
            if (i + 1 < pattern.length() && (pattern.charAt(i + 1) == '=' || pattern.charAt(i + 1) == '!')) {
                return i + 1;
            }
            int close = pattern.indexOf('>', i);
            return close;
        }
        return -1;
    }

    /** The JDK's description, e.g. "Unclosed group". */
    public String description() {
        return description;
    }

    /** The index the JDK reports with it. */
    public int index() {
        return index;
    }
}
