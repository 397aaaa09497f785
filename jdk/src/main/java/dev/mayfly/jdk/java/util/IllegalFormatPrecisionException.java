package dev.mayfly.jdk.java.util;

/** java.util.IllegalFormatPrecisionException on Mayfly (compiled as {@code java.util.IllegalFormatPrecisionException}), with the JDK's message. */
public class IllegalFormatPrecisionException extends IllegalFormatException {
    private final int p;

    public IllegalFormatPrecisionException(int p) {
        this.p = p;
    }

    public int getPrecision() {
        return p;
    }

    @Override
    public String getMessage() {
        return Integer.toString(p);
    }
}
