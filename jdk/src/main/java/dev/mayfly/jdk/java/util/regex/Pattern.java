package dev.mayfly.jdk.java.util.regex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * java.util.regex.Pattern on Mayfly (compiled as {@code java.util.regex.Pattern}): a compiled
 * regular expression, matched by a backtracking engine of Mayfly's own that follows the JDK's
 * Pattern javadoc and the JDK's observable matching order (which alternative, which repetition
 * count, which group span wins), because the compiler's engine matched some nested quantifiers
 * differently. Not supported: CANON_EQ (ignored), Unicode scripts ({@code \p{IsLatin}}), Unicode
 * blocks beyond a table of common ones, {@code \N{name}}; {@code \X} lacks the Hangul, emoji and
 * regional-indicator rules.
 */
public final class Pattern {
    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;
    private static final int ALL_FLAGS = 0x1FF;

    private final String pattern;
    private final int flags;
    /** The pattern anchored where the match starts ({@link Matcher#matches}, {@link Matcher#lookingAt}). */
    final Node matchRoot;
    /** The pattern tried at each index ({@link Matcher#find}). */
    final Node root;
    final int capturingGroupCount;
    final int localCount;
    final int loopMemoCount;
    private final Map<String, Integer> namedGroups;

    private Pattern(String regex, int f) {
        if ((f & ~ALL_FLAGS) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(f));
        }
        this.pattern = regex;
        if ((f & UNICODE_CHARACTER_CLASS) != 0) {
            f |= UNICODE_CASE;
        }
        PatternParser parser = new PatternParser(regex, f);
        matchRoot = parser.parse();
        root = matchRoot instanceof AnchorNodes.Begin ? matchRoot : new Node.Start(matchRoot, parser.hasSupplementary());
        flags = parser.finalFlags();
        capturingGroupCount = parser.capturingGroupCount;
        localCount = parser.localCount;
        loopMemoCount = parser.loopMemoCount;
        namedGroups = Collections.unmodifiableMap(new HashMap<>(parser.namedGroups));
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    public int flags() {
        return flags;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    /** The names of the named groups and their numbers. */
    public Map<String, Integer> namedGroups() {
        return namedGroups;
    }

    public Predicate<String> asPredicate() {
        return s -> matcher(s).find();
    }

    public Predicate<String> asMatchPredicate() {
        return s -> matcher(s).matches();
    }

    public String[] split(CharSequence input) {
        return split(input, 0, false);
    }

    public String[] split(CharSequence input, int limit) {
        return split(input, limit, false);
    }

    /** {@link #split(CharSequence, int)}, with each delimiter between the pieces (JDK 21). */
    public String[] splitWithDelimiters(CharSequence input, int limit) {
        return split(input, limit, true);
    }

    public Stream<String> splitAsStream(CharSequence input) {
        return Arrays.stream(split(input, 0, false));
    }

    private String[] split(CharSequence input, int limit, boolean withDelimiters) {
        int matchCount = 0;
        int index = 0;
        boolean matchLimited = limit > 0;
        List<String> list = new ArrayList<>();
        Matcher m = matcher(input);
        while (m.find()) {
            if (!matchLimited || matchCount < limit - 1) {
                if (index == 0 && index == m.start() && m.start() == m.end()) {
                    // no empty leading piece for a zero-width match at the start
                    continue;
                }
                list.add(input.subSequence(index, m.start()).toString());
                index = m.end();
                if (withDelimiters) {
                    list.add(input.subSequence(m.start(), index).toString());
                }
                ++matchCount;
            } else if (matchCount == limit - 1) {
                list.add(input.subSequence(index, input.length()).toString());
                index = m.end();
                ++matchCount;
            }
        }
        if (index == 0) {
            return new String[] {input.toString()};
        }
        if (!matchLimited || matchCount < limit) {
            list.add(input.subSequence(index, input.length()).toString());
        }
        int resultSize = list.size();
        if (limit == 0) {
            while (resultSize > 0 && list.get(resultSize - 1).isEmpty()) {
                resultSize--;
            }
        }
        return list.subList(0, resultSize).toArray(new String[0]);
    }

    /** A pattern that matches {@code s} literally. */
    public static String quote(String s) {
        int slashEIndex = s.indexOf("\\E");
        if (slashEIndex == -1) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int current = 0;
        while ((slashEIndex = s.indexOf("\\E", current)) != -1) {
            sb.append(s, current, slashEIndex);
            current = slashEIndex + 2;
            sb.append("\\E\\\\E\\Q");
        }
        sb.append(s, current, s.length());
        sb.append("\\E");
        return sb.toString();
    }
}
