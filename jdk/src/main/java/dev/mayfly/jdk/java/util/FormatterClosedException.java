package dev.mayfly.jdk.java.util;

/** java.util.FormatterClosedException on Mayfly (compiled as {@code java.util.FormatterClosedException}), with the JDK's message. */
public class FormatterClosedException extends IllegalStateException {
    public FormatterClosedException() {
    }
}
