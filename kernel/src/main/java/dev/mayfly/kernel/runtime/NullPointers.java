package dev.mayfly.kernel.runtime;

/**
 * The null check of a dereference with a helpful message (JEP 358), as HotSpot words it, e.g.
 * {@code Cannot invoke "String.length()" because "<local1>" is null}. The image builder works the
 * message out from the program when it compiles the class, writes the null test out in front of the
 * dereference and calls {@link #exception} on the cold path (inside a try block it calls
 * {@link #check} instead); TeaVM 0.16.0's own check throws without a message.
 */
public final class NullPointers {
    private NullPointers() {
    }

    /** The exception for a null dereference described by {@code message}. */
    public static NullPointerException exception(String message) {
        return new NullPointerException(message);
    }

    /** Throws {@link #exception} if {@code value} is null. */
    public static void check(Object value, String message) {
        if (value == null) {
            throw exception(message);
        }
    }
}
