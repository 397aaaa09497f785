package dev.mayfly.jdk.java.net;

import dev.mayfly.kernel.net.NetException;
import dev.mayfly.kernel.net.Network;
import dev.mayfly.kernel.net.TcpConnection;
import dev.mayfly.kernel.net.TcpServer;
import java.io.IOException;

/**
 * java.net.ServerSocket on Mayfly (compiled as {@code java.net.ServerSocket}): a listening TCP
 * port over the kernel's stack ({@link TcpServer}). It listens on every local address whatever
 * address it is bound to (one interface, one address).
 */
public class ServerSocket implements java.io.Closeable {
    private TcpServer server;
    private InetAddress bindAddress;
    private boolean closed;
    private int soTimeout;
    private boolean reuseAddress = true;
    private int receiveBufferSize = 65536;

    public ServerSocket() throws IOException {
    }

    public ServerSocket(int port) throws IOException {
        this(port, 50, null);
    }

    public ServerSocket(int port, int backlog) throws IOException {
        this(port, backlog, null);
    }

    public ServerSocket(int port, int backlog, InetAddress bindAddr) throws IOException {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("Port value out of range: " + port);
        }
        bind(new InetSocketAddress(bindAddr, port), backlog);
    }

    public void bind(SocketAddress endpoint) throws IOException {
        bind(endpoint, 50);
    }

    public void bind(SocketAddress endpoint, int backlog) throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (server != null) {
            throw new SocketException("Already bound");
        }
        InetSocketAddress isa;
        if (endpoint == null) {
            isa = new InetSocketAddress(0);
        } else if (endpoint instanceof InetSocketAddress i) {
            isa = i;
        } else {
            throw new IllegalArgumentException("Unsupported address type");
        }
        if (isa.isUnresolved()) {
            throw new SocketException("Unresolved address");
        }
        try {
            server = TcpServer.listen(Network.stack(), isa.getPort(), backlog);
        } catch (NetException e) {
            throw NetErrors.translate(e);
        }
        bindAddress = isa.getAddress();
    }

    public Socket accept() throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (server == null) {
            throw new SocketException("Socket is not bound yet");
        }
        try {
            TcpConnection c = server.accept(soTimeout);
            return new Socket(c);
        } catch (NetException e) {
            throw NetErrors.translate(e);
        }
    }

    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (server != null) {
            server.close();
        }
    }

    public boolean isClosed() { return closed; }
    public boolean isBound() { return server != null; }
    public int getLocalPort() { return server == null ? -1 : server.localPort(); }
    public InetAddress getInetAddress() { return server == null ? null : bindAddress; }

    public SocketAddress getLocalSocketAddress() {
        return server == null ? null : new InetSocketAddress(bindAddress, getLocalPort());
    }

    public void setSoTimeout(int timeout) throws SocketException {
        checkNotClosed();
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        soTimeout = timeout;
    }

    public int getSoTimeout() throws IOException {
        checkNotClosed();
        return soTimeout;
    }

    /** Recorded: the stack lets a port be reused at once anyway (no TIME-WAIT binding conflict). */
    public void setReuseAddress(boolean on) throws SocketException {
        checkNotClosed();
        reuseAddress = on;
    }

    public boolean getReuseAddress() throws SocketException {
        checkNotClosed();
        return reuseAddress;
    }

    public void setReceiveBufferSize(int size) throws SocketException {
        checkNotClosed();
        if (size <= 0) {
            throw new IllegalArgumentException("negative receive size");
        }
        receiveBufferSize = size;
    }

    public int getReceiveBufferSize() throws SocketException {
        checkNotClosed();
        return receiveBufferSize;
    }

    private void checkNotClosed() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
    }

    @Override
    public String toString() {
        if (server == null) {
            return "ServerSocket[unbound]";
        }
        return "ServerSocket[addr=" + bindAddress + ",localport=" + getLocalPort() + "]";
    }
}
