package dev.mayfly.jdk.java.util.regex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * java.util.regex.Matcher on Mayfly (compiled as {@code java.util.regex.Matcher}): matches a
 * {@link Pattern} against a character sequence, within a region, keeping the spans of the last
 * match's groups, as the JDK's Matcher javadoc specifies.
 */
public final class Matcher implements MatchResult {
    /** {@link #acceptMode}: the match may end anywhere. */
    static final int NOANCHOR = 0;
    /** {@link #acceptMode}: the match must end at the region's end. */
    static final int ENDANCHOR = 1;

    private Pattern parentPattern;
    private CharSequence text;
    int[] groups;
    int[] locals;
    private boolean[][] failedPositions;
    int first = -1;
    int last = 0;
    int oldLast = -1;
    int from;
    int to;
    int lookbehindTo;
    int acceptMode = NOANCHOR;
    boolean hitEnd;
    boolean requireEnd;
    boolean transparentBounds = false;
    boolean anchoringBounds = true;
    private int lastAppendPosition = 0;
    private int modCount;

    Matcher(Pattern parent, CharSequence text) {
        this.parentPattern = parent;
        this.text = text;
        allocate();
        reset();
    }

    private void allocate() {
        int groupCount = Math.max(parentPattern.capturingGroupCount, 10);
        groups = new int[groupCount * 2];
        locals = new int[parentPattern.localCount];
        failedPositions = new boolean[parentPattern.loopMemoCount][];
    }

    int getTextLength() {
        return text.length();
    }

    /** Whether the loop memo {@code slot} holds position {@code i} (an iteration there failed before). */
    boolean failedAt(int slot, int i) {
        boolean[] set = failedPositions[slot];
        return set != null && set[i];
    }

    void markFailed(int slot, int i) {
        if (failedPositions[slot] == null) {
            failedPositions[slot] = new boolean[getTextLength() + 1];
        }
        failedPositions[slot][i] = true;
    }

    private void clearMatchState() {
        Arrays.fill(groups, -1);
        Arrays.fill(failedPositions, null);
    }

    public Pattern pattern() {
        return parentPattern;
    }

    /** A snapshot of the match, holding only the text its groups span (so it fails as the JDK's when they span nothing). */
    public MatchResult toMatchResult() {
        if (first < 0) {
            return new Snapshot(this, null, -1);
        }
        int minStart = getTextLength();
        int maxEnd = 0;
        for (int group = 0; group <= groupCount(); group++) {
            if (groups[group * 2] >= 0) {
                minStart = Math.min(minStart, groups[group * 2]);
            }
            if (groups[group * 2 + 1] >= 0) {
                maxEnd = Math.max(maxEnd, groups[group * 2 + 1]);
            }
        }
        return new Snapshot(this, text.toString().substring(minStart, maxEnd), minStart);
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) {
            throw new IllegalArgumentException("Pattern cannot be null");
        }
        parentPattern = newPattern;
        allocate();
        Arrays.fill(groups, -1);
        Arrays.fill(locals, -1);
        modCount++;
        return this;
    }

    public Matcher reset() {
        first = -1;
        last = 0;
        oldLast = -1;
        Arrays.fill(groups, -1);
        Arrays.fill(locals, -1);
        Arrays.fill(failedPositions, null);
        lastAppendPosition = 0;
        from = 0;
        to = getTextLength();
        modCount++;
        return this;
    }

    public Matcher reset(CharSequence input) {
        text = input;
        return reset();
    }

    @Override
    public int start() {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        return first;
    }

    @Override
    public int start(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
        return groups[group * 2];
    }

    @Override
    public int start(String name) {
        return groups[groupIndex(name) * 2];
    }

    @Override
    public int end() {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        return last;
    }

    @Override
    public int end(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
        return groups[group * 2 + 1];
    }

    @Override
    public int end(String name) {
        return groups[groupIndex(name) * 2 + 1];
    }

    @Override
    public String group() {
        return group(0);
    }

    @Override
    public String group(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
            return null;
        }
        return text.subSequence(groups[group * 2], groups[group * 2 + 1]).toString();
    }

    @Override
    public String group(String name) {
        int group = groupIndex(name);
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
            return null;
        }
        return text.subSequence(groups[group * 2], groups[group * 2 + 1]).toString();
    }

    private int groupIndex(String name) {
        Objects.requireNonNull(name, "Group name");
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        Integer number = parentPattern.namedGroups().get(name);
        if (number == null) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return number;
    }

    @Override
    public int groupCount() {
        return parentPattern.capturingGroupCount - 1;
    }

    @Override
    public Map<String, Integer> namedGroups() {
        return parentPattern.namedGroups();
    }

    @Override
    public boolean hasMatch() {
        return first >= 0;
    }

    public boolean matches() {
        return match(from, ENDANCHOR);
    }

    public boolean find() {
        int nextSearchIndex = last;
        if (nextSearchIndex == first) {
            nextSearchIndex++;
        }
        if (nextSearchIndex < from) {
            nextSearchIndex = from;
        }
        if (nextSearchIndex > to) {
            Arrays.fill(groups, -1);
            return false;
        }
        return search(nextSearchIndex);
    }

    public boolean find(int start) {
        int limit = getTextLength();
        if (start < 0 || start > limit) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return search(start);
    }

    public boolean lookingAt() {
        return match(from, NOANCHOR);
    }

    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') == -1 && s.indexOf('$') == -1) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        StringBuilder result = new StringBuilder();
        appendReplacement(result, replacement);
        sb.append(result);
        return this;
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        StringBuilder result = new StringBuilder();
        appendExpandedReplacement(replacement, result);
        sb.append(text, lastAppendPosition, first);
        sb.append(result);
        lastAppendPosition = last;
        modCount++;
        return this;
    }

    /** Appends {@code replacement} with its {@code $n}, {@code ${name}} and {@code \x} expanded. */
    private void appendExpandedReplacement(String replacement, StringBuilder result) {
        int cursor = 0;
        while (cursor < replacement.length()) {
            char nextChar = replacement.charAt(cursor);
            if (nextChar == '\\') {
                cursor++;
                if (cursor == replacement.length()) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                nextChar = replacement.charAt(cursor);
                result.append(nextChar);
                cursor++;
            } else if (nextChar == '$') {
                cursor++;
                if (cursor == replacement.length()) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                nextChar = replacement.charAt(cursor);
                int refNum;
                if (nextChar == '{') {
                    cursor++;
                    StringBuilder gsb = new StringBuilder();
                    while (cursor < replacement.length()) {
                        nextChar = replacement.charAt(cursor);
                        if (AsciiChars.isAlnum(nextChar)) {
                            gsb.append(nextChar);
                            cursor++;
                        } else {
                            break;
                        }
                    }
                    if (gsb.length() == 0) {
                        throw new IllegalArgumentException("named capturing group has 0 length name");
                    }
                    if (nextChar != '}') {
                        throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    }
                    String gname = gsb.toString();
                    if (AsciiChars.isDigit(gname.charAt(0))) {
                        throw new IllegalArgumentException("capturing group name {" + gname + "} starts with digit character");
                    }
                    Integer number = parentPattern.namedGroups().get(gname);
                    if (number == null) {
                        throw new IllegalArgumentException("No group with name {" + gname + "}");
                    }
                    refNum = number;
                    cursor++;
                } else {
                    refNum = nextChar - '0';
                    if (refNum < 0 || refNum > 9) {
                        throw new IllegalArgumentException("Illegal group reference");
                    }
                    cursor++;
                    boolean done = false;
                    while (!done) {
                        if (cursor >= replacement.length()) {
                            break;
                        }
                        int nextDigit = replacement.charAt(cursor) - '0';
                        if (nextDigit < 0 || nextDigit > 9) {
                            break;
                        }
                        int newRefNum = refNum * 10 + nextDigit;
                        if (groupCount() < newRefNum) {
                            done = true;
                        } else {
                            refNum = newRefNum;
                            cursor++;
                        }
                    }
                }
                if (start(refNum) != -1 && end(refNum) != -1) {
                    result.append(text, start(refNum), end(refNum));
                }
            } else {
                result.append(nextChar);
                cursor++;
            }
        }
    }

    public StringBuffer appendTail(StringBuffer sb) {
        sb.append(text, lastAppendPosition, getTextLength());
        return sb;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, lastAppendPosition, getTextLength());
        return sb;
    }

    public String replaceAll(String replacement) {
        reset();
        boolean result = find();
        if (result) {
            StringBuilder sb = new StringBuilder();
            do {
                appendReplacement(sb, replacement);
                result = find();
            } while (result);
            appendTail(sb);
            return sb.toString();
        }
        return text.toString();
    }

    public String replaceAll(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        boolean result = find();
        if (result) {
            StringBuilder sb = new StringBuilder();
            do {
                int expectedCount = modCount;
                String replacement = replacer.apply(this);
                if (expectedCount != modCount) {
                    throw new ConcurrentModificationException();
                }
                appendReplacement(sb, replacement);
                result = find();
            } while (result);
            appendTail(sb);
            return sb.toString();
        }
        return text.toString();
    }

    public Stream<MatchResult> results() {
        List<MatchResult> results = new ArrayList<>();
        while (find()) {
            results.add(toMatchResult());
        }
        return results.stream();
    }

    public String replaceFirst(String replacement) {
        if (replacement == null) {
            throw new NullPointerException("replacement");
        }
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    public String replaceFirst(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        int expectedCount = modCount;
        String replacement = replacer.apply(this);
        if (expectedCount != modCount) {
            throw new ConcurrentModificationException();
        }
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    public Matcher region(int start, int end) {
        if (start < 0 || start > getTextLength()) {
            throw new IndexOutOfBoundsException("start");
        }
        if (end < 0 || end > getTextLength()) {
            throw new IndexOutOfBoundsException("end");
        }
        if (start > end) {
            throw new IndexOutOfBoundsException("start > end");
        }
        reset();
        from = start;
        to = end;
        return this;
    }

    public int regionStart() {
        return from;
    }

    public int regionEnd() {
        return to;
    }

    public boolean hasTransparentBounds() {
        return transparentBounds;
    }

    public Matcher useTransparentBounds(boolean b) {
        transparentBounds = b;
        return this;
    }

    public boolean hasAnchoringBounds() {
        return anchoringBounds;
    }

    public Matcher useAnchoringBounds(boolean b) {
        anchoringBounds = b;
        return this;
    }

    @Override
    public String toString() {
        return "java.util.regex.Matcher[pattern=" + pattern() + " region=" + regionStart() + ","
                + regionEnd() + " lastmatch=" + ((first >= 0) && (group() != null) ? group() : "") + "]";
    }

    public boolean hitEnd() {
        return hitEnd;
    }

    public boolean requireEnd() {
        return requireEnd;
    }

    /** Finds the next match from {@code start} on. */
    private boolean search(int start) {
        hitEnd = false;
        requireEnd = false;
        start = start < 0 ? 0 : start;
        first = start;
        oldLast = oldLast < 0 ? start : oldLast;
        clearMatchState();
        acceptMode = NOANCHOR;
        boolean result = parentPattern.root.match(this, start, text);
        if (!result) {
            first = -1;
        }
        oldLast = last;
        modCount++;
        return result;
    }

    /** Matches at {@code start}, to the region's end if {@code anchor} is {@link #ENDANCHOR}. */
    private boolean match(int start, int anchor) {
        hitEnd = false;
        requireEnd = false;
        start = start < 0 ? 0 : start;
        first = start;
        oldLast = oldLast < 0 ? start : oldLast;
        clearMatchState();
        acceptMode = anchor;
        boolean result = parentPattern.matchRoot.match(this, start, text);
        if (!result) {
            first = -1;
        }
        oldLast = last;
        modCount++;
        return result;
    }

    /** An immutable copy of a match's state ({@link #toMatchResult()}). */
    private static final class Snapshot implements MatchResult {
        private final int first;
        private final int last;
        private final int[] groups;
        private final int groupCount;
        private final String text;
        private final Map<String, Integer> namedGroups;
        /** Where {@link #text} starts in the matched input. */
        private final int offset;

        Snapshot(Matcher m, String text, int offset) {
            this.offset = offset;
            this.first = m.first;
            this.last = m.last;
            this.groups = m.groups.clone();
            this.groupCount = m.groupCount();
            this.text = text;
            this.namedGroups = m.namedGroups();
        }

        private void checkMatch() {
            if (first < 0) {
                throw new IllegalStateException("No match found");
            }
        }

        private void checkGroup(int group) {
            if (group < 0 || group > groupCount) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
        }

        @Override
        public int start() {
            checkMatch();
            return first;
        }

        @Override
        public int start(int group) {
            checkMatch();
            checkGroup(group);
            return groups[group * 2];
        }

        @Override
        public int end() {
            checkMatch();
            return last;
        }

        @Override
        public int end(int group) {
            checkMatch();
            checkGroup(group);
            return groups[group * 2 + 1];
        }

        @Override
        public String group() {
            return group(0);
        }

        @Override
        public String group(int group) {
            checkMatch();
            checkGroup(group);
            if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
                return null;
            }
            return text.substring(groups[group * 2] - offset, groups[group * 2 + 1] - offset);
        }

        @Override
        public int groupCount() {
            return groupCount;
        }

        @Override
        public Map<String, Integer> namedGroups() {
            return namedGroups;
        }

        @Override
        public boolean hasMatch() {
            return first >= 0;
        }
    }
}
