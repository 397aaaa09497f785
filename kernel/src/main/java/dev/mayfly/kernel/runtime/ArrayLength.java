package dev.mayfly.kernel.runtime;

/**
 * The length check of {@code new T[n]} (JLS §15.10.2): a negative length throws
 * {@code NegativeArraySizeException} with the length as its message, as HotSpot does. The image
 * builder calls it before every array creation; TeaVM 0.16.0's allocator takes any length (a
 * negative one became a huge memset and a crash).
 */
public final class ArrayLength {
    private ArrayLength() {
    }

    public static void check(int length) {
        if (length < 0) {
            throw new NegativeArraySizeException(Integer.toString(length));
        }
    }
}
