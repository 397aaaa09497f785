package dev.mayfly.jdk.java.util;

/** java.util.MissingFormatArgumentException on Mayfly (compiled as {@code java.util.MissingFormatArgumentException}), with the JDK's message. */
public class MissingFormatArgumentException extends IllegalFormatException {
    private final String s;

    public MissingFormatArgumentException(String s) {
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
        return "Format specifier '" + s + "'";
    }
}
