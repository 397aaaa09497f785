package dev.mayfly.kernel.net;

import java.io.IOException;

/**
 * A socket operation that failed, with the reason as a {@link Kind}; the class library turns it
 * into the exception the JDK raises for that reason ({@code java.net.ConnectException} and so on).
 */
public final class NetException extends IOException {
    /** Why a socket operation failed. */
    public enum Kind {
        /** The socket was closed (by this side). */
        CLOSED,
        /** A timeout set on the socket expired while reading. */
        READ_TIMED_OUT,
        /** A timeout set on the server socket expired while accepting. */
        ACCEPT_TIMED_OUT,
        /** Connecting took longer than the timeout given. */
        CONNECT_TIMED_OUT,
        /** The peer answered the SYN with a reset. */
        REFUSED,
        /** The peer reset the connection. */
        RESET,
        /** The connection timed out (retransmissions unanswered). */
        TIMED_OUT,
        /** The port is already in use. */
        ADDRESS_IN_USE,
        /** No route: the interface has no address, or the destination cannot be used. */
        UNREACHABLE,
        /** The socket is not connected, or its output or input is shut down. */
        NOT_CONNECTED
    }

    private final Kind kind;

    public NetException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
