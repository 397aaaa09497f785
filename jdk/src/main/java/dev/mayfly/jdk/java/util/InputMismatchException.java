package dev.mayfly.jdk.java.util;

/** java.util.InputMismatchException on Mayfly (compiled as {@code java.util.InputMismatchException}). */
public class InputMismatchException extends java.util.NoSuchElementException {
    public InputMismatchException() {
    }

    public InputMismatchException(String s) {
        super(s);
    }
}
