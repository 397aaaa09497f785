package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;

/** java.lang.StringBuilder methods the compiler's class library lacks: {@code repeat} (JDK 21) and {@code compareTo} (JDK 11). */
@PatchFor("java.lang.StringBuilder")
public final class StringBuilderPatch {
    private StringBuilderPatch() {
    }

    /** {@link StringBuilder#repeat(int, int)}: appends the code point {@code count} times. */
    @InstanceMethod
    public static StringBuilder repeat(StringBuilder self, int codePoint, int count) {
        checkCount(count);
        if (Character.isBmpCodePoint(codePoint)) {
            char c = (char) codePoint;
            self.ensureCapacity(self.length() + count);
            for (int i = 0; i < count; i++) {
                self.append(c);
            }
        } else {
            if (!Character.isValidCodePoint(codePoint)) {
                throw new IllegalArgumentException("Not a valid Unicode code point: 0x"
                        + Integer.toHexString(codePoint).toUpperCase());
            }
            for (int i = 0; i < count; i++) {
                self.appendCodePoint(codePoint);
            }
        }
        return self;
    }

    /** {@link StringBuilder#repeat(CharSequence, int)}: appends {@code cs} ("null" when null) {@code count} times. */
    @InstanceMethod
    public static StringBuilder repeat(StringBuilder self, CharSequence cs, int count) {
        checkCount(count);
        CharSequence text = cs == null ? "null" : cs;
        self.ensureCapacity(self.length() + text.length() * count);
        for (int i = 0; i < count; i++) {
            self.append(text);
        }
        return self;
    }

    /** {@link StringBuilder#compareTo(StringBuilder)}: lexicographic order of the characters. */
    @InstanceMethod
    public static int compareTo(StringBuilder self, StringBuilder another) {
        return CharSequencePatch.compare(self, another);
    }

    /** {@link StringBuilder#append(double)}: the digits of {@link Double#toString(double)}. */
    @InstanceMethod
    public static StringBuilder append(StringBuilder self, double d) {
        return self.append(ShortestDecimal.toString(d));
    }

    /** {@link StringBuilder#append(float)}: the digits of {@link Float#toString(float)}. */
    @InstanceMethod
    public static StringBuilder append(StringBuilder self, float f) {
        return self.append(ShortestDecimal.toString(f));
    }

    /** {@link StringBuilder#insert(int, double)}. */
    @InstanceMethod
    public static StringBuilder insert(StringBuilder self, int offset, double d) {
        return self.insert(offset, ShortestDecimal.toString(d));
    }

    /** {@link StringBuilder#insert(int, float)}. */
    @InstanceMethod
    public static StringBuilder insert(StringBuilder self, int offset, float f) {
        return self.insert(offset, ShortestDecimal.toString(f));
    }

    private static void checkCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
    }
}
