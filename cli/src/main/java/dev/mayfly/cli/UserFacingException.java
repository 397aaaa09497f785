package dev.mayfly.cli;

/** A failure explained in one message for the user; printed without a stack trace unless --verbose. */
public final class UserFacingException extends RuntimeException {
    private final int exitStatus;

    public UserFacingException(String message, int exitStatus, Throwable cause) {
        super(message, cause);
        this.exitStatus = exitStatus;
    }

    public UserFacingException(String message, int exitStatus) {
        this(message, exitStatus, null);
    }

    public int exitStatus() {
        return exitStatus;
    }
}
