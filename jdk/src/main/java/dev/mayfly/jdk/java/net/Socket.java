package dev.mayfly.jdk.java.net;

import dev.mayfly.kernel.net.NetException;
import dev.mayfly.kernel.net.Network;
import dev.mayfly.kernel.net.TcpConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * java.net.Socket on Mayfly (compiled as {@code java.net.Socket}): a TCP client socket over the
 * kernel's stack ({@link TcpConnection}). Blocking calls suspend only the calling thread.
 */
public class Socket implements java.io.Closeable {
    private TcpConnection connection;
    private boolean closed;
    private boolean inputShutdown;
    private boolean outputShutdown;
    private int soTimeout;
    private boolean noDelay;
    private boolean keepAlive;
    private boolean reuseAddress;
    private int receiveBufferSize = 65536;
    private int sendBufferSize = 65536;
    private int linger = -1;
    private InetAddress remote;
    private InputStream in;
    private OutputStream out;

    public Socket() {
    }

    public Socket(String host, int port) throws IOException {
        this(InetAddress.getByName(host), port);
    }

    public Socket(InetAddress address, int port) throws IOException {
        try {
            connect(new InetSocketAddress(address, port));
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Wraps an accepted connection (ServerSocket.accept). */
    Socket(TcpConnection accepted) {
        this.connection = accepted;
        this.remote = new Inet4Address(null, accepted.remoteAddress());
    }

    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (endpoint == null) {
            throw new IllegalArgumentException("connect: The address can't be null");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("connect: timeout can't be negative");
        }
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (connection != null) {
            throw new SocketException("already connected");
        }
        if (!(endpoint instanceof InetSocketAddress isa)) {
            throw new IllegalArgumentException("Unsupported address type");
        }
        if (isa.isUnresolved()) {
            throw new UnknownHostException(isa.getHostName());
        }
        InetAddress address = isa.getAddress();
        int a = address.toInt() == 0 ? Inet4Address.LOOPBACK : address.toInt();
        try {
            connection = TcpConnection.connect(Network.stack(), a, isa.getPort(), timeout);
        } catch (NetException e) {
            throw NetErrors.translate(e);
        }
        remote = address;
        connection.setNoDelay(noDelay);
        connection.setKeepAlive(keepAlive);
    }

    public InputStream getInputStream() throws IOException {
        checkUsable();
        if (inputShutdown) {
            throw new SocketException("Socket input is shutdown");
        }
        if (in == null) {
            in = new SocketInput();
        }
        return in;
    }

    public OutputStream getOutputStream() throws IOException {
        checkUsable();
        if (outputShutdown) {
            throw new SocketException("Socket output is shutdown");
        }
        if (out == null) {
            out = new SocketOutput();
        }
        return out;
    }

    private void checkUsable() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (connection == null) {
            throw new SocketException("Socket is not connected");
        }
    }

    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (connection != null) {
            connection.close();
        }
    }

    public boolean isClosed() { return closed; }
    public boolean isConnected() { return connection != null; }
    public boolean isBound() { return connection != null; }
    public boolean isInputShutdown() { return inputShutdown; }
    public boolean isOutputShutdown() { return outputShutdown; }

    public void shutdownInput() throws IOException {
        checkUsable();
        if (inputShutdown) {
            throw new SocketException("Socket input is already shutdown");
        }
        inputShutdown = true;
        run(Op.SHUTDOWN_INPUT);
    }

    public void shutdownOutput() throws IOException {
        checkUsable();
        if (outputShutdown) {
            throw new SocketException("Socket output is already shutdown");
        }
        outputShutdown = true;
        run(Op.SHUTDOWN_OUTPUT);
    }

    private enum Op { SHUTDOWN_INPUT, SHUTDOWN_OUTPUT }

    private void run(Op op) throws IOException {
        try {
            if (op == Op.SHUTDOWN_INPUT) {
                connection.shutdownInput();
            } else {
                connection.shutdownOutput();
            }
        } catch (NetException e) {
            throw NetErrors.translate(e);
        }
    }

    public InetAddress getInetAddress() { return connection == null ? null : remote; }
    public int getPort() { return connection == null ? 0 : connection.remotePort(); }
    public int getLocalPort() { return connection == null ? -1 : connection.localPort(); }

    public InetAddress getLocalAddress() {
        return connection == null ? new Inet4Address(null, 0) : new Inet4Address(null, connection.localAddress());
    }

    public SocketAddress getRemoteSocketAddress() {
        return connection == null ? null : new InetSocketAddress(remote, getPort());
    }

    public SocketAddress getLocalSocketAddress() {
        return connection == null ? null : new InetSocketAddress(getLocalAddress(), getLocalPort());
    }

    public void setSoTimeout(int timeout) throws SocketException {
        checkNotClosed();
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        soTimeout = timeout;
    }

    public int getSoTimeout() throws SocketException {
        checkNotClosed();
        return soTimeout;
    }

    public void setTcpNoDelay(boolean on) throws SocketException {
        checkNotClosed();
        noDelay = on;
        if (connection != null) {
            connection.setNoDelay(on);
        }
    }

    public boolean getTcpNoDelay() throws SocketException {
        checkNotClosed();
        return noDelay;
    }

    public void setKeepAlive(boolean on) throws SocketException {
        checkNotClosed();
        keepAlive = on;
        if (connection != null) {
            connection.setKeepAlive(on);
        }
    }

    public boolean getKeepAlive() throws SocketException {
        checkNotClosed();
        return keepAlive;
    }

    public void setReuseAddress(boolean on) throws SocketException {
        checkNotClosed();
        reuseAddress = on;
    }

    public boolean getReuseAddress() throws SocketException {
        checkNotClosed();
        return reuseAddress;
    }

    public void setSoLinger(boolean on, int seconds) throws SocketException {
        checkNotClosed();
        if (on && seconds < 0) {
            throw new IllegalArgumentException("invalid value for SO_LINGER");
        }
        linger = on ? Math.min(seconds, 65535) : -1;
    }

    public int getSoLinger() throws SocketException {
        checkNotClosed();
        return linger;
    }

    /** Recorded only: the kernel's rings have a fixed size. */
    public void setReceiveBufferSize(int size) throws SocketException {
        checkNotClosed();
        if (size <= 0) {
            throw new IllegalArgumentException("invalid receive size");
        }
        receiveBufferSize = size;
    }

    public int getReceiveBufferSize() throws SocketException {
        checkNotClosed();
        return receiveBufferSize;
    }

    /** Recorded only: the kernel's rings have a fixed size. */
    public void setSendBufferSize(int size) throws SocketException {
        checkNotClosed();
        if (size <= 0) {
            throw new IllegalArgumentException("negative send size");
        }
        sendBufferSize = size;
    }

    public int getSendBufferSize() throws SocketException {
        checkNotClosed();
        return sendBufferSize;
    }

    private void checkNotClosed() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
    }

    @Override
    public String toString() {
        if (connection == null) {
            return "Socket[unconnected]";
        }
        return "Socket[addr=" + remote + ",port=" + getPort() + ",localport=" + getLocalPort() + "]";
    }

    private final class SocketInput extends InputStream {
        private final byte[] one = new byte[1];

        @Override
        public int read() throws IOException {
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (off < 0 || len < 0 || len > b.length - off) {
                throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + b.length);
            }
            if (closed) {
                throw new SocketException("Socket closed");
            }
            if (inputShutdown) {
                return -1;
            }
            try {
                return connection.read(b, off, len, soTimeout);
            } catch (NetException e) {
                throw NetErrors.translate(e);
            }
        }

        @Override
        public int available() throws IOException {
            if (closed) {
                throw new SocketException("Socket closed");
            }
            try {
                return connection.available();
            } catch (NetException e) {
                throw NetErrors.translate(e);
            }
        }

        @Override
        public void close() throws IOException {
            Socket.this.close();
        }
    }

    private final class SocketOutput extends OutputStream {
        private final byte[] one = new byte[1];

        @Override
        public void write(int b) throws IOException {
            one[0] = (byte) b;
            write(one, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (off < 0 || len < 0 || len > b.length - off) {
                throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + b.length);
            }
            if (closed) {
                throw new SocketException("Socket closed");
            }
            if (outputShutdown) {
                throw new SocketException("Socket output is shutdown");
            }
            try {
                connection.write(b, off, len);
            } catch (NetException e) {
                throw NetErrors.translate(e);
            }
        }

        @Override
        public void close() throws IOException {
            Socket.this.close();
        }
    }
}
