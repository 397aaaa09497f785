package dev.mayfly.jdk.java.util.regex;

/**
 * The quantifier nodes. A quantifier over a single node or a fixed-length group iterates in a loop
 * (backing off one iteration at a time), so long inputs do not deepen the stack; one over a group
 * of varying length ({@link Loop}) recurses once per iteration.
 */
final class QuantifierNodes {
    private QuantifierNodes() {
    }

    static final int GREEDY = 0;
    static final int LAZY = 1;
    static final int POSSESSIVE = 2;
    /** An atomic group {@code (?>X)}: its first match, never revisited. */
    static final int INDEPENDENT = 3;

    /** The largest repetition count: unbounded. */
    static final int MAX_REPS = Integer.MAX_VALUE;

    /** {@code X?} over a single node (or a possessive group), and the atomic group. */
    static final class Ques extends Node {
        final Node atom;
        final int type;

        Ques(Node atom, int type) {
            this.atom = atom;
            this.type = type;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            switch (type) {
                case GREEDY:
                    return (atom.match(matcher, i, seq) && next.match(matcher, matcher.last, seq))
                            || next.match(matcher, i, seq);
                case LAZY:
                    return next.match(matcher, i, seq)
                            || (atom.match(matcher, i, seq) && next.match(matcher, matcher.last, seq));
                case POSSESSIVE:
                    if (atom.match(matcher, i, seq)) {
                        i = matcher.last;
                    }
                    return next.match(matcher, i, seq);
                default:
                    return atom.match(matcher, i, seq) && next.match(matcher, matcher.last, seq);
            }
        }

        @Override
        boolean study(TreeInfo info) {
            if (type != INDEPENDENT) {
                int minL = info.minLength;
                atom.study(info);
                info.minLength = minL;
                info.deterministic = false;
                return next.study(info);
            }
            atom.study(info);
            return next.study(info);
        }
    }

    /** Adds {@code count} repetitions of a sub-expression's lengths to {@code info}. */
    static void studyRepeat(Node.TreeInfo info, Node atom, int cmin, int cmax) {
        int minL = info.minLength;
        int maxL = info.maxLength;
        boolean maxV = info.maxValid;
        boolean detm = info.deterministic;
        info.reset();
        atom.study(info);
        int temp = info.minLength * cmin + minL;
        if (temp < minL) {
            temp = 0xFFFFFFF;
        }
        info.minLength = temp;
        if (maxV & info.maxValid) {
            temp = info.maxLength * cmax;
            info.maxLength = maxL + temp;
            if (temp < maxL) {
                info.maxValid = false;
            }
        } else {
            info.maxValid = false;
        }
        if (info.deterministic && cmin == cmax) {
            info.deterministic = detm;
        } else {
            info.deterministic = false;
        }
    }

    /** {@code X*}, {@code X+}, {@code X{n,m}} over a single node (or a possessive group). */
    static final class Curly extends Node {
        final Node atom;
        final int type;
        final int cmin;
        final int cmax;

        Curly(Node atom, int cmin, int cmax, int type) {
            this.atom = atom;
            this.type = type;
            this.cmin = cmin;
            this.cmax = cmax;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            int j;
            for (j = 0; j < cmin; j++) {
                if (atom.match(matcher, i, seq)) {
                    i = matcher.last;
                    continue;
                }
                return false;
            }
            if (type == GREEDY) {
                return match0(matcher, i, j, seq);
            } else if (type == LAZY) {
                return match1(matcher, i, j, seq);
            } else {
                return match2(matcher, i, j, seq);
            }
        }

        private boolean match0(Matcher matcher, int i, int j, CharSequence seq) {
            if (j >= cmax) {
                return next.match(matcher, i, seq);
            }
            int backLimit = j;
            while (atom.match(matcher, i, seq)) {
                int k = matcher.last - i;
                if (k == 0) {
                    break;
                }
                i = matcher.last;
                j++;
                while (j < cmax) {
                    if (!atom.match(matcher, i, seq)) {
                        break;
                    }
                    if (i + k != matcher.last) {
                        if (match0(matcher, matcher.last, j + 1, seq)) {
                            return true;
                        }
                        break;
                    }
                    i += k;
                    j++;
                }
                while (j >= backLimit) {
                    if (next.match(matcher, i, seq)) {
                        return true;
                    }
                    i -= k;
                    j--;
                }
                return false;
            }
            return next.match(matcher, i, seq);
        }

        private boolean match1(Matcher matcher, int i, int j, CharSequence seq) {
            for (;;) {
                if (next.match(matcher, i, seq)) {
                    return true;
                }
                if (j >= cmax) {
                    return false;
                }
                if (!atom.match(matcher, i, seq)) {
                    return false;
                }
                if (i == matcher.last) {
                    return false;
                }
                i = matcher.last;
                j++;
            }
        }

        private boolean match2(Matcher matcher, int i, int j, CharSequence seq) {
            for (; j < cmax; j++) {
                if (!atom.match(matcher, i, seq)) {
                    break;
                }
                if (i == matcher.last) {
                    break;
                }
                i = matcher.last;
            }
            return next.match(matcher, i, seq);
        }

        @Override
        boolean study(TreeInfo info) {
            studyRepeat(info, atom, cmin, cmax);
            return next.study(info);
        }
    }

    /**
     * A greedy unbounded quantifier over one character ({@code [a-z]*}, {@code x+}): takes as many
     * as it can, then gives back one at a time.
     */
    static final class CharPropertyGreedy extends Node {
        private final CharPredicate predicate;
        private final boolean bmp;
        final int cmin;

        CharPropertyGreedy(CharNodes.CharProperty property, int cmin) {
            this.predicate = property.predicate;
            this.bmp = property instanceof CharNodes.BmpCharProperty;
            this.cmin = cmin;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            int n = 0;
            int to = matcher.to;
            if (bmp) {
                while (i < to && predicate.is(seq.charAt(i))) {
                    i++;
                    n++;
                }
            } else {
                while (i < to) {
                    int ch = Character.codePointAt(seq, i);
                    if (!predicate.is(ch)) {
                        break;
                    }
                    i += Character.charCount(ch);
                    n++;
                }
            }
            if (i >= to) {
                matcher.hitEnd = true;
            }
            while (n >= cmin) {
                if (next.match(matcher, i, seq)) {
                    return true;
                }
                if (n == cmin) {
                    return false;
                }
                if (bmp) {
                    i--;
                } else {
                    i -= Character.charCount(Character.codePointBefore(seq, i));
                }
                n--;
            }
            return false;
        }

        @Override
        boolean study(TreeInfo info) {
            info.minLength += cmin;
            if (info.maxValid) {
                info.maxLength += MAX_REPS;
            }
            info.deterministic = false;
            return next.study(info);
        }
    }

    /**
     * A greedy or lazy quantifier over a fixed-length group: each iteration takes the group's
     * first match, and the group's span is that of the last iteration.
     */
    static final class GroupCurly extends Node {
        final Node atom;
        final int type;
        final int cmin;
        final int cmax;
        final int localIndex;
        final int groupIndex;
        final boolean capture;
        /** Over an alternation of single characters: studied as the JDK's loop over the alternation is. */
        final boolean studyAsLoop;

        GroupCurly(Node atom, int cmin, int cmax, int type, int localIndex, int groupIndex, boolean capture,
                boolean studyAsLoop) {
            this.studyAsLoop = studyAsLoop;
            this.atom = atom;
            this.type = type;
            this.cmin = cmin;
            this.cmax = cmax;
            this.localIndex = localIndex;
            this.groupIndex = groupIndex;
            this.capture = capture;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            int[] groups = matcher.groups;
            int[] locals = matcher.locals;
            int save0 = locals[localIndex];
            int save1 = 0;
            int save2 = 0;
            if (capture) {
                save1 = groups[groupIndex];
                save2 = groups[groupIndex + 1];
            }
            // tells the group's tail that the span is set here
            locals[localIndex] = -1;
            boolean ret = true;
            for (int j = 0; j < cmin; j++) {
                int e = atomEnd(matcher, i, seq);
                if (e >= 0) {
                    if (capture) {
                        groups[groupIndex] = i;
                        groups[groupIndex + 1] = e;
                    }
                    i = e;
                } else {
                    ret = false;
                    break;
                }
            }
            if (ret) {
                if (type == GREEDY) {
                    ret = match0(matcher, i, cmin, seq);
                } else {
                    ret = match1(matcher, i, cmin, seq);
                }
            }
            if (!ret) {
                locals[localIndex] = save0;
                if (capture) {
                    groups[groupIndex] = save1;
                    groups[groupIndex + 1] = save2;
                }
            }
            return ret;
        }

        private boolean match0(Matcher matcher, int i, int j, CharSequence seq) {
            int min = j;
            int[] groups = matcher.groups;
            int save0 = 0;
            int save1 = 0;
            if (capture) {
                save0 = groups[groupIndex];
                save1 = groups[groupIndex + 1];
            }
            for (;;) {
                if (j >= cmax) {
                    break;
                }
                int e = atomEnd(matcher, i, seq);
                if (e < 0) {
                    break;
                }
                int k = e - i;
                if (k <= 0) {
                    if (capture) {
                        groups[groupIndex] = i;
                        groups[groupIndex + 1] = i + k;
                    }
                    i = i + k;
                    break;
                }
                for (;;) {
                    if (capture) {
                        groups[groupIndex] = i;
                        groups[groupIndex + 1] = i + k;
                    }
                    i = i + k;
                    if (++j >= cmax) {
                        break;
                    }
                    e = atomEnd(matcher, i, seq);
                    if (e < 0) {
                        break;
                    }
                    if (i + k != e) {
                        if (match0(matcher, i, j, seq)) {
                            return true;
                        }
                        break;
                    }
                }
                while (j > min) {
                    if (next.match(matcher, i, seq)) {
                        if (capture) {
                            groups[groupIndex + 1] = i;
                            groups[groupIndex] = i - k;
                        }
                        return true;
                    }
                    i = i - k;
                    if (capture) {
                        groups[groupIndex + 1] = i;
                        groups[groupIndex] = i - k;
                    }
                    j--;
                }
                break;
            }
            if (capture) {
                groups[groupIndex] = save0;
                groups[groupIndex + 1] = save1;
            }
            return next.match(matcher, i, seq);
        }

        private boolean match1(Matcher matcher, int i, int j, CharSequence seq) {
            for (;;) {
                if (next.match(matcher, i, seq)) {
                    return true;
                }
                if (j >= cmax) {
                    return false;
                }
                int e = atomEnd(matcher, i, seq);
                if (e < 0) {
                    return false;
                }
                if (i == e) {
                    return false;
                }
                if (capture) {
                    matcher.groups[groupIndex] = i;
                    matcher.groups[groupIndex + 1] = e;
                }
                i = e;
                j++;
            }
        }

        /**
         * Where one repetition starting at {@code i} ends, or -1. Over a merged alternation the
         * character is tested here, leaving {@link Matcher#last} alone as the JDK's loop does
         * (it shows in where a later find() starts after a failed one).
         */
        private int atomEnd(Matcher matcher, int i, CharSequence seq) {
            if (studyAsLoop) {
                CharPredicate predicate = ((CharNodes.CharProperty) atom).predicate;
                if (i < matcher.to) {
                    if (predicate.bmp()) {
                        return predicate.is(seq.charAt(i)) ? i + 1 : -1;
                    }
                    int ch = Character.codePointAt(seq, i);
                    int end = i + Character.charCount(ch);
                    if (end <= matcher.to) {
                        return predicate.is(ch) ? end : -1;
                    }
                }
                matcher.hitEnd = true;
                return -1;
            }
            return atom.match(matcher, i, seq) ? matcher.last : -1;
        }

        @Override
        boolean study(TreeInfo info) {
            if (studyAsLoop) {
                info.maxValid = false;
                info.deterministic = false;
                return false;
            }
            studyRepeat(info, atom, cmin, cmax);
            return next.study(info);
        }
    }

    /** Enters a {@link Loop}: the first iteration. */
    static final class Prolog extends Node {
        final Loop loop;

        Prolog(Loop loop) {
            this.loop = loop;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            return loop.matchInit(matcher, i, seq);
        }

        @Override
        boolean study(TreeInfo info) {
            return loop.study(info);
        }
    }

    /**
     * A greedy quantifier over a group of varying length: the group's tail comes back here after
     * each iteration; an iteration that matched nothing ends the loop. An unbounded loop may
     * remember the positions where another iteration already failed.
     */
    static class Loop extends Node {
        Node body;
        final int countIndex;
        final int beginIndex;
        int cmin;
        int cmax;
        /** The loop's slot for failed positions, or -1. */
        int posIndex = -1;

        Loop(int countIndex, int beginIndex) {
            this.countIndex = countIndex;
            this.beginIndex = beginIndex;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            if (i > matcher.locals[beginIndex]) {
                int count = matcher.locals[countIndex];
                if (count < cmin) {
                    matcher.locals[countIndex] = count + 1;
                    boolean b = body.match(matcher, i, seq);
                    if (!b) {
                        matcher.locals[countIndex] = count;
                    }
                    return b;
                }
                if (count < cmax) {
                    if (posIndex != -1 && matcher.failedAt(posIndex, i)) {
                        return next.match(matcher, i, seq);
                    }
                    matcher.locals[countIndex] = count + 1;
                    boolean b = body.match(matcher, i, seq);
                    if (b) {
                        return true;
                    }
                    matcher.locals[countIndex] = count;
                    if (posIndex != -1) {
                        matcher.markFailed(posIndex, i);
                    }
                }
            }
            return next.match(matcher, i, seq);
        }

        boolean matchInit(Matcher matcher, int i, CharSequence seq) {
            int save = matcher.locals[countIndex];
            boolean ret;
            if (0 < cmin) {
                matcher.locals[countIndex] = 1;
                ret = body.match(matcher, i, seq);
            } else if (0 < cmax) {
                matcher.locals[countIndex] = 1;
                ret = body.match(matcher, i, seq);
                if (!ret) {
                    ret = next.match(matcher, i, seq);
                }
            } else {
                ret = next.match(matcher, i, seq);
            }
            matcher.locals[countIndex] = save;
            return ret;
        }

        @Override
        boolean study(TreeInfo info) {
            info.maxValid = false;
            info.deterministic = false;
            return false;
        }
    }

    /** A lazy quantifier over a group of varying length. */
    static final class LazyLoop extends Loop {
        LazyLoop(int countIndex, int beginIndex) {
            super(countIndex, beginIndex);
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            if (i > matcher.locals[beginIndex]) {
                int count = matcher.locals[countIndex];
                if (count < cmin) {
                    matcher.locals[countIndex] = count + 1;
                    boolean result = body.match(matcher, i, seq);
                    if (!result) {
                        matcher.locals[countIndex] = count;
                    }
                    return result;
                }
                if (next.match(matcher, i, seq)) {
                    return true;
                }
                if (count < cmax) {
                    matcher.locals[countIndex] = count + 1;
                    boolean result = body.match(matcher, i, seq);
                    if (!result) {
                        matcher.locals[countIndex] = count;
                    }
                    return result;
                }
                return false;
            }
            return next.match(matcher, i, seq);
        }

        @Override
        boolean matchInit(Matcher matcher, int i, CharSequence seq) {
            int save = matcher.locals[countIndex];
            boolean ret = false;
            if (0 < cmin) {
                matcher.locals[countIndex] = 1;
                ret = body.match(matcher, i, seq);
            } else if (next.match(matcher, i, seq)) {
                ret = true;
            } else if (0 < cmax) {
                matcher.locals[countIndex] = 1;
                ret = body.match(matcher, i, seq);
            }
            matcher.locals[countIndex] = save;
            return ret;
        }
    }
}
