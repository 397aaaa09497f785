package dev.mayfly.image;

/**
 * A build that cannot succeed because of its input or its environment; the message is one clear
 * sentence for the user (the CLI prints it without a stack trace unless --verbose).
 */
public class BuildException extends Exception {
    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
