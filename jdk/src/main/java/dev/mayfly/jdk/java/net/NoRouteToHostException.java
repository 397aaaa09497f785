package dev.mayfly.jdk.java.net;

/** java.net.NoRouteToHostException on Mayfly (compiled as {@code java.net.NoRouteToHostException}): Signals that the remote host cannot be reached. */
public class NoRouteToHostException extends SocketException {
    public NoRouteToHostException() {
    }

    public NoRouteToHostException(String message) {
        super(message);
    }
}
