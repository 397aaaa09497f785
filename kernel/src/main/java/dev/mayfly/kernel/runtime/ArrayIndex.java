package dev.mayfly.kernel.runtime;

/**
 * The index check of an array access (JLS §15.10.4, §15.26.1) with HotSpot's message,
 * {@code "Index 5 out of bounds for length 3"}. The image builder writes the comparison out in
 * front of every array load and store and calls {@link #outOfBounds} on the cold path (inside a
 * try block it calls {@link #check} instead); TeaVM 0.16.0's own check throws without a message.
 */
public final class ArrayIndex {
    private ArrayIndex() {
    }

    /** The exception for an index outside {@code [0, length)}. */
    public static ArrayIndexOutOfBoundsException outOfBounds(int index, int length) {
        return new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    /** Throws {@link #outOfBounds} unless {@code 0 <= index < length}. */
    public static void check(int index, int length) {
        if (index < 0 || index >= length) {
            throw outOfBounds(index, length);
        }
    }
}
