package dev.mayfly.kernel.net;

import dev.mayfly.net.iface.Interface;
import dev.mayfly.net.socket.TcpError;
import dev.mayfly.net.socket.TcpSocket;
import dev.mayfly.net.socket.TcpState;
import dev.mayfly.net.wire.Ipv4Address;

/**
 * A TCP connection with blocking calls: what {@code java.net.Socket} is built on.
 *
 * <p>Reads block until data, the end of the stream or the read timeout; writes block until the
 * transmit ring took every byte. Errors are {@link NetException}s whose kind names the reason.
 */
public final class TcpConnection extends SocketHandle {
    private final NetworkStack stack;
    private final TcpSocket socket;
    private boolean closed;
    private boolean inputShutdown;
    private boolean outputShutdown;

    TcpConnection(NetworkStack stack, TcpSocket socket) {
        this.stack = stack;
        this.socket = socket;
        stack.opened(this);
    }

    /**
     * Connects to {@code address:port}, waiting at most {@code timeoutMillis} (0 = until the stack
     * gives up: about two minutes of SYN retransmissions). Waits for an address first if DHCP has
     * not given one yet.
     */
    public static TcpConnection connect(NetworkStack stack, int address, int port, int timeoutMillis) throws NetException {
        long deadline = timeoutMillis <= 0 ? 0 : stack.clock().nowMillis() + timeoutMillis;
        TcpSocket socket = new TcpSocket(NetworkStack.DEFAULT_BUFFER_SIZE, NetworkStack.DEFAULT_BUFFER_SIZE);
        TcpConnection c;
        try (NetworkStack.Held h0 = stack.hold()) {
            c = new TcpConnection(stack, socket);
        }
        if (!Ipv4Address.isLoopback(address) && stack.address() == 0) {
            AddressWait wait = new AddressWait(stack);
            long addressDeadline = deadline != 0 ? deadline : stack.clock().nowMillis() + 30_000;
            if (!stack.await(wait, CONNECTED, addressDeadline)) {
                c.release();
                if (deadline != 0 && stack.clock().nowMillis() >= deadline) {
                    throw new NetException(NetException.Kind.CONNECT_TIMED_OUT, "Connect timed out");
                }
                throw new NetException(NetException.Kind.UNREACHABLE, "Network is unreachable (no IPv4 address)");
            }
        }
        try (NetworkStack.Held h0 = stack.hold()) {
            Interface iface = stack.iface();
            try {
                iface.connect(socket, stack.clock().nowMillis(), address, port);
            } catch (IllegalStateException | IllegalArgumentException e) {
                c.releaseLocked();
                throw new NetException(NetException.Kind.UNREACHABLE, "Network is unreachable");
            }
        }
        c.stackWork();
        if (!stack.await(c, CONNECTED, deadline)) {
            try (NetworkStack.Held h0 = stack.hold()) {
                socket.abort();
            }
            c.release();
            throw new NetException(NetException.Kind.CONNECT_TIMED_OUT, "Connect timed out");
        }
        try (NetworkStack.Held h0 = stack.hold()) {
            if (!socket.isEstablished()) {
                TcpError error = socket.error();
                c.releaseLocked();
                throw switch (error) {
                    case REFUSED -> new NetException(NetException.Kind.REFUSED, "Connection refused");
                    case TIMED_OUT -> new NetException(NetException.Kind.CONNECT_TIMED_OUT, "Connection timed out");
                    default -> new NetException(NetException.Kind.RESET, "Connection reset");
                };
            }
        }
        return c;
    }

    static TcpConnection accepted(NetworkStack stack, TcpSocket socket) {
        return new TcpConnection(stack, socket);
    }

    /**
     * Reads at least one byte into {@code dst[off..off+len)}; returns how many, or -1 at the end of
     * the stream. {@code timeoutMillis} 0 waits without limit.
     */
    public int read(byte[] dst, int off, int len, int timeoutMillis) throws NetException {
        if (len == 0) {
            return 0;
        }
        long deadline = timeoutMillis <= 0 ? 0 : stack.clock().nowMillis() + timeoutMillis;
        while (true) {
            int n;
            boolean windowReopened = false;
            try (NetworkStack.Held h0 = stack.hold()) {
                checkOpen();
                if (inputShutdown) {
                    return -1;
                }
                int before = socket.bytesToRead();
                n = socket.read(dst, off, len);
                if (n > 0) {
                    // If the window was closing, reading reopened it: send the update now (below).
                    windowReopened = before >= NetworkStack.DEFAULT_BUFFER_SIZE / 2;
                }
                if (n < 0) {
                    TcpError error = socket.error();
                    if (error == TcpError.RESET) {
                        throw new NetException(NetException.Kind.RESET, "Connection reset");
                    }
                    if (error == TcpError.TIMED_OUT) {
                        throw new NetException(NetException.Kind.TIMED_OUT, "Connection timed out");
                    }
                    return -1;
                }
            }
            if (n > 0) {
                if (windowReopened) {
                    stack.pollAndWake();       // wakes whoever the frames this poll took were for
                }
                return n;
            }
            if (!stack.await(this, READABLE, deadline)) {
                throw new NetException(NetException.Kind.READ_TIMED_OUT, "Read timed out");
            }
        }
    }

    /** Bytes that can be read without blocking. */
    public int available() throws NetException {
        try (NetworkStack.Held h0 = stack.hold()) {
            checkOpen();
            return inputShutdown ? 0 : socket.bytesToRead();
        }
    }

    /** Queues all of {@code src[off..off+len)} for sending, blocking while the transmit ring is full. */
    public void write(byte[] src, int off, int len) throws NetException {
        while (len > 0) {
            try (NetworkStack.Held h0 = stack.hold()) {
                checkOpen();
                if (outputShutdown) {
                    throw new NetException(NetException.Kind.CLOSED, "Socket output is shutdown");
                }
                int n = socket.write(src, off, len);
                if (n < 0) {
                    throw socket.error() == TcpError.TIMED_OUT
                            ? new NetException(NetException.Kind.TIMED_OUT, "Connection timed out")
                            : new NetException(NetException.Kind.RESET, socket.error() == TcpError.NONE
                                    ? "Broken pipe" : "Connection reset");
                }
                off += n;
                len -= n;
            }
            stackWork();
            if (len > 0 && !stack.await(this, WRITABLE, 0)) {
                throw new NetException(NetException.Kind.TIMED_OUT, "Write timed out");
            }
        }
    }

    /** Lets the stack send what was queued, and wakes whoever that made ready. */
    private void stackWork() {
        stack.pollAndWake();
    }

    /** Half-closes the input: later reads return the end of the stream. */
    public void shutdownInput() throws NetException {
        try (NetworkStack.Held h0 = stack.hold()) {
            checkOpen();
            inputShutdown = true;
        }
    }

    /** Half-closes the output: a FIN follows the queued data. */
    public void shutdownOutput() throws NetException {
        try (NetworkStack.Held h0 = stack.hold()) {
            checkOpen();
            if (!outputShutdown) {
                outputShutdown = true;
                socket.shutdownOutput();
            }
        }
        stackWork();
    }

    /** Closes the connection (a FIN, or a reset when received data was left unread). Idempotent. */
    public void close() {
        try (NetworkStack.Held h0 = stack.hold()) {
            if (closed) {
                return;
            }
            closed = true;
            if (inputShutdown && socket.bytesToRead() > 0) {
                byte[] drain = new byte[socket.bytesToRead()];
                socket.read(drain, 0, drain.length);   // shut-down input discards what arrives, as the JDK does
            }
            socket.close();
        }
        stackWork();
        stack.wakeAll(this);
    }

    private void release() {
        try (NetworkStack.Held h0 = stack.hold()) {
            releaseLocked();
        }
    }

    private void releaseLocked() {
        closed = true;
        stack.finished(this);
    }

    private void checkOpen() throws NetException {
        if (closed) {
            throw new NetException(NetException.Kind.CLOSED, "Socket closed");
        }
    }

    public boolean isClosed() {
        try (NetworkStack.Held h0 = stack.hold()) {
            return closed;
        }
    }

    public void setNoDelay(boolean on) {
        try (NetworkStack.Held h0 = stack.hold()) {
            socket.setNoDelay(on);
        }
    }

    public boolean noDelay() {
        try (NetworkStack.Held h0 = stack.hold()) {
            return socket.noDelay();
        }
    }

    public void setKeepAlive(boolean on) {
        try (NetworkStack.Held h0 = stack.hold()) {
            socket.setKeepAlive(on);
        }
    }

    public boolean keepAlive() {
        try (NetworkStack.Held h0 = stack.hold()) {
            return socket.keepAlive();
        }
    }

    public int localAddress() {
        try (NetworkStack.Held h0 = stack.hold()) {
            return socket.localAddress();
        }
    }

    public int localPort() {
        try (NetworkStack.Held h0 = stack.hold()) {
            return socket.localPort();
        }
    }

    public int remoteAddress() {
        try (NetworkStack.Held h0 = stack.hold()) {
            return socket.remoteAddress();
        }
    }

    public int remotePort() {
        try (NetworkStack.Held h0 = stack.hold()) {
            return socket.remotePort();
        }
    }

    /** The TCP state, for diagnostics and tests. */
    public TcpState state() {
        try (NetworkStack.Held h0 = stack.hold()) {
            return socket.state();
        }
    }

    @Override
    boolean satisfiedLocked(int condition) {
        if (closed) {
            return true;
        }
        return switch (condition) {
            case READABLE -> inputShutdown || socket.canRead() || socket.state() == TcpState.CLOSED;
            case WRITABLE -> socket.writeCapacity() > 0 || !mayStillWrite(socket.state());
            case CONNECTED -> socket.state() != TcpState.SYN_SENT && socket.state() != TcpState.SYN_RECEIVED;
            default -> false;
        };
    }

    private static boolean mayStillWrite(TcpState s) {
        return s == TcpState.ESTABLISHED || s == TcpState.CLOSE_WAIT || s == TcpState.SYN_SENT || s == TcpState.SYN_RECEIVED;
    }

    @Override
    boolean unacknowledgedLocked() {
        return socket.isOpen() && socket.bytesUnacknowledged() > 0;
    }

    @Override
    boolean lingers() {
        if (!closed) {
            return false;
        }
        TcpState s = socket.state();
        boolean done = s == TcpState.CLOSED || s == TcpState.TIME_WAIT || s == TcpState.FIN_WAIT_2;
        if (done) {
            stack.finished(this);
        }
        return !done;
    }

    /** Waits for the interface to get an address (DHCP). */
    private static final class AddressWait extends SocketHandle {
        private final NetworkStack stack;

        AddressWait(NetworkStack stack) {
            this.stack = stack;
        }

        @Override
        boolean satisfiedLocked(int condition) {
            return stack.iface().config().isConfigured();
        }
    }
}
