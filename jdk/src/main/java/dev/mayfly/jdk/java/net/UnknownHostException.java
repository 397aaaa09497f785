package dev.mayfly.jdk.java.net;

/** java.net.UnknownHostException on Mayfly (compiled as {@code java.net.UnknownHostException}): Thrown to indicate that the IP address of a host could not be determined. */
public class UnknownHostException extends java.io.IOException {
    public UnknownHostException() {
    }

    public UnknownHostException(String message) {
        super(message);
    }
}
