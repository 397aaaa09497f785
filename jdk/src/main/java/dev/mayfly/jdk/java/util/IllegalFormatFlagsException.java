package dev.mayfly.jdk.java.util;

/** java.util.IllegalFormatFlagsException on Mayfly (compiled as {@code java.util.IllegalFormatFlagsException}), with the JDK's message. */
public class IllegalFormatFlagsException extends IllegalFormatException {
    private final String flags;

    public IllegalFormatFlagsException(String f) {
        if (f == null) {
            throw new NullPointerException();
        }
        this.flags = f;
    }

    public String getFlags() {
        return flags;
    }

    @Override
    public String getMessage() {
        return "Flags = '" + flags + "'";
    }
}
