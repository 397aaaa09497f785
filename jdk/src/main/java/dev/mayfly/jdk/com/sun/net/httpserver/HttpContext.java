package dev.mayfly.jdk.com.sun.net.httpserver;

import java.util.List;
import java.util.Map;

/**
 * com.sun.net.httpserver.HttpContext on Mayfly: the binding of a path prefix of one server to a
 * handler, with its filters, attributes and optional authenticator.
 */
public abstract class HttpContext {
    protected HttpContext() {
    }

    public abstract HttpHandler getHandler();

    public abstract void setHandler(HttpHandler handler);

    /** The path this context was created with; requests whose path starts with it may be routed here. */
    public abstract String getPath();

    public abstract HttpServer getServer();

    /** Mutable attributes shared by every exchange of this context. */
    public abstract Map<String, Object> getAttributes();

    /** The mutable list of filters run, in order, before the handler. */
    public abstract List<Filter> getFilters();

    /** Sets the authenticator (null removes it) and returns the previous one. */
    public abstract Authenticator setAuthenticator(Authenticator auth);

    public abstract Authenticator getAuthenticator();
}
