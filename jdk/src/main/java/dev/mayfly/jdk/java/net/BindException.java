package dev.mayfly.jdk.java.net;

/** java.net.BindException on Mayfly (compiled as {@code java.net.BindException}): Signals that an error occurred while attempting to bind a socket to a local address and port. */
public class BindException extends SocketException {
    public BindException() {
    }

    public BindException(String message) {
        super(message);
    }
}
