package dev.mayfly.jdk.java.util.regex;

/** The zero-width nodes that test a position: {@code ^ $ \A \z \Z \b \B \G}. */
final class AnchorNodes {
    private AnchorNodes() {
    }

    static boolean isLineTerminator(int ch) {
        return ch == '\n' || ch == '\r' || (ch | 1) == '\u2029' || ch == '\u0085';
    }

    /** {@code \A}, and {@code ^} without MULTILINE: the start of the input (or region). */
    static final class Begin extends Node {
        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            int fromIndex = matcher.anchoringBounds ? matcher.from : 0;
            if (i == fromIndex && next.match(matcher, i, seq)) {
                matcher.first = i;
                matcher.groups[0] = i;
                matcher.groups[1] = matcher.last;
                return true;
            }
            return false;
        }
    }

    /** {@code \z}: the end of the input. */
    static final class End extends Node {
        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            int endIndex = matcher.anchoringBounds ? matcher.to : matcher.getTextLength();
            if (i == endIndex) {
                matcher.hitEnd = true;
                return next.match(matcher, i, seq);
            }
            return false;
        }
    }

    /** {@code ^} with MULTILINE: the start of a line, but not at the end of the input. */
    static final class Caret extends Node {
        private final boolean unixLines;

        Caret(boolean unixLines) {
            this.unixLines = unixLines;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            int startIndex = matcher.from;
            int endIndex = matcher.to;
            if (!matcher.anchoringBounds) {
                startIndex = 0;
                endIndex = matcher.getTextLength();
            }
            if (i == endIndex) {
                matcher.hitEnd = true;
                return false;
            }
            if (i > startIndex) {
                char ch = seq.charAt(i - 1);
                if (unixLines) {
                    if (ch != '\n') {
                        return false;
                    }
                } else {
                    if (!isLineTerminator(ch)) {
                        return false;
                    }
                    if (ch == '\r' && seq.charAt(i) == '\n') {
                        return false;
                    }
                }
            }
            return next.match(matcher, i, seq);
        }
    }

    /** {@code $} and {@code \Z}: the end of the input or before a final line terminator; with MULTILINE, before any. */
    static final class Dollar extends Node {
        private final boolean multiline;

        Dollar(boolean multiline) {
            this.multiline = multiline;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            int endIndex = matcher.anchoringBounds ? matcher.to : matcher.getTextLength();
            if (!multiline) {
                if (i < endIndex - 2) {
                    return false;
                }
                if (i == endIndex - 2) {
                    if (seq.charAt(i) != '\r' || seq.charAt(i + 1) != '\n') {
                        return false;
                    }
                }
            }
            if (i < endIndex) {
                char ch = seq.charAt(i);
                if (ch == '\n') {
                    if (i > 0 && seq.charAt(i - 1) == '\r') {
                        return false;
                    }
                    if (multiline) {
                        return next.match(matcher, i, seq);
                    }
                } else if (ch == '\r' || ch == '\u0085' || (ch | 1) == '\u2029') {
                    if (multiline) {
                        return next.match(matcher, i, seq);
                    }
                } else {
                    return false;
                }
            }
            matcher.hitEnd = true;
            matcher.requireEnd = true;
            return next.match(matcher, i, seq);
        }
    }

    /** {@code $} with UNIX_LINES: only {@code \n} ends a line. */
    static final class UnixDollar extends Node {
        private final boolean multiline;

        UnixDollar(boolean multiline) {
            this.multiline = multiline;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            int endIndex = matcher.anchoringBounds ? matcher.to : matcher.getTextLength();
            if (i < endIndex) {
                char ch = seq.charAt(i);
                if (ch == '\n') {
                    if (!multiline && i != endIndex - 1) {
                        return false;
                    }
                    if (multiline) {
                        return next.match(matcher, i, seq);
                    }
                } else {
                    return false;
                }
            }
            matcher.hitEnd = true;
            matcher.requireEnd = true;
            return next.match(matcher, i, seq);
        }
    }

    /** {@code \G}: where the previous match ended. */
    static final class LastMatch extends Node {
        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            if (i != matcher.oldLast) {
                return false;
            }
            return next.match(matcher, i, seq);
        }
    }

    /** {@code \b} and {@code \B}: a word boundary, or its absence (words of {@code \w}'s characters). */
    static final class Bound extends Node {
        private final boolean boundary;
        private final CharPredicate word;

        Bound(boolean boundary, boolean unicode) {
            this.boundary = boundary;
            this.word = unicode ? CharClasses.unicodeWord() : CharClasses.word();
        }

        private boolean isWord(int ch) {
            return word.is(ch);
        }

        /** Whether the non-spacing marks ending at {@code i} follow a letter or digit. */
        private static boolean hasBaseCharacter(Matcher matcher, int i, CharSequence seq) {
            int start = !matcher.transparentBounds ? matcher.from : 0;
            for (int x = i; x >= start; x--) {
                int ch = Character.codePointAt(seq, x);
                if (Character.isLetterOrDigit(ch)) {
                    return true;
                }
                if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                    continue;
                }
                return false;
            }
            return false;
        }

        private boolean isBoundary(Matcher matcher, int i, CharSequence seq) {
            int startIndex = matcher.from;
            int endIndex = matcher.to;
            if (matcher.transparentBounds) {
                startIndex = 0;
                endIndex = matcher.getTextLength();
            }
            boolean left = false;
            if (i > startIndex) {
                int ch = Character.codePointBefore(seq, i);
                left = isWord(ch) || (Character.getType(ch) == Character.NON_SPACING_MARK
                        && hasBaseCharacter(matcher, i - 1, seq));
            }
            boolean right = false;
            if (i < endIndex) {
                int ch = Character.codePointAt(seq, i);
                right = isWord(ch) || (Character.getType(ch) == Character.NON_SPACING_MARK
                        && hasBaseCharacter(matcher, i, seq));
            } else {
                matcher.hitEnd = true;
                matcher.requireEnd = true;
            }
            return left ^ right;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            return isBoundary(matcher, i, seq) == boundary && next.match(matcher, i, seq);
        }
    }
}
