package dev.mayfly.jdk.java.util;

/** java.util.IllegalFormatException on Mayfly (compiled as {@code java.util.IllegalFormatException}), with the JDK's message. */
public class IllegalFormatException extends IllegalArgumentException {
    IllegalFormatException() {
    }
}
