package dev.mayfly.jdk.java.util;

/** java.util.FormattableFlags on Mayfly (compiled as {@code java.util.FormattableFlags}): the flags passed to {@link Formattable#formatTo}. */
public final class FormattableFlags {
    private FormattableFlags() {
    }

    public static final int LEFT_JUSTIFY = 1 << 0;
    public static final int UPPERCASE = 1 << 1;
    public static final int ALTERNATE = 1 << 2;
}
