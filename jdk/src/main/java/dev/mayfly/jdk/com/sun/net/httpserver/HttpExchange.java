package dev.mayfly.jdk.com.sun.net.httpserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * com.sun.net.httpserver.HttpExchange on Mayfly: one request received and the response to it,
 * handed to a context's filters and handler.
 */
public abstract class HttpExchange implements AutoCloseable, Request {
    protected HttpExchange() {
    }

    @Override
    public abstract Headers getRequestHeaders();

    /** The mutable response headers; they are sent by {@link #sendResponseHeaders}. */
    public abstract Headers getResponseHeaders();

    @Override
    public abstract URI getRequestURI();

    @Override
    public abstract String getRequestMethod();

    public abstract HttpContext getHttpContext();

    /** Ends the exchange: closes the request body, then the response body (closing the connection if no response was sent). */
    @Override
    public abstract void close();

    public abstract InputStream getRequestBody();

    public abstract OutputStream getResponseBody();

    /**
     * Sends the status line and response headers: {@code responseLength} > 0 is the exact body
     * length, 0 an arbitrary length (chunked), -1 no body.
     */
    public abstract void sendResponseHeaders(int rCode, long responseLength) throws IOException;

    public abstract InetSocketAddress getRemoteAddress();

    /** The response code sent, or -1 before {@link #sendResponseHeaders}. */
    public abstract int getResponseCode();

    public abstract InetSocketAddress getLocalAddress();

    /** The protocol of the request line, e.g. {@code HTTP/1.1}. */
    public abstract String getProtocol();

    public abstract Object getAttribute(String name);

    public abstract void setAttribute(String name, Object value);

    /** Replaces the request and/or response streams (a filter's way to wrap them); null leaves one unchanged. */
    public abstract void setStreams(InputStream i, OutputStream o);

    /** The principal the context's authenticator established, or null. */
    public abstract HttpPrincipal getPrincipal();
}
