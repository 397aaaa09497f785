package dev.mayfly.jdk.sun.net.httpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.jdk.com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that trickle bytes or sit idle cannot hold Mayfly's server: the request head has a
 * deadline, an idle connection is closed after the idle interval, and meanwhile other clients are
 * served without delay. (The JDK's server, by default, waits forever for a slow request head.)
 */
class SlowClientTest {
    private MayflyHttpServer server;
    private int port;

    @BeforeEach
    void start() throws IOException {
        // Short limits so the test runs in seconds: 1 s to start a request, 2 s for a whole head.
        server = new MayflyHttpServer(new ServerLimits(16 * 1024, 50, 1000, 2000, 64 * 1024));
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            byte[] b = "fast".getBytes(StandardCharsets.US_ASCII);
            x.sendResponseHeaders(200, b.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(b);
            }
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void slowlorisIsCutOffAtTheHeadDeadlineWhileOthersAreServed() throws Exception {
        List<RawHttp> slow = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            slow.add(new RawHttp(port).send("GET / HTTP/1.1\r\n"));
        }
        long start = System.nanoTime();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        byte[] drip = "X-Slow: 1\r\n".getBytes(StandardCharsets.US_ASCII);
        int dripped = 0;
        boolean closed = false;
        while (!closed && System.nanoTime() - start < 6_000_000_000L) {
            // One byte every 100 ms from each slow client; a normal client is served in between.
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("fast", r.body());
            Thread.sleep(100);
            for (RawHttp s : slow) {
                try {
                    s.send(new byte[] {drip[dripped % drip.length]});
                } catch (IOException e) {
                    closed = true;
                }
            }
            dripped++;
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        for (RawHttp s : slow) {
            String answer = s.readToEnd();
            assertEquals("", answer, "a timed-out head gets no response, only the close");
            s.close();
        }
        assertTrue(closed && seconds <= 4, "slow clients were cut off after " + seconds + " s");
    }

    @Test
    void idleConnectionIsClosedAfterTheIdleInterval() throws Exception {
        try (RawHttp c = new RawHttp(port)) {
            assertEquals("fast", c.send("GET / HTTP/1.1\r\n\r\n").read().body());
            long start = System.nanoTime();
            assertTrue(c.closedByServer());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 800 && millis < 3000, "closed after " + millis + " ms");
        }
    }

    @Test
    void connectionThatNeverSpeaksIsClosed() throws Exception {
        try (RawHttp c = new RawHttp(port)) {
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void stalledRequestBodyTimesOutAndCloses() throws Exception {
        server.createContext("/body", x -> {
            byte[] b = x.getRequestBody().readAllBytes();
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        try (RawHttp c = new RawHttp(port)) {
            c.send("POST /body HTTP/1.1\r\nContent-Length: 100\r\n\r\nonly a part");
            long start = System.nanoTime();
            assertTrue(c.closedByServer());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 3000, "closed after " + millis + " ms");
        }
    }

    @Test
    void headLimitGives400AndClose() throws Exception {
        try (RawHttp c = new RawHttp(port)) {
            c.send("GET / HTTP/1.1\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n");
            RawHttp.Response r = c.read();
            assertEquals(400, r.status());
            assertEquals("<h1>400 Bad Request</h1>Request header fields too large", r.body());
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void tooManyHeadersGive400() throws Exception {
        StringBuilder head = new StringBuilder("GET / HTTP/1.1\r\n");
        for (int i = 0; i < 51; i++) {
            head.append("H").append(i).append(": v\r\n");
        }
        try (RawHttp c = new RawHttp(port)) {
            assertEquals(400, c.send(head.append("\r\n").toString()).read().status());
        }
    }

    @Test
    void stopEndsTheServerThreads() throws Exception {
        try (RawHttp c = new RawHttp(port)) {
            assertEquals("fast", c.send("GET / HTTP/1.1\r\n\r\n").read().body());
            server.stop(0);
            assertTrue(c.closedByServer(), "an idle keep-alive connection is closed by stop");
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(Dispatcher.THREAD_NAME) || t.getName().equals(MayflyHttpServer.LISTENER_THREAD_NAME)) {
                t.join(2000);
                assertTrue(!t.isAlive(), t.getName() + " still running");
            }
        }
    }
}
