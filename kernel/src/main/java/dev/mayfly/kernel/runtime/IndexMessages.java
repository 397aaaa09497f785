package dev.mayfly.kernel.runtime;

import java.util.ArrayList;

/**
 * The index exceptions of the class library's String, ArrayList and System.arraycopy with the
 * JDK's messages (TeaVM 0.16.0's class library throws them without one). The image builder puts
 * these on the throwing paths of the compiled class library's methods (or, for
 * {@code String.substring}, which fails deeper down, in front of it).
 */
public final class IndexMessages {
    private IndexMessages() {
    }

    /** {@code String.charAt}: as {@code Preconditions.checkIndex} words it. */
    public static StringIndexOutOfBoundsException stringIndex(String self, int index) {
        return new StringIndexOutOfBoundsException(outOfBounds(index, self.length()));
    }

    /** {@code String.substring(begin, end)}: throws unless {@code 0 <= begin <= end <= length()}. */
    public static void checkSubstring(String self, int begin, int end) {
        int length = self.length();
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException("Range [" + begin + ", " + end + ") out of bounds for length "
                    + length);
        }
    }

    /** {@code String.substring(begin)}: {@link #checkSubstring} up to the end. */
    public static void checkSubstring(String self, int begin) {
        checkSubstring(self, begin, self.length());
    }

    /** {@code ArrayList.get}, {@code set} and {@code remove}: {@code Objects.checkIndex}'s message. */
    public static IndexOutOfBoundsException listIndex(ArrayList<?> self, int index) {
        return new IndexOutOfBoundsException(outOfBounds(index, self.size()));
    }

    /** {@code ArrayList.add(index, e)} and {@code addAll(index, c)}: {@code rangeCheckForAdd}'s message. */
    public static IndexOutOfBoundsException listIndexForAdd(ArrayList<?> self, int index) {
        return new IndexOutOfBoundsException("Index: " + index + ", Size: " + self.size());
    }

    /**
     * {@code System.arraycopy} with an index or length out of range: HotSpot's
     * {@code ArrayIndexOutOfBoundsException} (the checks of {@code TypeArrayKlass::copy_array}
     * and {@code ObjArrayKlass::copy_array}, in their order).
     */
    public static ArrayIndexOutOfBoundsException arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        String reason;
        if (srcPos < 0) {
            reason = "source index " + srcPos + " out of bounds for " + describe(src);
        } else if (destPos < 0) {
            reason = "destination index " + destPos + " out of bounds for " + describe(dest);
        } else if (length < 0) {
            reason = "length " + length + " is negative";
        } else if ((long) srcPos + length > java.lang.reflect.Array.getLength(src)) {
            reason = "last source index " + ((long) srcPos + length) + " out of bounds for " + describe(src);
        } else {
            reason = "last destination index " + ((long) destPos + length) + " out of bounds for " + describe(dest);
        }
        return new ArrayIndexOutOfBoundsException("arraycopy: " + reason);
    }

    /** {@code int[3]}, or {@code object array[3]} for arrays of references. */
    private static String describe(Object array) {
        Class<?> component = array.getClass().getComponentType();
        String kind = component.isPrimitive() ? component.getName() : "object array";
        return kind + "[" + java.lang.reflect.Array.getLength(array) + "]";
    }

    static String outOfBounds(int index, int length) {
        return "Index " + index + " out of bounds for length " + length;
    }
}
