package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * java.lang.String methods the compiler's class library lacks (JDK 11–21), as the JDK javadoc
 * specifies them: {@code lines}, {@code indent}, {@code transform} and the range-bounded
 * {@code indexOf}.
 */
@PatchFor("java.lang.String")
public final class StringPatch {
    private StringPatch() {
    }

    /**
     * {@link String#lines()}: the lines separated by {@code \n}, {@code \r} or {@code \r\n}, without
     * their terminators; a final empty line (after the last terminator) is not a line.
     */
    @InstanceMethod
    public static Stream<String> lines(String self) {
        return splitLines(self).stream();
    }

    static List<String> splitLines(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = s.length();
        while (start < length) {
            int end = start;
            while (end < length && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
                end++;
            }
            lines.add(s.substring(start, end));
            if (end < length && s.charAt(end) == '\r' && end + 1 < length && s.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return lines;
    }

    /**
     * {@link String#indent(int)}: each line gets {@code n} spaces more, or up to {@code -n} leading
     * white-space characters fewer, and every line ends with {@code \n}.
     */
    @InstanceMethod
    public static String indent(String self, int n) {
        if (self.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(self.length() + 16);
        for (String line : splitLines(self)) {
            if (n > 0) {
                out.repeat(' ', n).append(line);
            } else if (n < 0) {
                int skip = 0;
                while (skip < -n && skip < line.length() && Character.isWhitespace(line.charAt(skip))) {
                    skip++;
                }
                out.append(line, skip, line.length());
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** {@link String#transform(Function)}. */
    @InstanceMethod
    public static <R> R transform(String self, Function<? super String, ? extends R> f) {
        return f.apply(self);
    }

    /**
     * {@link String#indexOf(int, int, int)}: the first index of the code point {@code ch} in
     * {@code [beginIndex, endIndex)}, or -1; the range must lie within the string.
     */
    @InstanceMethod
    public static int indexOf(String self, int ch, int beginIndex, int endIndex) {
        checkRange(beginIndex, endIndex, self.length());
        if (Character.isBmpCodePoint(ch)) {
            for (int i = beginIndex; i < endIndex; i++) {
                if (self.charAt(i) == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (!Character.isValidCodePoint(ch)) {
            return -1;
        }
        char high = Character.highSurrogate(ch);
        char low = Character.lowSurrogate(ch);
        for (int i = beginIndex; i + 1 < endIndex; i++) {
            if (self.charAt(i) == high && self.charAt(i + 1) == low) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@link String#indexOf(String, int, int)}: the first index at which {@code str} occurs wholly
     * inside {@code [beginIndex, endIndex)}, or -1.
     */
    @InstanceMethod
    public static int indexOf(String self, String str, int beginIndex, int endIndex) {
        checkRange(beginIndex, endIndex, self.length());
        int last = endIndex - str.length();
        for (int i = beginIndex; i <= last; i++) {
            if (self.startsWith(str, i)) {
                return i;
            }
        }
        return -1;
    }

    /** {@link String#valueOf(double)}. */
    public static String valueOf(double d) {
        return ShortestDecimal.toString(d);
    }

    /** {@link String#valueOf(float)}. */
    public static String valueOf(float f) {
        return ShortestDecimal.toString(f);
    }

    /** {@link String#isBlank()}: empty or only white space ({@link Character#isWhitespace(int)}). */
    @InstanceMethod
    public static boolean isBlank(String self) {
        for (int i = 0; i < self.length(); ) {
            int cp = self.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** {@link String#repeat(int)}. */
    @InstanceMethod
    public static String repeat(String self, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1 || self.isEmpty()) {
            return self;
        }
        if ((long) self.length() * count > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        StringBuilder sb = new StringBuilder(self.length() * count);
        for (int i = 0; i < count; i++) {
            sb.append(self);
        }
        return sb.toString();
    }

    /** {@link String#formatted(Object...)}. */
    @InstanceMethod
    public static String formatted(String self, Object[] args) {
        return new java.util.Formatter().format(self, args).toString();
    }

    /** {@link String#toUpperCase()}: full case mapping (ß becomes SS). */
    @InstanceMethod
    public static String toUpperCase(String self) {
        return CaseMapping.toUpperCase(self);
    }

    /** {@link String#toUpperCase(java.util.Locale)}: as for the root locale (Mayfly has no locale data). */
    @InstanceMethod
    public static String toUpperCase(String self, java.util.Locale locale) {
        return CaseMapping.toUpperCase(self);
    }

    /** {@link String#toLowerCase()}: full case mapping (İ becomes i̇, final sigma ς). */
    @InstanceMethod
    public static String toLowerCase(String self) {
        return CaseMapping.toLowerCase(self);
    }

    /** {@link String#toLowerCase(java.util.Locale)}: as for the root locale. */
    @InstanceMethod
    public static String toLowerCase(String self, java.util.Locale locale) {
        return CaseMapping.toLowerCase(self);
    }

    /** The JDK's bounds check of a {@code [begin, end)} range, with its message. */
    static void checkRange(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException("Range [" + begin + ", " + end + ") out of bounds for length " + length);
        }
    }
}
