package dev.mayfly.jdk.sun.net.httpserver;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.RejectedExecutionException;

/**
 * One accepted TCP connection and the thread that serves it: it reads each request head within
 * the server's limits, answers bad ones with an error and closes, routes good ones to their
 * context, hands the exchange to the executor and waits for it to end before reading the next
 * request (HTTP/1.1 persistence, RFC 9112 §9.3; no pipelining of handlers).
 */
final class Connection implements Runnable {
    private final MayflyHttpServer server;
    private final Socket socket;
    private final ServerLimits limits;
    private ConnectionInput in;
    private OutputStream out;
    private volatile Exchange current;

    Connection(MayflyHttpServer server, Socket socket, ServerLimits limits) {
        this.server = server;
        this.socket = socket;
        this.limits = limits;
    }

    ConnectionInput input() {
        return in;
    }

    OutputStream output() {
        return out;
    }

    ServerLimits limits() {
        return limits;
    }

    @Override
    public void run() {
        try {
            in = new ConnectionInput(socket);
            out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            while (server.accepting() && serveOne()) {
                // Next request on the same connection.
            }
        } catch (IOException | RuntimeException e) {
            // A connection-level failure (reset, timeout, malformed body): the connection is closed below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeSocket();
            server.connectionClosed(this);
        }
    }

    /** Serves one request; true if the connection may carry another. */
    private boolean serveOne() throws IOException, InterruptedException {
        byte[] bytes;
        try {
            bytes = HeadReader.read(in, limits);
        } catch (HeadReader.HeadTooLargeException e) {
            reject(400, "Request header fields too large");
            return false;
        }
        if (bytes == null) {
            return false;
        }
        HeadParse parse = RequestHeadParser.parse(bytes, limits.maxHeaders());
        if (parse instanceof HeadRejection rejection) {
            reject(rejection.status(), rejection.message());
            return false;
        }
        RequestHead head = (RequestHead) parse;
        String path = head.uri().getPath();
        if (path == null) {
            // The JDK's server fails on a target without a path ("*", "mailto:x") and closes the connection.
            return false;
        }
        MayflyHttpContext context = server.findContext(path);
        if (context == null) {
            reject(404, "No context found for request");
            return false;
        }
        if (context.getHandler() == null) {
            reject(500, "No handler for context");
            return false;
        }
        in.idleTimeout(limits.idleMillis());
        Exchange exchange = new Exchange(this, head, context, limits);
        if (head.expectContinue()) {
            // RFC 9110 §10.1.1: the interim response, as the JDK sends it.
            out.write("HTTP/1.1 100 Continue\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        current = exchange;
        server.exchangeStarted();
        try {
            server.dispatch(exchange);
        } catch (RejectedExecutionException e) {
            exchange.abort();
        }
        try {
            return exchange.awaitEnd();
        } finally {
            current = null;
            server.exchangeEnded();
        }
    }

    /** Answers an error with a small HTML body and {@code Connection: close}, as the JDK's server words it. */
    private void reject(int code, String message) {
        String text = "<h1>" + code + StatusLines.reason(code) + "</h1>" + message;
        String response = "HTTP/1.1 " + code + StatusLines.reason(code) + "\r\n"
                + "Content-Length: " + text.length() + "\r\n"
                + "Content-Type: text/html\r\n"
                + "Connection: close\r\n\r\n" + text;
        try {
            out.write(response.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            // The client is gone; the connection is closed anyway.
        }
    }

    /** Closes the socket (idempotent); a thread blocked on it wakes with an exception. */
    void closeSocket() {
        try {
            socket.close();
        } catch (IOException e) {
            // Nothing more can be done for a socket that fails to close.
        }
    }

    /** Closes the connection now, ending the exchange in progress (server stop). */
    void abort() {
        Exchange exchange = current;
        if (exchange != null) {
            exchange.abort();
        }
        closeSocket();
    }

    InetSocketAddress remoteAddress() {
        SocketAddress a = socket.getRemoteSocketAddress();
        return a instanceof InetSocketAddress i ? i : null;
    }

    InetSocketAddress localAddress() {
        SocketAddress a = socket.getLocalSocketAddress();
        return a instanceof InetSocketAddress i ? i : null;
    }
}
