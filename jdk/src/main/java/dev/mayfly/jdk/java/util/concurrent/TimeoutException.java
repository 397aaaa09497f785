package dev.mayfly.jdk.java.util.concurrent;

/** java.util.concurrent.TimeoutException on Mayfly (compiled as {@code java.util.concurrent.TimeoutException}). */
public class TimeoutException extends Exception {
    public TimeoutException() {
    }

    public TimeoutException(String message) {
        super(message);
    }
}
