package dev.mayfly.jdk.sun.net.httpserver;

import dev.mayfly.jdk.com.sun.net.httpserver.Authenticator;
import dev.mayfly.jdk.com.sun.net.httpserver.Filter;
import dev.mayfly.jdk.com.sun.net.httpserver.HttpContext;
import dev.mayfly.jdk.com.sun.net.httpserver.HttpHandler;
import dev.mayfly.jdk.com.sun.net.httpserver.HttpServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A context of a {@link MayflyHttpServer}: path prefix, handler, filters, attributes, authenticator. */
final class MayflyHttpContext extends HttpContext {
    private final String path;
    private final MayflyHttpServer server;
    private final Map<String, Object> attributes = new HashMap<>();
    private final List<Filter> filters = new CopyOnWriteArrayList<>();
    private volatile HttpHandler handler;
    private volatile Authenticator authenticator;

    MayflyHttpContext(String path, HttpHandler handler, MayflyHttpServer server) {
        this.path = path;
        this.handler = handler;
        this.server = server;
    }

    @Override
    public HttpHandler getHandler() {
        return handler;
    }

    @Override
    public void setHandler(HttpHandler h) {
        if (h == null) {
            throw new NullPointerException("Null handler parameter");
        }
        if (handler != null) {
            throw new IllegalArgumentException("handler already set");
        }
        handler = h;
    }

    @Override
    public String getPath() {
        return path;
    }

    @Override
    public HttpServer getServer() {
        return server;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    @Override
    public List<Filter> getFilters() {
        return filters;
    }

    @Override
    public Authenticator setAuthenticator(Authenticator auth) {
        Authenticator old = authenticator;
        authenticator = auth;
        return old;
    }

    @Override
    public Authenticator getAuthenticator() {
        return authenticator;
    }
}
