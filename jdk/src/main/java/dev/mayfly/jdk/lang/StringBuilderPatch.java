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

    /** {@link StringBuilder#setLength(int)}: truncates, or pads with {@code '\0'}. */
    @InstanceMethod
    public static void setLength(StringBuilder self, int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException("String index out of range: " + newLength);
        }
        int length = self.length();
        if (newLength < length) {
            self.delete(newLength, length);
        } else {
            self.ensureCapacity(newLength);
            for (int i = length; i < newLength; i++) {
                self.append('\0');
            }
        }
    }

    /** {@link StringBuilder#reverse()}: reverses the characters, keeping each surrogate pair in order. */
    @InstanceMethod
    public static StringBuilder reverse(StringBuilder self) {
        int n = self.length();
        char[] chars = new char[n];
        self.getChars(0, n, chars, 0);
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            char t = chars[i];
            chars[i] = chars[j];
            chars[j] = t;
        }
        for (int i = 0; i < n - 1; i++) {
            if (Character.isLowSurrogate(chars[i]) && Character.isHighSurrogate(chars[i + 1])) {
                char t = chars[i];
                chars[i] = chars[i + 1];
                chars[i + 1] = t;
                i++;
            }
        }
        self.setLength(0);
        self.append(chars);
        return self;
    }

    private static void checkCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
    }
}
