package dev.mayfly.net.socket;

/** Why a TCP connection ended abnormally; {@link #NONE} while it has not. */
public enum TcpError {
    /** No error. */
    NONE,
    /** The peer answered our SYN with a reset (RFC 9293 §3.10.7.3): "connection refused". */
    REFUSED,
    /** The peer reset an open connection (RFC 9293 §3.10.7.4): "connection reset". */
    RESET,
    /** Retransmissions or keep-alive probes went unanswered (RFC 1122 §4.2.3.5, R2). */
    TIMED_OUT,
    /** The local user aborted the connection. */
    ABORTED
}
