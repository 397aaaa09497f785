package dev.mayfly.jdk.com.sun.net.httpserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** com.sun.net.httpserver.Filter on Mayfly: code that runs around a context's handler. */
public abstract class Filter {
    protected Filter() {
    }

    /** The rest of a filter list, ending in the handler; each filter calls {@link #doFilter} to go on. */
    public static class Chain {
        private final ListIterator<Filter> iterator;
        private final HttpHandler handler;

        public Chain(List<Filter> filters, HttpHandler handler) {
            this.iterator = filters.listIterator();
            this.handler = handler;
        }

        /** Runs the next filter, or the handler when no filter is left. */
        public void doFilter(HttpExchange exchange) throws IOException {
            if (iterator.hasNext()) {
                iterator.next().doFilter(exchange, this);
            } else {
                handler.handle(exchange);
            }
        }
    }

    /** Filters one exchange; calls {@code chain.doFilter(exchange)} to let the handler run. */
    public abstract void doFilter(HttpExchange exchange, Chain chain) throws IOException;

    /** A short description of this filter. */
    public abstract String description();

    /** A filter that runs {@code operation} and then the rest of the chain. */
    public static Filter beforeHandler(String description, Consumer<HttpExchange> operation) {
        Objects.requireNonNull(description);
        Objects.requireNonNull(operation);
        return new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                operation.accept(exchange);
                chain.doFilter(exchange);
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    /** A filter that runs the rest of the chain and then {@code operation}. */
    public static Filter afterHandler(String description, Consumer<HttpExchange> operation) {
        Objects.requireNonNull(description);
        Objects.requireNonNull(operation);
        return new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                chain.doFilter(exchange);
                operation.accept(exchange);
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    /** A filter that lets the rest of the chain see the request {@code requestOperator} makes of it. */
    public static Filter adaptRequest(String description, UnaryOperator<Request> requestOperator) {
        Objects.requireNonNull(description);
        Objects.requireNonNull(requestOperator);
        return new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                Request request = requestOperator.apply(exchange);
                chain.doFilter(new AdaptedExchange(exchange, request));
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    /** An exchange that answers URI, method and request headers from an adapted request, everything else from the original. */
    private static final class AdaptedExchange extends HttpExchange {
        private final HttpExchange exchange;
        private final Request request;

        AdaptedExchange(HttpExchange exchange, Request request) {
            this.exchange = exchange;
            this.request = request;
        }

        @Override public Headers getRequestHeaders() { return request.getRequestHeaders(); }
        @Override public String getRequestMethod() { return request.getRequestMethod(); }
        @Override public URI getRequestURI() { return request.getRequestURI(); }
        @Override public Headers getResponseHeaders() { return exchange.getResponseHeaders(); }
        @Override public HttpContext getHttpContext() { return exchange.getHttpContext(); }
        @Override public void close() { exchange.close(); }
        @Override public InputStream getRequestBody() { return exchange.getRequestBody(); }
        @Override public OutputStream getResponseBody() { return exchange.getResponseBody(); }
        @Override public void sendResponseHeaders(int code, long length) throws IOException { exchange.sendResponseHeaders(code, length); }
        @Override public InetSocketAddress getRemoteAddress() { return exchange.getRemoteAddress(); }
        @Override public int getResponseCode() { return exchange.getResponseCode(); }
        @Override public InetSocketAddress getLocalAddress() { return exchange.getLocalAddress(); }
        @Override public String getProtocol() { return exchange.getProtocol(); }
        @Override public Object getAttribute(String name) { return exchange.getAttribute(name); }
        @Override public void setAttribute(String name, Object value) { exchange.setAttribute(name, value); }
        @Override public void setStreams(InputStream i, OutputStream o) { exchange.setStreams(i, o); }
        @Override public HttpPrincipal getPrincipal() { return exchange.getPrincipal(); }
    }
}
