package dev.mayfly.jdk.java.util;

/** java.util.IllegalFormatWidthException on Mayfly (compiled as {@code java.util.IllegalFormatWidthException}), with the JDK's message. */
public class IllegalFormatWidthException extends IllegalFormatException {
    private final int w;

    public IllegalFormatWidthException(int w) {
        this.w = w;
    }

    public int getWidth() {
        return w;
    }

    @Override
    public String getMessage() {
        return Integer.toString(w);
    }
}
