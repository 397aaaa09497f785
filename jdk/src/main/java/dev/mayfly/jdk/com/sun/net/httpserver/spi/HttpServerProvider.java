package dev.mayfly.jdk.com.sun.net.httpserver.spi;

import dev.mayfly.jdk.com.sun.net.httpserver.HttpServer;
import dev.mayfly.jdk.sun.net.httpserver.MayflyHttpServerProvider;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * com.sun.net.httpserver.spi.HttpServerProvider on Mayfly: the factory behind
 * {@link HttpServer#create}. Mayfly has exactly one provider (there is no service loading in a
 * closed-world image); HTTPS servers are not provided.
 */
public abstract class HttpServerProvider {
    private static HttpServerProvider provider;

    protected HttpServerProvider() {
    }

    public abstract HttpServer createHttpServer(InetSocketAddress addr, int backlog) throws IOException;

    /** The provider: Mayfly's. */
    public static synchronized HttpServerProvider provider() {
        if (provider == null) {
            provider = new MayflyHttpServerProvider();
        }
        return provider;
    }
}
