package dev.mayfly.jdk.sun.net.httpserver;

import dev.mayfly.jdk.com.sun.net.httpserver.HttpServer;
import dev.mayfly.jdk.com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.net.InetSocketAddress;

/** Mayfly's only {@link HttpServerProvider}: makes {@link MayflyHttpServer}s. */
public final class MayflyHttpServerProvider extends HttpServerProvider {
    @Override
    public HttpServer createHttpServer(InetSocketAddress addr, int backlog) throws IOException {
        MayflyHttpServer server = new MayflyHttpServer(ServerLimits.fromSystemProperties());
        if (addr != null) {
            server.bind(addr, backlog);
        }
        return server;
    }
}
