package dev.mayfly.jdk.sun.net.httpserver;

import dev.mayfly.jdk.com.sun.net.httpserver.Authenticator;
import dev.mayfly.jdk.com.sun.net.httpserver.Filter;
import dev.mayfly.jdk.com.sun.net.httpserver.Headers;
import dev.mayfly.jdk.com.sun.net.httpserver.HttpContext;
import dev.mayfly.jdk.com.sun.net.httpserver.HttpExchange;
import dev.mayfly.jdk.com.sun.net.httpserver.HttpPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request and its response on a connection. The handler runs on the server's executor
 * ({@link #run}); the connection's thread waits in {@link #awaitEnd} until the response is
 * complete (then the connection may carry the next request) or the exchange failed (then the
 * connection is closed), as the JDK's server does.
 */
final class Exchange extends HttpExchange implements Runnable {
    private final Connection connection;
    private final RequestHead head;
    private final MayflyHttpContext context;
    private final Headers responseHeaders = new Headers();
    private final RequestBody requestBody;
    private final PendingResponseBody pendingBody = new PendingResponseBody();
    private InputStream requestStream;
    private OutputStream responseStream;
    private boolean closeAfter;
    private boolean headersSent;
    private int responseCode = -1;
    private HttpPrincipal principal;
    private Map<String, Object> attributes;

    private boolean ended;
    private boolean keepAlive;

    Exchange(Connection connection, RequestHead head, MayflyHttpContext context, ServerLimits limits) {
        this.connection = connection;
        this.head = head;
        this.context = context;
        ConnectionInput in = connection.input();
        this.requestBody = head.bodyLength() == RequestHead.CHUNKED
                ? new ChunkedRequestBody(in, limits.maxHeaderBytes())
                : new FixedLengthRequestBody(in, head.bodyLength());
        this.requestStream = requestBody;
        this.responseStream = pendingBody;
        String connectionHeader = head.connection();
        if (connectionHeader != null && connectionHeader.equalsIgnoreCase("close")) {
            closeAfter = true;
        }
        if (head.http10()) {
            if (connectionHeader == null) {
                closeAfter = true;
                responseHeaders.set("Connection", "close");
            } else if (connectionHeader.equalsIgnoreCase("keep-alive")) {
                responseHeaders.set("Connection", "keep-alive");
                responseHeaders.set("Keep-Alive", "timeout=" + limits.idleMillis() / 1000);
            }
        }
    }

    /** Runs the context's filters, its authenticator and its handler; a failure before the response is complete closes the connection. */
    @Override
    public void run() {
        try {
            new Filter.Chain(context.getFilters(), this::authenticateAndHandle).doFilter(this);
        } catch (Exception e) {
            failed();
        } catch (Error e) {
            failed();
            throw e;
        }
    }

    private void authenticateAndHandle(HttpExchange exchange) throws IOException {
        Authenticator authenticator = context.getAuthenticator();
        if (authenticator != null) {
            Authenticator.Result result = authenticator.authenticate(exchange);
            if (result instanceof Authenticator.Success success) {
                principal = success.getPrincipal();
            } else {
                int code = result instanceof Authenticator.Retry retry ? retry.getResponseCode()
                        : result instanceof Authenticator.Failure failure ? failure.getResponseCode() : 500;
                exchange.sendResponseHeaders(code, -1);
                exchange.close();
                return;
            }
        }
        context.getHandler().handle(exchange);
    }

    private void failed() {
        boolean complete;
        synchronized (this) {
            complete = ended;
        }
        if (!complete) {
            abort();
        }
    }

    // ---- the connection's side

    /** Waits until the exchange ended; true if the connection may carry another request. */
    synchronized boolean awaitEnd() throws InterruptedException {
        while (!ended) {
            wait();
        }
        return keepAlive;
    }

    private synchronized void end(boolean reusable) {
        if (!ended) {
            ended = true;
            keepAlive = reusable;
            notifyAll();
        }
    }

    /** The exchange failed or the server stops: the connection is closed. */
    void abort() {
        connection.closeSocket();
        end(false);
    }

    /** The last byte of the response is written: skip the unread request body and release the connection. */
    void responseComplete() {
        boolean drained = requestBody.drain(connection.limits().drainBytes());
        requestBody.close();
        if (!drained) {
            connection.closeSocket();
        }
        end(drained && !closeAfter);
    }

    // ---- HttpExchange

    @Override
    public Headers getRequestHeaders() {
        return head.headers();
    }

    @Override
    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    @Override
    public URI getRequestURI() {
        return head.uri();
    }

    @Override
    public String getRequestMethod() {
        return head.method();
    }

    @Override
    public HttpContext getHttpContext() {
        return context;
    }

    @Override
    public void close() {
        if (!pendingBody.attached()) {
            abort();
            return;
        }
        try {
            requestBody.close();
            responseStream.close();
        } catch (IOException e) {
            abort();
        }
    }

    @Override
    public InputStream getRequestBody() {
        return requestStream;
    }

    @Override
    public OutputStream getResponseBody() {
        return responseStream;
    }

    @Override
    public void sendResponseHeaders(int rCode, long responseLength) throws IOException {
        if (headersSent) {
            throw new IOException("headers already sent");
        }
        responseCode = rCode;
        long length = responseLength;
        boolean noBody = false;
        boolean noContentLength = false;
        responseHeaders.set("Date", HttpDate.format(System.currentTimeMillis()));
        // RFC 9110 §15.2, §15.3.5, §15.4.5: 1xx, 204 and 304 responses have no body.
        if ((rCode >= 100 && rCode < 200) || rCode == 204 || rCode == 304) {
            length = -1;
            noContentLength = rCode != 304;
        }
        OutputStream out = connection.output();
        ResponseBody body;
        if (head.method().equals("HEAD") || rCode == 304) {
            noBody = true;
            body = new FixedLengthResponseBody(this, out, 0);
        } else if (length == 0) {
            if (head.http10()) {
                body = new UntilCloseResponseBody(this, out);
                closeAfter = true;
            } else {
                responseHeaders.set("Transfer-encoding", "chunked");
                body = new ChunkedResponseBody(this, out);
            }
        } else {
            if (length == -1) {
                noBody = true;
                length = 0;
            }
            if (!noContentLength) {
                responseHeaders.set("Content-length", Long.toString(length));
            }
            body = new FixedLengthResponseBody(this, out, length);
        }
        List<String> connectionValues = responseHeaders.get("Connection");
        if (connectionValues != null) {
            for (String v : connectionValues) {
                if ("close".equalsIgnoreCase(v)) {
                    closeAfter = true;
                }
            }
        }
        out.write(statusAndHeaders(rCode));
        pendingBody.attach(body);
        headersSent = true;
        if (noBody) {
            out.flush();
            close();
        }
    }

    /** The status line and header section (RFC 9112 §4, §5), ISO-8859-1 encoded. */
    private byte[] statusAndHeaders(int rCode) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("HTTP/1.1 ").append(rCode).append(StatusLines.reason(rCode)).append("\r\n");
        for (Map.Entry<String, List<String>> e : responseHeaders.entrySet()) {
            for (String value : e.getValue()) {
                sb.append(e.getKey()).append(": ").append(ResponseHeaderCheck.value(value)).append("\r\n");
            }
        }
        sb.append("\r\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return connection.remoteAddress();
    }

    @Override
    public int getResponseCode() {
        return responseCode;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return connection.localAddress();
    }

    @Override
    public String getProtocol() {
        return head.protocol();
    }

    @Override
    public Object getAttribute(String name) {
        if (name == null) {
            throw new NullPointerException("null name parameter");
        }
        return attributes().get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (name == null) {
            throw new NullPointerException("null name parameter");
        }
        if (value != null) {
            attributes().put(name, value);
        } else {
            attributes().remove(name);
        }
    }

    private Map<String, Object> attributes() {
        if (attributes == null) {
            attributes = context.getAttributes();
        }
        return attributes;
    }

    @Override
    public void setStreams(InputStream i, OutputStream o) {
        if (i != null) {
            requestStream = i;
        }
        if (o != null) {
            responseStream = o;
        }
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return principal;
    }
}
