package dev.mayfly.jdk.java.util;

/** java.util.DuplicateFormatFlagsException on Mayfly (compiled as {@code java.util.DuplicateFormatFlagsException}), with the JDK's message. */
public class DuplicateFormatFlagsException extends IllegalFormatException {
    private final String flags;

    public DuplicateFormatFlagsException(String f) {
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
        return String.format("Flags = '%s'", flags);
    }
}
