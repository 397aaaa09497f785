package dev.mayfly.jdk.com.sun.net.httpserver;

import java.io.IOException;

/** com.sun.net.httpserver.HttpHandler on Mayfly: the code that answers the exchanges of one context. */
@FunctionalInterface
public interface HttpHandler {
    /** Handles one exchange: reads the request, sends the response headers and body, closes. */
    void handle(HttpExchange exchange) throws IOException;
}
