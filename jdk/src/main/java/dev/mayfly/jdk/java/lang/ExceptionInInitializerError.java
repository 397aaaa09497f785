package dev.mayfly.jdk.java.lang;

/**
 * java.lang.ExceptionInInitializerError on Mayfly (compiled as {@code java.lang.ExceptionInInitializerError}):
 * an exception thrown by a static initializer.
 */
public class ExceptionInInitializerError extends LinkageError {
    private final Throwable exception;

    public ExceptionInInitializerError() {
        initCause(null);
        this.exception = null;
    }

    public ExceptionInInitializerError(Throwable thrown) {
        initCause(null);
        this.exception = thrown;
    }

    public ExceptionInInitializerError(String message) {
        super(message);
        initCause(null);
        this.exception = null;
    }

    /** The exception the static initializer threw. */
    public Throwable getException() {
        return exception;
    }

    @Override
    public Throwable getCause() {
        return exception;
    }
}
