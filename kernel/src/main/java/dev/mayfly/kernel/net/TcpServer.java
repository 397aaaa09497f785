package dev.mayfly.kernel.net;

import dev.mayfly.net.socket.TcpListener;
import dev.mayfly.net.socket.TcpSocket;

/** A listening TCP port with a blocking accept: what {@code java.net.ServerSocket} is built on. */
public final class TcpServer extends SocketHandle {
    /** The backlog when the caller gives none (as the JDK's ServerSocket). */
    public static final int DEFAULT_BACKLOG = 50;

    private final NetworkStack stack;
    private final TcpListener listener;
    private boolean closed;

    private TcpServer(NetworkStack stack, TcpListener listener) {
        this.stack = stack;
        this.listener = listener;
    }

    /**
     * Listens on {@code port} of every local address (0 picks a free ephemeral port) with room for
     * {@code backlog} connections not yet accepted (at least 1; below 1 means the default).
     */
    public static TcpServer listen(NetworkStack stack, int port, int backlog) throws NetException {
        if (port < 0 || port > 0xffff) {
            throw new IllegalArgumentException("Port value out of range: " + port);
        }
        int b = backlog < 1 ? DEFAULT_BACKLOG : backlog;
        try (NetworkStack.Held h0 = stack.hold()) {
            try {
                TcpListener l = stack.iface().listen(port, b, NetworkStack.DEFAULT_BUFFER_SIZE, NetworkStack.DEFAULT_BUFFER_SIZE);
                return new TcpServer(stack, l);
            } catch (IllegalStateException e) {
                throw new NetException(NetException.Kind.ADDRESS_IN_USE, "Address already in use");
            }
        }
    }

    /** Waits for the next connection; {@code timeoutMillis} 0 waits without limit. */
    public TcpConnection accept(int timeoutMillis) throws NetException {
        long deadline = timeoutMillis <= 0 ? 0 : stack.clock().nowMillis() + timeoutMillis;
        while (true) {
            try (NetworkStack.Held h0 = stack.hold()) {
                if (closed) {
                    throw new NetException(NetException.Kind.CLOSED, "Socket closed");
                }
                TcpSocket s = listener.accept();
                if (s != null) {
                    return TcpConnection.accepted(stack, s);
                }
            }
            if (!stack.await(this, ACCEPTABLE, deadline)) {
                throw new NetException(NetException.Kind.ACCEPT_TIMED_OUT, "Accept timed out");
            }
        }
    }

    /** Stops listening; connections not yet accepted are reset, threads blocked in accept get "Socket closed". */
    public void close() {
        try (NetworkStack.Held h0 = stack.hold()) {
            if (closed) {
                return;
            }
            closed = true;
            stack.iface().unlisten(listener);
        }
        stack.pollAndWake();
        stack.wakeAll(this);
    }

    public boolean isClosed() {
        try (NetworkStack.Held h0 = stack.hold()) {
            return closed;
        }
    }

    public int localPort() {
        return listener.localPort();
    }

    @Override
    boolean satisfiedLocked(int condition) {
        return closed || listener.canAccept();
    }
}
