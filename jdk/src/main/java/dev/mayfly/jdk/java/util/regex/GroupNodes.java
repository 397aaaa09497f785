package dev.mayfly.jdk.java.util.regex;

/** The nodes of groups, alternation and lookaround. */
final class GroupNodes {
    private GroupNodes() {
    }

    /** Opens a group: remembers where it started, for its {@link Tail}. */
    static final class Head extends Node {
        final int localIndex;

        Head(int localIndex) {
            this.localIndex = localIndex;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            int save = matcher.locals[localIndex];
            matcher.locals[localIndex] = i;
            boolean ret = next.match(matcher, i, seq);
            matcher.locals[localIndex] = save;
            return ret;
        }
    }

    /**
     * Closes a group: sets a capturing group's span while the rest matches (restoring it when the
     * rest fails); inside a {@link QuantifierNodes.GroupCurly}, which sets the span itself, it
     * only ends the iteration.
     */
    static final class Tail extends Node {
        final int localIndex;
        final int groupIndex;

        Tail(int localIndex, int groupNumber) {
            this.localIndex = localIndex;
            this.groupIndex = groupNumber * 2;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            int tmp = matcher.locals[localIndex];
            if (tmp >= 0) {
                int groupStart = matcher.groups[groupIndex];
                int groupEnd = matcher.groups[groupIndex + 1];
                matcher.groups[groupIndex] = tmp;
                matcher.groups[groupIndex + 1] = i;
                if (next.match(matcher, i, seq)) {
                    return true;
                }
                matcher.groups[groupIndex] = groupStart;
                matcher.groups[groupIndex + 1] = groupEnd;
                return false;
            }
            matcher.last = i;
            return true;
        }
    }

    /** Where the alternatives of a {@link Branch} join again. */
    static final class BranchConn extends Node {
        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            return next.match(matcher, i, seq);
        }

        @Override
        boolean study(TreeInfo info) {
            return info.deterministic;
        }
    }

    /** Alternation: each alternative in turn (a null one is empty). */
    static final class Branch extends Node {
        Node[] atoms = new Node[2];
        int size = 2;
        final BranchConn conn;

        Branch(Node first, Node second, BranchConn conn) {
            this.conn = conn;
            atoms[0] = first;
            atoms[1] = second;
        }

        void add(Node node) {
            if (size >= atoms.length) {
                Node[] tmp = new Node[atoms.length * 2];
                System.arraycopy(atoms, 0, tmp, 0, atoms.length);
                atoms = tmp;
            }
            atoms[size++] = node;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            for (int n = 0; n < size; n++) {
                if (atoms[n] == null) {
                    if (conn.next.match(matcher, i, seq)) {
                        return true;
                    }
                } else if (atoms[n].match(matcher, i, seq)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        boolean study(TreeInfo info) {
            int minL = info.minLength;
            int maxL = info.maxLength;
            boolean maxV = info.maxValid;
            int minL2 = Integer.MAX_VALUE;
            int maxL2 = -1;
            for (int n = 0; n < size; n++) {
                info.reset();
                if (atoms[n] != null) {
                    atoms[n].study(info);
                }
                minL2 = Math.min(minL2, info.minLength);
                maxL2 = Math.max(maxL2, info.maxLength);
                maxV = maxV & info.maxValid;
            }
            minL += minL2;
            maxL += maxL2;
            info.reset();
            conn.next.study(info);
            info.minLength += minL;
            info.maxLength += maxL;
            info.maxValid &= maxV;
            info.deterministic = false;
            return false;
        }
    }

    /** {@code (?=X)}: X matches here (seeing past the region's end with transparent bounds). */
    static final class Pos extends Node {
        private final Node cond;

        Pos(Node cond) {
            this.cond = cond;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            int savedTo = matcher.to;
            boolean conditionMatched;
            if (matcher.transparentBounds) {
                matcher.to = matcher.getTextLength();
            }
            try {
                conditionMatched = cond.match(matcher, i, seq);
            } finally {
                matcher.to = savedTo;
            }
            return conditionMatched && next.match(matcher, i, seq);
        }
    }

    /** {@code (?!X)}: X does not match here. */
    static final class Neg extends Node {
        private final Node cond;

        Neg(Node cond) {
            this.cond = cond;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            int savedTo = matcher.to;
            boolean conditionMatched;
            if (matcher.transparentBounds) {
                matcher.to = matcher.getTextLength();
            }
            try {
                if (i >= matcher.to) {
                    matcher.requireEnd = true;
                }
                conditionMatched = !cond.match(matcher, i, seq);
            } finally {
                matcher.to = savedTo;
            }
            return conditionMatched && next.match(matcher, i, seq);
        }
    }

    /** The end of a lookbehind's condition: it must end where the lookbehind stands. */
    static final class LookBehindEnd extends Node {
        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            return i == matcher.lookbehindTo;
        }
    }

    /** {@code (?<=X)} and {@code (?<!X)}: X matches (or not) ending here, tried from the shortest length. */
    static final class Behind extends Node {
        private final Node cond;
        private final int rmax;
        private final int rmin;
        private final boolean positive;

        Behind(Node cond, int rmax, int rmin, boolean positive) {
            this.cond = cond;
            this.rmax = rmax;
            this.rmin = rmin;
            this.positive = positive;
        }

        @Override
        boolean match(Matcher matcher, int i, CharSequence seq) {
            int savedFrom = matcher.from;
            boolean conditionMatched = false;
            int startIndex = !matcher.transparentBounds ? matcher.from : 0;
            int from = (int) Math.max((long) i - rmax, startIndex);
            int savedLbt = matcher.lookbehindTo;
            matcher.lookbehindTo = i;
            if (matcher.transparentBounds) {
                matcher.from = 0;
            }
            for (long j = (long) i - rmin; !conditionMatched && j >= from; j--) {
                conditionMatched = cond.match(matcher, (int) j, seq);
            }
            matcher.from = savedFrom;
            matcher.lookbehindTo = savedLbt;
            return (positive == conditionMatched) && next.match(matcher, i, seq);
        }
    }
}
