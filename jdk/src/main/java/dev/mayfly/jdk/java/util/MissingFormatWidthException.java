package dev.mayfly.jdk.java.util;

/** java.util.MissingFormatWidthException on Mayfly (compiled as {@code java.util.MissingFormatWidthException}), with the JDK's message. */
public class MissingFormatWidthException extends IllegalFormatException {
    private final String s;

    public MissingFormatWidthException(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        this.s = s;
    }

    public String getFormatSpecifier() {
        return s;
    }

    @Override
    public String getMessage() {
        return s;
    }
}
