package dev.mayfly.jdk.java.net;

/** java.net.SocketTimeoutException on Mayfly (compiled as {@code java.net.SocketTimeoutException}): Signals that a timeout has occurred on a socket read, accept or connect. */
public class SocketTimeoutException extends java.io.InterruptedIOException {
    public SocketTimeoutException() {
    }

    public SocketTimeoutException(String message) {
        super(message);
    }
}
