package dev.mayfly.jdk.java.net;

/** java.net.SocketException on Mayfly (compiled as {@code java.net.SocketException}): Thrown to indicate that there is an error creating or accessing a socket. */
public class SocketException extends java.io.IOException {
    public SocketException() {
    }

    public SocketException(String message) {
        super(message);
    }

    public SocketException(String message, Throwable cause) {
        super(message, cause);
    }

    public SocketException(Throwable cause) {
        super(cause);
    }
}
