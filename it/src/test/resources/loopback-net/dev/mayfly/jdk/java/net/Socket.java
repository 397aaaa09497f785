package dev.mayfly.jdk.java.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Test double of java.net.Socket: one end of an in-memory loopback connection (see Pipe). */
public class Socket implements java.io.Closeable {
    private Pipe in;
    private Pipe out;
    private int localPort;
    private int remotePort;
    private int timeout;
    private boolean closed;

    public Socket() {
    }

    public Socket(InetAddress address, int port) throws IOException {
        ServerSocket listener = ServerSocket.listening(port);
        if (listener == null) {
            throw new ConnectException("Connection refused");
        }
        Pipe up = new Pipe();
        Pipe down = new Pipe();
        int ephemeral = ServerSocket.ephemeralPort();
        Socket server = new Socket(up, down, port, ephemeral);
        this.in = down;
        this.out = up;
        this.localPort = ephemeral;
        this.remotePort = port;
        listener.enqueue(server);
    }

    public Socket(String host, int port) throws IOException {
        this(InetAddress.getByName(host), port);
    }

    Socket(Pipe in, Pipe out, int localPort, int remotePort) {
        this.in = in;
        this.out = out;
        this.localPort = localPort;
        this.remotePort = remotePort;
    }

    public InputStream getInputStream() throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                return in.read(b, off, len, timeout);
            }

            @Override
            public int available() {
                return in.available();
            }

            @Override
            public void close() throws IOException {
                Socket.this.close();
            }
        };
    }

    public OutputStream getOutputStream() throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                Socket.this.close();
            }
        };
    }

    public void setSoTimeout(int timeout) throws SocketException {
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        this.timeout = timeout;
    }

    public int getSoTimeout() {
        return timeout;
    }

    public void setTcpNoDelay(boolean on) {
    }

    public SocketAddress getRemoteSocketAddress() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), remotePort);
    }

    public SocketAddress getLocalSocketAddress() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), localPort);
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            in.closeReader();
            out.closeWriter();
        }
    }
}
