package dev.mayfly.examples.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small HTTP service on the JDK's {@code com.sun.net.httpserver} and nothing else, so the same
 * jar runs on HotSpot ({@code java -jar http.jar}) and on Mayfly. Endpoints: {@code /} (text),
 * {@code /json} (a small JSON document), {@code /echo} (POST: the body back), {@code /health}.
 * The port comes from {@code PORT} (default 8080; 0 picks a free one).
 */
public final class HttpService {
    private static final AtomicLong REQUESTS = new AtomicLong();

    private HttpService() {
    }

    public static void main(String[] args) throws IOException {
        int port = port(System.getenv("PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", port), 0);
        server.createContext("/", HttpService::root);
        server.createContext("/json", HttpService::json);
        server.createContext("/echo", HttpService::echo);
        server.createContext("/health", HttpService::health);
        server.start();
        System.out.println("listening on http://0.0.0.0:" + server.getAddress().getPort() + "/");
    }

    static int port(String text) {
        if (text == null || text.isEmpty()) {
            return 8080;
        }
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new IllegalArgumentException("PORT must be a number from 0 to 65535, not '" + text + "'");
    }

    private static void root(HttpExchange exchange) throws IOException {
        REQUESTS.incrementAndGet();
        if (!exchange.getRequestURI().getPath().equals("/")) {
            send(exchange, 404, "text/plain; charset=utf-8", "not found: " + exchange.getRequestURI().getPath() + "\n");
            return;
        }
        send(exchange, 200, "text/plain; charset=utf-8", "Hello from a Java unikernel!\n");
    }

    private static void json(HttpExchange exchange) throws IOException {
        long n = REQUESTS.incrementAndGet();
        String body = "{\"service\":\"mayfly-example-http\",\"endpoints\":[\"/\",\"/json\",\"/echo\",\"/health\"],"
                + "\"requests\":" + n + "}\n";
        send(exchange, 200, "application/json", body);
    }

    private static void echo(HttpExchange exchange) throws IOException {
        REQUESTS.incrementAndGet();
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            send(exchange, 405, "text/plain; charset=utf-8", "use POST\n");
            return;
        }
        byte[] body = readAll(exchange.getRequestBody());
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        exchange.getResponseHeaders().set("Content-Type", type != null ? type : "application/octet-stream");
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void health(HttpExchange exchange) throws IOException {
        send(exchange, 200, "text/plain; charset=utf-8", "ok\n");
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            bytes.write(buffer, 0, n);
        }
        return bytes.toByteArray();
    }
}
