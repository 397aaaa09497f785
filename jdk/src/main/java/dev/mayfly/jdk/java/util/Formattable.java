package dev.mayfly.jdk.java.util;

/** java.util.Formattable on Mayfly (compiled as {@code java.util.Formattable}): an object that formats itself for {@code %s}. */
public interface Formattable {
    void formatTo(Formatter formatter, int flags, int width, int precision);
}
