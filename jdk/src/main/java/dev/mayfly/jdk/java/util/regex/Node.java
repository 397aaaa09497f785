package dev.mayfly.jdk.java.util.regex;

/**
 * A node of a compiled pattern: a step that matches at an index and, on success, asks the rest of
 * the pattern ({@link #next}) to match from where it ended; a failure returns to the caller, which
 * tries its next alternative (backtracking). The plain node ends a sub-expression: it records
 * where the match ended in {@link Matcher#last} and succeeds.
 */
class Node {
    /** The node after this one; a sub-expression's last node continues to {@link #ACCEPT}. */
    Node next;

    /** The end of every sub-expression: records the end and succeeds. */
    static final Node ACCEPT = new Node(null);

    Node() {
        this.next = ACCEPT;
    }

    Node(Node next) {
        this.next = next;
    }

    /** Whether the pattern from this node on matches {@code seq} at {@code i}. */
    boolean match(Matcher matcher, int i, CharSequence seq) {
        matcher.last = i;
        matcher.groups[0] = matcher.first;
        matcher.groups[1] = i;
        return true;
    }

    /**
     * Adds this node's and the following nodes' lengths to {@code info}; answers whether the
     * nodes match a fixed-length, backtracking-free sequence (which lets a quantified group
     * iterate instead of recursing).
     */
    boolean study(TreeInfo info) {
        if (next != null) {
            return next.study(info);
        }
        return info.deterministic;
    }

    /** What a study of a sequence of nodes finds: its shortest and longest match. */
    static final class TreeInfo {
        int minLength;
        int maxLength;
        boolean maxValid;
        boolean deterministic;

        TreeInfo() {
            reset();
        }

        void reset() {
            minLength = 0;
            maxLength = 0;
            maxValid = true;
            deterministic = true;
        }
    }

    /** The end of the whole pattern: for {@link Matcher#matches} the match must reach the region's end. */
    static final class Last extends Node {
        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            if (matcher.acceptMode == Matcher.ENDANCHOR && i != matcher.to) {
                return false;
            }
            matcher.last = i;
            matcher.groups[0] = matcher.first;
            matcher.groups[1] = i;
            return true;
        }
    }

    /**
     * The root of a search: tries the pattern at each index from the start on, up to the last one
     * that leaves room for the pattern's shortest match; stepping over whole surrogate pairs only
     * when the pattern holds supplementary characters (or a complemented property), as the JDK.
     */
    static final class Start extends Node {
        private final int minLength;
        private final boolean supplementary;

        Start(Node next, boolean supplementary) {
            super(next);
            TreeInfo info = new TreeInfo();
            next.study(info);
            this.minLength = info.minLength;
            this.supplementary = supplementary;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            if (i > matcher.to - minLength) {
                matcher.hitEnd = true;
                return false;
            }
            int guard = matcher.to - minLength;
            while (i <= guard) {
                if (next.match(matcher, i, seq)) {
                    matcher.first = i;
                    matcher.groups[0] = matcher.first;
                    matcher.groups[1] = matcher.last;
                    return true;
                }
                if (!supplementary) {
                    i++;
                    continue;
                }
                if (i == guard) {
                    break;
                }
                if (Character.isHighSurrogate(seq.charAt(i++))) {
                    if (i < seq.length() && Character.isLowSurrogate(seq.charAt(i))) {
                        i++;
                    }
                }
            }
            matcher.hitEnd = true;
            return false;
        }
    }
}
