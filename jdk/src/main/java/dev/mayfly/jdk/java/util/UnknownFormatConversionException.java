package dev.mayfly.jdk.java.util;

/** java.util.UnknownFormatConversionException on Mayfly (compiled as {@code java.util.UnknownFormatConversionException}), with the JDK's message. */
public class UnknownFormatConversionException extends IllegalFormatException {
    private final String s;

    public UnknownFormatConversionException(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        this.s = s;
    }

    public String getConversion() {
        return s;
    }

    @Override
    public String getMessage() {
        return "Conversion = '" + s + "'";
    }
}
