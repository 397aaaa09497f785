package dev.mayfly.cli.run;

/** A VM that could not be started, or a hypervisor that failed; the message is for the user. */
public final class HypervisorException extends Exception {
    public HypervisorException(String message) {
        super(message);
    }

    public HypervisorException(String message, Throwable cause) {
        super(message, cause);
    }
}
