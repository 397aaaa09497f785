package dev.mayfly.jdk.java.util.concurrent;

/** java.util.concurrent.RejectedExecutionException on Mayfly (compiled as {@code java.util.concurrent.RejectedExecutionException}). */
public class RejectedExecutionException extends RuntimeException {
    public RejectedExecutionException() {
    }

    public RejectedExecutionException(String message) {
        super(message);
    }

    public RejectedExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public RejectedExecutionException(Throwable cause) {
        super(cause);
    }
}
