package dev.mayfly.jdk.java.util.concurrent;

/**
 * java.util.concurrent.ExecutionException on Mayfly: the failure of a task, thrown when its result
 * is retrieved (TeaVM's lacks the constructors without a cause that subclasses use).
 */
public class ExecutionException extends Exception {
    protected ExecutionException() {
    }

    protected ExecutionException(String message) {
        super(message);
    }

    public ExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExecutionException(Throwable cause) {
        super(cause);
    }
}
