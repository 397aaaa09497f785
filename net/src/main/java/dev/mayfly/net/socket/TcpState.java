package dev.mayfly.net.socket;

/** The states of a TCP connection (RFC 9293 §3.3.2). */
public enum TcpState {
    CLOSED, LISTEN, SYN_SENT, SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT;

    /** Returns whether both sides' sequence numbers are known: SYN-RECEIVED excluded (RFC 9293 §3.5). */
    public boolean isSynchronized() {
        return ordinal() >= ESTABLISHED.ordinal();
    }
}
