package dev.mayfly.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * examples/http as a Mayfly image, booted under the Mayfly VMM and QEMU with a forwarded port:
 * every endpoint answers what the same jar answers on HotSpot (a real HTTP client, and curl), and
 * 10,000 requests over 50 keep-alive connections complete with no error.
 */
class HttpExampleTest {
    private static final Path JAR = TestImages.ROOT.resolve("examples/http/target/http.jar");
    private static final int GUEST_PORT = 8080;
    private static List<String> onHotSpot;

    /** The exchanges compared with HotSpot, in order (the /json body counts the requests before it). */
    private static List<String> exchanges(int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        String base = "http://127.0.0.1:" + port;
        List<HttpRequest> requests = List.of(
                HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpRequest.newBuilder(URI.create(base + "/json")).build(),
                HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                HttpRequest.newBuilder(URI.create(base + "/echo")).header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("ping \u00e9\u00e8 " + "x".repeat(5000))).build(),
                HttpRequest.newBuilder(URI.create(base + "/echo")).build(),
                HttpRequest.newBuilder(URI.create(base + "/nowhere")).build(),
                HttpRequest.newBuilder(URI.create(base + "/json")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        List<String> out = new ArrayList<>();
        for (HttpRequest r : requests) {
            HttpResponse<String> response = client.send(r.newBuilder(r, (n, v) -> true).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            out.add(r.method() + " " + r.uri().getPath() + " -> " + response.statusCode() + " "
                    + response.headers().firstValue("content-type").orElse("-") + " "
                    + response.headers().firstValue("allow").orElse("") + "\n" + response.body());
        }
        return out;
    }

    @BeforeAll
    static void runTheJarOnHotSpot() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-jar", JAR.toString()).redirectErrorStream(true);
        pb.environment().put("PORT", Integer.toString(port));
        Process p = pb.start();
        try {
            byte[] line = new byte[200];
            int n = p.getInputStream().read(line);
            assertTrue(n > 0 && new String(line, 0, n, StandardCharsets.UTF_8).startsWith("listening on"),
                    "the jar did not start on HotSpot");
            onHotSpot = exchanges(port);
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest
    @EnumSource(Guest.On.class)
    void answersLikeHotSpotAndHoldsLoad(Guest.On on) throws Exception {
        Path image = TestImages.build("http", List.of(JAR), "dev.mayfly.examples.http.HttpService");
        try (ServingGuest guest = ServingGuest.start(on, image, Map.of("PORT", Integer.toString(GUEST_PORT)),
                GUEST_PORT, "listening on http://0.0.0.0:" + GUEST_PORT + "/")) {
            assertEquals(onHotSpot, exchanges(guest.hostPort), guest.console());
            if (Requirements.onPath("curl")) {
                Process curl = new ProcessBuilder("curl", "-sS", "--max-time", "20", "http://127.0.0.1:" + guest.hostPort + "/")
                        .redirectErrorStream(true).start();
                String body = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, curl.waitFor(), body);
                assertEquals("Hello from a Java unikernel!\n", body);
            } else {
                System.out.println("curl is not installed: the curl check is skipped (HttpClient checked every endpoint)");
            }

            HttpLoad.Result load = HttpLoad.run(guest.hostPort, "/health", 50, 200);
            System.out.printf("examples/http on %s: %d requests over 50 connections in %.2f s (%.0f requests/s), %d errors%n",
                    on, load.ok(), load.nanos() / 1e9, load.requestsPerSecond(), load.errors().size());
            assertTrue(load.errors().isEmpty(), load.errors().size() + " errors, the first: "
                    + load.errors().subList(0, Math.min(5, load.errors().size())) + "\n" + guest.console());
            assertEquals(10_000, load.ok());
            assertTrue(guest.alive(), "the guest ended under load:\n" + guest.console());
        }
    }
}
