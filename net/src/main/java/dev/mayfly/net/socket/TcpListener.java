package dev.mayfly.net.socket;

/**
 * A passive-open endpoint on a local port (RFC 9293 §3.10.1, "LISTEN"): each acceptable SYN
 * spawns a {@link TcpSocket} that completes the handshake; {@link #accept} hands out the
 * connections that have.
 *
 * <p>As on Linux, two limits bound it: at most {@code backlog} connections wait to be accepted, and
 * at most {@link #SYN_BACKLOG} are half-open; a SYN beyond either is dropped and counted (the peer
 * retransmits it), which bounds memory under a SYN flood. Half-open connections do not count
 * against the backlog, so a burst of as many connects as the backlog (wrk opening 50 at once
 * against a backlog of 50) is not cut short by the ones still completing their handshake.
 */
public final class TcpListener {
    /** Half-open connections a listener keeps besides its backlog (Linux's tcp_max_syn_backlog is at least 128). */
    public static final int SYN_BACKLOG = 128;

    private final int localAddress;
    private final int localPort;
    private final TcpSocket[] pending;
    private final int backlog;
    private final int rxCapacity;
    private final int txCapacity;
    private int count;
    private boolean closed;
    private boolean noDelay;
    private boolean keepAlive;
    private int minimumRto = RttEstimator.MIN_RTO_MILLIS;
    private int mss = TcpSocket.ETHERNET_MSS;

    /**
     * Creates a listener on {@code localPort} ({@code localAddress} 0 for any) whose connections
     * get rings of the given sizes.
     */
    public TcpListener(int localAddress, int localPort, int backlog, int rxCapacity, int txCapacity) {
        if (backlog < 1) {
            throw new IllegalArgumentException("backlog " + backlog);
        }
        this.localAddress = localAddress;
        this.localPort = localPort;
        this.backlog = backlog;
        // a half-open connection may complete while the accept queue is full: room for both
        this.pending = new TcpSocket[backlog + SYN_BACKLOG];
        this.rxCapacity = rxCapacity;
        this.txCapacity = txCapacity;
    }

    public int localAddress() { return localAddress; }
    public int localPort() { return localPort; }
    public int backlog() { return backlog; }
    public boolean isClosed() { return closed; }

    /** Applies TCP_NODELAY to accepted connections. */
    public void setNoDelay(boolean noDelay) { this.noDelay = noDelay; }
    /** Applies keep-alive (with default timing) to accepted connections. */
    public void setKeepAlive(boolean keepAlive) { this.keepAlive = keepAlive; }
    /** Applies a lower bound of the retransmission timeout to accepted connections. */
    public void setMinimumRto(int millis) { this.minimumRto = millis; }
    /** Sets the MSS accepted connections advertise (the interface does this). */
    public void setMaximumSegmentSize(int mss) { this.mss = mss; }

    /** Returns the number of connections half-open or waiting to be accepted. */
    public int pendingCount() {
        prune();
        return count;
    }

    /** Returns whether {@link #accept} would return a connection now. */
    public boolean canAccept() {
        for (int i = 0; i < count; i++) {
            if (isAcceptable(pending[i])) {
                return true;
            }
        }
        return false;
    }

    /** Returns the oldest connection whose handshake has completed, or null if there is none. */
    public TcpSocket accept() {
        prune();
        for (int i = 0; i < count; i++) {
            TcpSocket s = pending[i];
            if (isAcceptable(s)) {
                remove(i);
                s.listener = null;
                return s;
            }
        }
        return null;
    }

    private static boolean isAcceptable(TcpSocket s) {
        return s.state() != TcpState.SYN_RECEIVED && s.state() != TcpState.LISTEN && s.state() != TcpState.CLOSED;
    }

    /** Stops listening; half-open and unaccepted connections are aborted. */
    public void close() {
        closed = true;
        for (int i = 0; i < count; i++) {
            pending[i].abort();
            pending[i].listener = null;
            pending[i] = null;
        }
        count = 0;
    }

    /**
     * Creates the socket for an incoming SYN from {@code remoteAddress:remotePort} to
     * {@code dstAddress}, or returns null when the backlog is full (the caller counts the drop).
     */
    public TcpSocket spawn(int dstAddress, int remoteAddress, int remotePort) {
        prune();
        if (closed || count == pending.length) {
            return null;
        }
        int halfOpen = 0;
        for (int i = 0; i < count; i++) {
            if (pending[i].state() == TcpState.SYN_RECEIVED) {
                halfOpen++;
            }
        }
        if (halfOpen >= SYN_BACKLOG || count - halfOpen >= backlog) {
            return null; // too many half-open, or the accept queue is full (Linux drops the SYN then too)
        }
        TcpSocket s = new TcpSocket(rxCapacity, txCapacity);
        s.setNoDelay(noDelay);
        s.setMinimumRto(minimumRto);
        s.setMaximumSegmentSize(mss);
        if (keepAlive) {
            s.setKeepAlive(true);
        }
        s.listenFor(dstAddress, localPort, remoteAddress, remotePort);
        s.listener = this;
        pending[count++] = s;
        return s;
    }

    private void prune() {
        for (int i = count - 1; i >= 0; i--) {
            if (pending[i].state() == TcpState.CLOSED) {
                pending[i].listener = null;
                remove(i);
            }
        }
    }

    private void remove(int i) {
        System.arraycopy(pending, i + 1, pending, i, count - i - 1);
        pending[--count] = null;
    }
}
