package dev.mayfly.jdk.sun.net.httpserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.Executor;

/**
 * The two servers the tests compare: the JDK's own {@code com.sun.net.httpserver} (the oracle)
 * and Mayfly's, both on HotSpot over the real java.net, behind one small neutral interface so
 * every scenario runs unchanged against both.
 */
enum Impl {
    JDK, MAYFLY;

    /** The part of HttpExchange the scenarios use. */
    interface Ex {
        String method();
        URI uri();
        String protocol();
        String requestHeader(String name);
        java.util.Set<String> requestHeaderNames();
        InputStream requestBody();
        void setHeader(String name, String value);
        void send(int code, long length) throws IOException;
        OutputStream responseBody();
        void close();
    }

    interface Handler {
        void handle(Ex exchange) throws IOException;
    }

    interface Server {
        void context(String path, Handler handler);
        void executor(Executor executor);
        Executor executor();
        void start();
        void stop(int delay);
        int port();
    }

    Server create() throws IOException {
        InetSocketAddress any = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        return this == JDK ? new JdkServer(com.sun.net.httpserver.HttpServer.create(any, 0))
                : new MayflyServer(dev.mayfly.jdk.com.sun.net.httpserver.HttpServer.create(any, 0));
    }

    private record JdkServer(com.sun.net.httpserver.HttpServer s) implements Server {
        public void context(String path, Handler h) {
            s.createContext(path, x -> h.handle(new Ex() {
                public String method() { return x.getRequestMethod(); }
                public URI uri() { return x.getRequestURI(); }
                public String protocol() { return x.getProtocol(); }
                public String requestHeader(String n) { return x.getRequestHeaders().getFirst(n); }
                public java.util.Set<String> requestHeaderNames() { return x.getRequestHeaders().keySet(); }
                public InputStream requestBody() { return x.getRequestBody(); }
                public void setHeader(String n, String v) { x.getResponseHeaders().set(n, v); }
                public void send(int c, long l) throws IOException { x.sendResponseHeaders(c, l); }
                public OutputStream responseBody() { return x.getResponseBody(); }
                public void close() { x.close(); }
            }));
        }
        public void executor(Executor e) { s.setExecutor(e); }
        public Executor executor() { return s.getExecutor(); }
        public void start() { s.start(); }
        public void stop(int d) { s.stop(d); }
        public int port() { return s.getAddress().getPort(); }
    }

    private record MayflyServer(dev.mayfly.jdk.com.sun.net.httpserver.HttpServer s) implements Server {
        public void context(String path, Handler h) {
            s.createContext(path, x -> h.handle(new Ex() {
                public String method() { return x.getRequestMethod(); }
                public URI uri() { return x.getRequestURI(); }
                public String protocol() { return x.getProtocol(); }
                public String requestHeader(String n) { return x.getRequestHeaders().getFirst(n); }
                public java.util.Set<String> requestHeaderNames() { return x.getRequestHeaders().keySet(); }
                public InputStream requestBody() { return x.getRequestBody(); }
                public void setHeader(String n, String v) { x.getResponseHeaders().set(n, v); }
                public void send(int c, long l) throws IOException { x.sendResponseHeaders(c, l); }
                public OutputStream responseBody() { return x.getResponseBody(); }
                public void close() { x.close(); }
            }));
        }
        public void executor(Executor e) { s.setExecutor(e); }
        public Executor executor() { return s.getExecutor(); }
        public void start() { s.start(); }
        public void stop(int d) { s.stop(d); }
        public int port() { return s.getAddress().getPort(); }
    }
}
