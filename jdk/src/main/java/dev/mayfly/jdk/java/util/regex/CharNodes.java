package dev.mayfly.jdk.java.util.regex;

/** The nodes that consume input: one character of a set, a back reference, a line break. */
final class CharNodes {
    private CharNodes() {
    }

    /** One code point of a set. */
    static class CharProperty extends Node {
        final CharPredicate predicate;

        CharProperty(CharPredicate predicate) {
            this.predicate = predicate;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            if (i < matcher.to) {
                int ch = Character.codePointAt(seq, i);
                i += Character.charCount(ch);
                if (i <= matcher.to) {
                    return predicate.is(ch) && next.match(matcher, i, seq);
                }
            }
            matcher.hitEnd = true;
            return false;
        }

        @Override
        boolean study(TreeInfo info) {
            info.minLength++;
            info.maxLength++;
            return next.study(info);
        }
    }

    /** One char of a set of BMP characters. */
    static final class BmpCharProperty extends CharProperty {
        BmpCharProperty(CharPredicate predicate) {
            super(predicate);
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            if (i < matcher.to) {
                return predicate.is(seq.charAt(i)) && next.match(matcher, i + 1, seq);
            }
            matcher.hitEnd = true;
            return false;
        }
    }

    /**
     * An alternation of single characters ({@code a|b}) read as one set; studied as an
     * alternation (not of fixed length), as the JDK does.
     */
    static final class MergedAlternation extends CharProperty {
        MergedAlternation(CharPredicate predicate) {
            super(predicate);
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            if (predicate.bmp()) {
                if (i < matcher.to) {
                    return predicate.is(seq.charAt(i)) && next.match(matcher, i + 1, seq);
                }
                matcher.hitEnd = true;
                return false;
            }
            return super.match(matcher, i, seq);
        }

        @Override
        boolean study(TreeInfo info) {
            info.minLength++;
            info.maxLength++;
            next.study(info);
            info.deterministic = false;
            return false;
        }
    }

    static CharProperty of(CharPredicate predicate) {
        return predicate.bmp() ? new BmpCharProperty(predicate) : new CharProperty(predicate);
    }

    /** Matches the empty string (what a quantifier with no literal before it applies to, as in {@code a{2}{3}}). */
    static final class Empty extends Node {
        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            return next.match(matcher, i, seq);
        }
    }

    /** {@code \n} or {@code \k<name>}: the text the group last matched, again (ignoring case if asked). */
    static final class BackRef extends Node {
        private final int groupIndex;
        private final boolean ignoreCase;
        private final boolean unicodeCase;

        BackRef(int groupNumber, boolean ignoreCase, boolean unicodeCase) {
            this.groupIndex = groupNumber * 2;
            this.ignoreCase = ignoreCase;
            this.unicodeCase = unicodeCase;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            if (groupIndex + 1 >= matcher.groups.length) {
                return false;
            }
            int j = matcher.groups[groupIndex];
            int k = matcher.groups[groupIndex + 1];
            if (j < 0) {
                return false;
            }
            int size = k - j;
            if (i + size > matcher.to) {
                matcher.hitEnd = true;
                return false;
            }
            if (!ignoreCase) {
                for (int n = 0; n < size; n++) {
                    if (seq.charAt(i + n) != seq.charAt(j + n)) {
                        return false;
                    }
                }
                return next.match(matcher, i + size, seq);
            }
            int x = i;
            for (int n = 0; n < size; n++) {
                int c1 = Character.codePointAt(seq, x);
                int c2 = Character.codePointAt(seq, j);
                if (c1 != c2) {
                    if (unicodeCase) {
                        int cc1 = Character.toUpperCase(c1);
                        int cc2 = Character.toUpperCase(c2);
                        if (cc1 != cc2 && Character.toLowerCase(cc1) != Character.toLowerCase(cc2)) {
                            return false;
                        }
                    } else if (AsciiChars.toLower(c1) != AsciiChars.toLower(c2)) {
                        return false;
                    }
                }
                x += Character.charCount(c1);
                j += Character.charCount(c2);
            }
            return next.match(matcher, i + size, seq);
        }

        @Override
        boolean study(TreeInfo info) {
            info.maxValid = false;
            return next.study(info);
        }
    }

    /** {@code \R}: {@code \r\n}, or one vertical whitespace character (trying {@code \r\n} first). */
    static final class LineEnding extends Node {
        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            if (i < matcher.to) {
                int ch = seq.charAt(i);
                if (ch == 0x0A || ch == 0x0B || ch == 0x0C || ch == 0x85 || ch == 0x2028 || ch == 0x2029) {
                    return next.match(matcher, i + 1, seq);
                }
                if (ch == 0x0D) {
                    i++;
                    if (i < matcher.to) {
                        if (seq.charAt(i) == 0x0A && next.match(matcher, i + 1, seq)) {
                            return true;
                        }
                    } else {
                        matcher.hitEnd = true;
                    }
                    return next.match(matcher, i, seq);
                }
            } else {
                matcher.hitEnd = true;
            }
            return false;
        }

        @Override
        boolean study(TreeInfo info) {
            info.minLength++;
            info.maxLength += 2;
            return next.study(info);
        }
    }

    /**
     * {@code \X}: a code point with the combining marks after it (none after a control), or
     * {@code \r\n}: a grapheme cluster without the Hangul, emoji and regional-indicator rules.
     */
    static final class Grapheme extends Node {
        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            if (i >= matcher.to) {
                matcher.hitEnd = true;
                return false;
            }
            int ch = Character.codePointAt(seq, i);
            int j = i + Character.charCount(ch);
            int chType = Character.getType(ch);
            if (ch == '\r' && j < matcher.to && seq.charAt(j) == '\n') {
                j++;
            } else if (chType != Character.CONTROL && chType != Character.LINE_SEPARATOR
                    && chType != Character.PARAGRAPH_SEPARATOR && (chType != Character.FORMAT || ch == 0x200D || ch == 0x200C)) {
                while (j < matcher.to) {
                    int c = Character.codePointAt(seq, j);
                    int type = Character.getType(c);
                    if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                            && type != Character.COMBINING_SPACING_MARK && c != 0x200D) {
                        break;
                    }
                    j += Character.charCount(c);
                }
            }
            return next.match(matcher, j, seq);
        }

        @Override
        boolean study(TreeInfo info) {
            info.minLength++;
            info.deterministic = false;
            return next.study(info);
        }
    }
}
