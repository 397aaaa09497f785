package dev.mayfly.jdk.sun.net.httpserver;

import dev.mayfly.jdk.com.sun.net.httpserver.HttpContext;
import dev.mayfly.jdk.com.sun.net.httpserver.HttpHandler;
import dev.mayfly.jdk.com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Mayfly's {@link HttpServer} over a blocking {@link ServerSocket}: a listener thread accepts,
 * each connection gets a thread that reads its requests, and handlers run on the executor (by
 * default the dispatcher thread). States: created → bound → started → stopped, as the JDK's.
 */
public final class MayflyHttpServer extends HttpServer {
    static final String LISTENER_THREAD_NAME = "HTTP-Listener";

    private final ServerLimits limits;
    private final ContextList contexts = new ContextList();
    private final Set<Connection> connections = new HashSet<>();
    private ServerSocket listener;
    private Executor executor;
    private Dispatcher dispatcher;
    private Thread listenerThread;
    private boolean started;
    private volatile boolean stopping;
    private int activeExchanges;
    private int connectionCount;

    MayflyHttpServer(ServerLimits limits) {
        this.limits = limits;
    }

    @Override
    public synchronized void bind(InetSocketAddress addr, int backlog) throws IOException {
        Objects.requireNonNull(addr, "null address");
        if (listener != null) {
            throw new BindException("HttpServer already bound");
        }
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(addr, backlog);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
        listener = socket;
    }

    @Override
    public synchronized void start() {
        if (listener == null || started || stopping) {
            throw new IllegalStateException("server in wrong state");
        }
        started = true;
        if (executor == null) {
            dispatcher = new Dispatcher();
            dispatcher.start();
        }
        listenerThread = new Thread(this::acceptLoop, LISTENER_THREAD_NAME);
        listenerThread.start();
    }

    private void acceptLoop() {
        while (!stopping) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (stopping || listener.isClosed()) {
                    return;
                }
                // A transient failure (the peer reset before accept, descriptors exhausted): go on.
                continue;
            }
            Connection connection = new Connection(this, socket, limits);
            Thread thread;
            synchronized (this) {
                if (stopping) {
                    connection.closeSocket();
                    return;
                }
                connections.add(connection);
                thread = new Thread(connection, "HTTP-Connection-" + ++connectionCount);
            }
            thread.setDaemon(true);
            thread.start();
        }
    }

    boolean accepting() {
        return !stopping;
    }

    MayflyHttpContext findContext(String path) {
        return contexts.find(path);
    }

    void dispatch(Exchange exchange) {
        Executor e;
        synchronized (this) {
            e = executor;
        }
        if (e != null) {
            e.execute(exchange);
        } else {
            dispatcher.execute(exchange);
        }
    }

    synchronized void exchangeStarted() {
        activeExchanges++;
    }

    synchronized void exchangeEnded() {
        activeExchanges--;
        notifyAll();
    }

    synchronized void connectionClosed(Connection connection) {
        connections.remove(connection);
    }

    @Override
    public synchronized void setExecutor(Executor executor) {
        if (started) {
            throw new IllegalStateException("server already started");
        }
        this.executor = executor;
    }

    @Override
    public synchronized Executor getExecutor() {
        return executor;
    }

    @Override
    public void stop(int delay) {
        if (delay < 0) {
            throw new IllegalArgumentException("negative delay parameter");
        }
        Thread listening;
        Dispatcher dispatching;
        List<Connection> open;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            try {
                if (listener != null) {
                    listener.close();
                }
            } catch (IOException e) {
                // The listener is unusable either way.
            }
            long end = System.currentTimeMillis() + delay * 1000L;
            long left;
            while (activeExchanges > 0 && (left = end - System.currentTimeMillis()) > 0) {
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            open = new ArrayList<>(connections);
            listening = listenerThread;
            dispatching = dispatcher;
        }
        for (Connection c : open) {
            c.abort();
        }
        try {
            if (listening != null && listening != Thread.currentThread()) {
                listening.join();
            }
            if (dispatching != null) {
                dispatching.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public HttpContext createContext(String path, HttpHandler handler) {
        if (handler == null || path == null) {
            throw new NullPointerException("null handler, or path parameter");
        }
        return addContext(path, handler);
    }

    @Override
    public HttpContext createContext(String path) {
        if (path == null) {
            throw new NullPointerException("null path parameter");
        }
        return addContext(path, null);
    }

    private HttpContext addContext(String path, HttpHandler handler) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Illegal value for path or protocol");
        }
        MayflyHttpContext context = new MayflyHttpContext(path, handler, this);
        contexts.add(context);
        return context;
    }

    @Override
    public void removeContext(String path) {
        if (path == null) {
            throw new NullPointerException("null path parameter");
        }
        contexts.remove(path);
    }

    @Override
    public void removeContext(HttpContext context) {
        if (!(context instanceof MayflyHttpContext c) || c.getServer() != this) {
            throw new IllegalArgumentException("wrong HttpContext type");
        }
        contexts.remove(c);
    }

    @Override
    public synchronized InetSocketAddress getAddress() {
        if (listener == null) {
            return null;
        }
        SocketAddress a = listener.getLocalSocketAddress();
        return a instanceof InetSocketAddress i ? i : null;
    }
}
