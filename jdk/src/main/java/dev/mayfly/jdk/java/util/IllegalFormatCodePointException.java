package dev.mayfly.jdk.java.util;

/** java.util.IllegalFormatCodePointException on Mayfly (compiled as {@code java.util.IllegalFormatCodePointException}), with the JDK's message. */
public class IllegalFormatCodePointException extends IllegalFormatException {
    private final int c;

    public IllegalFormatCodePointException(int c) {
        this.c = c;
    }

    public int getCodePoint() {
        return c;
    }

    @Override
    public String getMessage() {
        return String.format("Code point = %#x", c);
    }
}
