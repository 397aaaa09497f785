package dev.mayfly.jdk.sun.net.httpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.constraints.Size;

/**
 * Random bytes sent to a running server over a real socket: each connection gets a well-formed
 * response or is closed, no server thread dies of an exception, and the server keeps serving.
 */
class ConnectionFuzzProperties {
    private static MayflyHttpServer server;
    private static int port;
    private static final List<Throwable> ESCAPED = new CopyOnWriteArrayList<>();

    @BeforeContainer
    static void start() throws IOException {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> ESCAPED.add(e));
        server = new MayflyHttpServer(new ServerLimits(4096, 20, 1000, 1000, 1024));
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            byte[] body = x.getRequestBody().readAllBytes();
            x.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterContainer
    static void stop() {
        server.stop(0);
        Thread.setDefaultUncaughtExceptionHandler(null);
    }

    @Property(tries = 300)
    void randomBytesGetAResponseOrAClose(@ForAll @Size(max = 300) byte[] bytes, @ForAll boolean asHead) throws IOException {
        byte[] payload = bytes;
        if (asHead) {
            byte[] prefix = "POST / HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1);
            payload = new byte[prefix.length + bytes.length];
            System.arraycopy(prefix, 0, payload, 0, prefix.length);
            System.arraycopy(bytes, 0, payload, prefix.length, bytes.length);
        }
        try (RawHttp c = new RawHttp(port)) {
            c.socket().setSoTimeout(5000);
            try {
                c.send(payload);
                c.socket().shutdownOutput();
            } catch (IOException e) {
                // The server may already have refused and closed.
            }
            String answer = c.readToEnd();
            assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 "), answer);
        }
        assertTrue(ESCAPED.isEmpty(), "an exception escaped a server thread: " + ESCAPED);
        try (RawHttp c = new RawHttp(port)) {
            assertEquals(200, c.send("POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nok").read().status());
        }
    }
}
