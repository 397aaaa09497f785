package dev.mayfly.jdk.com.sun.net.httpserver;

import java.net.URI;

/** com.sun.net.httpserver.Request on Mayfly: the request state a filter may adapt (URI, method, headers). */
public interface Request {
    /** The request URI as the request line gave it. */
    URI getRequestURI();

    /** The request method (GET, POST, ...). */
    String getRequestMethod();

    /** The request headers (read-only). */
    Headers getRequestHeaders();

    /** A view with {@code headerName} set to {@code headerValues} unless the request already has it. */
    default Request with(String headerName, java.util.List<String> headerValues) {
        java.util.Objects.requireNonNull(headerName);
        java.util.Objects.requireNonNull(headerValues);
        final Request r = this;
        final Headers h = new Headers();
        h.putAll(r.getRequestHeaders());
        if (!h.containsKey(headerName)) {
            h.put(headerName, headerValues);
        }
        final Headers frozen = Headers.of(h);
        return new Request() {
            @Override public URI getRequestURI() { return r.getRequestURI(); }
            @Override public String getRequestMethod() { return r.getRequestMethod(); }
            @Override public Headers getRequestHeaders() { return frozen; }
        };
    }
}
