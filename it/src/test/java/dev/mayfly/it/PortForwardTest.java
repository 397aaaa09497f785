package dev.mayfly.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.cli.run.HypervisorException;
import dev.mayfly.cli.run.Networking;
import dev.mayfly.cli.run.RunOutcome;
import dev.mayfly.cli.run.RunSpec;
import dev.mayfly.vmm.net.PortForward;
import java.io.ByteArrayOutputStream;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * `mayfly run -p`: a java.net server in the guest answers a real HTTP client on the host through the
 * port forward — the Mayfly VMM's user-mode network, and QEMU's.
 */
class PortForwardTest {
    private static String buildFailure;

    private static synchronized Path image() {
        Assumptions.assumeTrue(buildFailure == null, () -> "the kernel has no java.net sockets yet");
        try {
            return TestImages.build("port-probe", List.of(TestImages.probeJar("port-probe", "PortProbe")),
                    "dev.mayfly.it.probe.PortProbe");
        } catch (IllegalStateException e) {
            boolean noJavaNet = e.getMessage() != null && e.getMessage().contains("java.net");
            if (noJavaNet) {
                buildFailure = e.getMessage();
                System.out.println("skipping PortForwardTest: the kernel has no java.net sockets yet: " + e.getMessage());
            }
            Assumptions.assumeFalse(noJavaNet, "the kernel has no java.net sockets yet");
            throw e;
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String describe(CompletableFuture<RunOutcome> run) {
        try {
            RunOutcome outcome = run.getNow(null);
            return outcome.description() + " (status " + outcome.exitStatus() + ")";
        } catch (RuntimeException e) {
            return "failed: " + e;
        }
    }

    @ParameterizedTest
    @EnumSource(Guest.On.class)
    void javaNetServerInTheGuestAnswersHttpThroughTheForwardedPort(Guest.On on) throws Exception {
        Path image = image();
        var hypervisor = on.hypervisor();
        int port = freePort();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        RunSpec spec = new RunSpec(image, RunSpec.DEFAULT_MEMORY, Map.of(), List.of("2"), List.of(), RunSpec.Accel.AUTO,
                console, Guest.TIMEOUT, Networking.user(List.of(new PortForward(port, 8080))));
        CompletableFuture<RunOutcome> run = CompletableFuture.supplyAsync(() -> {
            try {
                return hypervisor.run(spec);
            } catch (HypervisorException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!console.toString(StandardCharsets.UTF_8).contains("listening on 8080")) {
            assertTrue(System.nanoTime() < deadline && !run.isDone(), "the guest never listened: " + console);
            Thread.sleep(20);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response;
            try {
                response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/r" + i))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new AssertionError("request " + i + " to 127.0.0.1:" + port + " on " + on + " failed ("
                        + e + "); the hypervisor " + (run.isDone() ? "had ended: " + describe(run) : "was running")
                        + "; console:\n" + console, e);
            }
            assertEquals(200, response.statusCode());
            assertEquals("request " + i + ": GET /r" + i + " HTTP/1.1\n", response.body());
        }
        RunOutcome outcome = run.get();
        assertEquals(0, outcome.exitStatus(), outcome.description() + "\n" + console);
        assertEquals("listening on 8080\nserved 2\n", console.toString(StandardCharsets.UTF_8));
    }
}
