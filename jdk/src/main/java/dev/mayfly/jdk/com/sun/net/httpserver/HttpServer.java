package dev.mayfly.jdk.com.sun.net.httpserver;

import dev.mayfly.jdk.com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * com.sun.net.httpserver.HttpServer on Mayfly: an HTTP/1.1 server bound to one address, routing
 * each request to the {@link HttpContext} with the longest matching path prefix.
 */
public abstract class HttpServer {
    protected HttpServer() {
    }

    /** A server not yet bound to an address ({@link #bind} it before {@link #start}). */
    public static HttpServer create() throws IOException {
        return create(null, 0);
    }

    /** A server bound to {@code addr} (null: unbound) with the given listen backlog (≤ 0: the system default). */
    public static HttpServer create(InetSocketAddress addr, int backlog) throws IOException {
        return HttpServerProvider.provider().createHttpServer(addr, backlog);
    }

    /** A bound server with one context at {@code path} handled by {@code handler} behind {@code filters}. */
    public static HttpServer create(InetSocketAddress addr, int backlog, String path, HttpHandler handler,
            Filter... filters) throws IOException {
        Objects.requireNonNull(path);
        Objects.requireNonNull(handler);
        Objects.requireNonNull(filters);
        for (Filter f : filters) {
            Objects.requireNonNull(f);
        }
        HttpServer server = create(addr, backlog);
        HttpContext context = server.createContext(path);
        context.setHandler(handler);
        for (Filter f : filters) {
            context.getFilters().add(f);
        }
        return server;
    }

    public abstract void bind(InetSocketAddress addr, int backlog) throws IOException;

    /** Starts accepting connections, on a thread of its own. */
    public abstract void start();

    /** Sets the executor that runs handlers; null (the default) runs them on the server's dispatcher thread. */
    public abstract void setExecutor(Executor executor);

    /** The executor set by {@link #setExecutor}, or null. */
    public abstract Executor getExecutor();

    /** Stops: closes the listener, waits up to {@code delay} seconds for exchanges in progress, closes every connection. */
    public abstract void stop(int delay);

    public abstract HttpContext createContext(String path, HttpHandler handler);

    public abstract HttpContext createContext(String path);

    public abstract void removeContext(String path) throws IllegalArgumentException;

    public abstract void removeContext(HttpContext context);

    public abstract InetSocketAddress getAddress();
}
