package dev.mayfly.jdk.java.net;

/** java.net.ConnectException on Mayfly (compiled as {@code java.net.ConnectException}): Signals that an error occurred while attempting to connect a socket to a remote address and port. */
public class ConnectException extends SocketException {
    public ConnectException() {
    }

    public ConnectException(String message) {
        super(message);
    }
}
