package dev.mayfly.jdk.java.net;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/** Test double of java.net.ServerSocket: a listener on the in-memory loopback network (see Pipe). */
public class ServerSocket implements java.io.Closeable {
    private static final Map<Integer, ServerSocket> LISTENERS = new HashMap<>();
    private static int nextPort = 40000;

    private final ArrayDeque<Socket> backlog = new ArrayDeque<>();
    private int port = -1;
    private boolean closed;

    public ServerSocket() throws IOException {
    }

    public ServerSocket(int port) throws IOException {
        bind(new InetSocketAddress(port), 50);
    }

    static synchronized ServerSocket listening(int port) {
        return LISTENERS.get(port);
    }

    static synchronized int ephemeralPort() {
        while (LISTENERS.containsKey(nextPort)) {
            nextPort++;
        }
        return nextPort++;
    }

    public void setReuseAddress(boolean on) {
    }

    public void bind(SocketAddress address, int backlogSize) throws IOException {
        int wanted = address instanceof InetSocketAddress i ? i.getPort() : 0;
        synchronized (ServerSocket.class) {
            if (port >= 0) {
                throw new SocketException("Already bound");
            }
            int chosen = wanted == 0 ? ephemeralPort() : wanted;
            if (LISTENERS.containsKey(chosen)) {
                throw new BindException("Address already in use");
            }
            LISTENERS.put(chosen, this);
            port = chosen;
        }
    }

    synchronized void enqueue(Socket socket) throws IOException {
        if (closed) {
            throw new ConnectException("Connection refused");
        }
        backlog.addLast(socket);
        notifyAll();
    }

    public synchronized Socket accept() throws IOException {
        while (backlog.isEmpty()) {
            if (closed) {
                throw new SocketException("Socket closed");
            }
            try {
                wait();
            } catch (InterruptedException e) {
                throw new InterruptedIOException("interrupted");
            }
        }
        return backlog.removeFirst();
    }

    public boolean isClosed() {
        return closed;
    }

    public int getLocalPort() {
        return port;
    }

    public SocketAddress getLocalSocketAddress() {
        return port < 0 ? null : new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    @Override
    public void close() throws IOException {
        synchronized (ServerSocket.class) {
            if (port >= 0 && LISTENERS.get(port) == this) {
                LISTENERS.remove(port);
            }
        }
        synchronized (this) {
            closed = true;
            for (Socket s : backlog) {
                s.close();
            }
            backlog.clear();
            notifyAll();
        }
    }
}
