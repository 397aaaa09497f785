package dev.mayfly.vmm;

/**
 * A failure the VMM reports to its user in one line: its message is meant to be printed as is,
 * without a stack trace. Subtypes say which kind of failure it was.
 */
public class VmmException extends RuntimeException {
    public VmmException(String message) {
        super(message);
    }

    public VmmException(String message, Throwable cause) {
        super(message, cause);
    }
}
