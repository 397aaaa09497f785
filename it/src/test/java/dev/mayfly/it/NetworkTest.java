package dev.mayfly.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.cli.run.Kvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The network end to end: the NetProbe image (a ServerSocket echo server written with plain
 * java.net) boots under QEMU microvm with a virtio-net device on QEMU's user network, and real
 * java.net clients on the host talk to it through a host-forwarded loopback port; the guest also
 * connects out to a server on host loopback through QEMU's gateway 10.0.2.2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkTest {
    static final int GUEST_PORT = 8080;
    static final int MEGABYTE = 1 << 20;

    private Process qemu;
    private final StringBuffer console = new StringBuffer();
    private int hostPort;

    /** The QEMU command line that boots an image with a virtio-net device on the user network. */
    static List<String> qemuCommand(Path image, boolean kvm, int hostPort, int guestPort, String append) {
        return List.of("qemu-system-x86_64", "-M", "microvm,acpi=off", "-accel", kvm ? "kvm" : "tcg",
                "-cpu", "qemu64,-pni", "-m", "128M", "-nodefaults", "-no-user-config", "-display", "none",
                "-no-reboot", "-serial", "stdio", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
                "-global", "virtio-mmio.force-legacy=false",
                "-netdev", "user,id=n0,hostfwd=tcp:127.0.0.1:" + hostPort + "-:" + guestPort,
                "-device", "virtio-net-device,netdev=n0",
                "-kernel", image.toString(), "-append", append);
    }

    @BeforeAll
    void boot() throws Exception {
        Requirements.qemu();
        Path image = TestImages.build("net-probe", List.of(TestImages.probeJar("net-probe", "NetProbe")),
                "dev.mayfly.it.probe.NetProbe");
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            hostPort = free.getLocalPort();
        }
        boolean kvm = Kvm.unusableReason() == null;
        qemu = new ProcessBuilder(qemuCommand(image, kvm, hostPort, GUEST_PORT, "-- " + GUEST_PORT))
                .redirectErrorStream(true).start();
        Thread pump = new Thread(() -> {
            try (InputStream in = qemu.getInputStream()) {
                byte[] b = new byte[4096];
                int n;
                while ((n = in.read(b)) > 0) {
                    console.append(new String(b, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                console.append("[console: ").append(e).append("]");
            }
        });
        pump.setDaemon(true);
        pump.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!console.toString().contains("listening on " + GUEST_PORT)) {
            assertTrue(qemu.isAlive(), () -> "QEMU ended: " + console);
            assertTrue(System.nanoTime() < deadline, () -> "the probe did not start: " + console);
            Thread.sleep(20);
        }
        System.err.println("NetworkTest: QEMU (" + (kvm ? "kvm" : "tcg") + ") forwards 127.0.0.1:" + hostPort
                + " to the guest's port " + GUEST_PORT);
    }

    @AfterAll
    void shutDown() throws Exception {
        if (qemu == null) {
            return;
        }
        try (Socket s = connect()) {
            s.getOutputStream().write("QUIT\n".getBytes(StandardCharsets.UTF_8));
            assertEquals("BYE", reader(s).readLine());
        } finally {
            boolean ended = qemu.waitFor(10, TimeUnit.SECONDS);
            if (!ended) {
                qemu.destroyForcibly();
            }
            System.err.println("NetworkTest: guest console:\n" + console);
            assertTrue(ended, "the probe did not exit after QUIT");
        }
    }

    private Socket connect() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", hostPort), 10_000);
        s.setSoTimeout(30_000);
        s.setTcpNoDelay(true);
        return s;
    }

    private static BufferedReader reader(Socket s) throws IOException {
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void send(Socket s, String line) throws IOException {
        s.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void echoesManyRequestsOnOneConnection() throws IOException {
        try (Socket s = connect()) {
            BufferedReader r = reader(s);
            int requests = 2000;
            long start = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                send(s, "request " + i);
                assertEquals("request " + i, r.readLine());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf("NetworkTest: %d sequential echo round trips in %.3f s: %.0f requests/s%n",
                    requests, seconds, requests / seconds);
        }
    }

    @Test
    void answersARealHttpClient() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.URI uri = java.net.URI.create("http://127.0.0.1:" + hostPort + "/");
        List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < 40; i++) {           // within the probe's backlog of 50
            pending.add(client.sendAsync(java.net.http.HttpRequest.newBuilder(uri).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()));
        }
        for (var f : pending) {
            java.net.http.HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode());
            assertEquals("hello, world\n", r.body());
        }
    }

    @Test
    void servesSeveralConnectionsAtOnce() throws Exception {
        int connections = 8;
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int id = c;
                results.add(pool.submit(() -> {
                    try (Socket s = connect()) {
                        BufferedReader r = reader(s);
                        for (int i = 0; i < 200; i++) {
                            send(s, "c" + id + " r" + i);
                            assertEquals("c" + id + " r" + i, r.readLine());
                        }
                        return 200;
                    }
                }));
            }
            int total = 0;
            for (Future<Integer> f : results) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            assertEquals(connections * 200, total);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void receivesOneMegabyte() throws IOException {
        try (Socket s = connect()) {
            byte[] data = new byte[MEGABYTE];
            long sum = 0;
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) (i * 7 + (i >>> 11));
                sum += data[i] & 0xff;
            }
            send(s, "SINK " + data.length);
            long start = System.nanoTime();
            s.getOutputStream().write(data);
            assertEquals("SUM " + sum, reader(s).readLine());
            System.err.printf("NetworkTest: 1 MiB host -> guest in %.1f ms%n", (System.nanoTime() - start) / 1e6);
        }
    }

    @Test
    void sendsOneMegabyte() throws IOException {
        try (Socket s = connect()) {
            send(s, "SOURCE " + MEGABYTE);
            long start = System.nanoTime();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[65536];
            int got = 0;
            while (got < MEGABYTE) {
                int n = in.read(buf);
                assertTrue(n > 0, "stream ended after " + got + " bytes");
                for (int i = 0; i < n; i++) {
                    assertEquals((byte) ((got + i) * 31 + 7), buf[i], "byte " + (got + i));
                }
                got += n;
            }
            System.err.printf("NetworkTest: 1 MiB guest -> host in %.1f ms%n", (System.nanoTime() - start) / 1e6);
        }
    }

    @Test
    void survivesClientsThatCloseEarly() throws IOException {
        for (int i = 0; i < 20; i++) {
            try (Socket s = connect()) {
                send(s, "SOURCE " + MEGABYTE);    // closes without reading: the guest's writes must fail, not hang
            }
        }
        try (Socket s = connect()) {
            send(s, "still there?");
            assertEquals("still there?", reader(s).readLine());
        }
    }

    @Test
    void seesTheServerClose() throws IOException {
        try (Socket s = connect()) {
            send(s, "before");
            BufferedReader r = reader(s);
            assertEquals("before", r.readLine());
            send(s, "CLOSE");
            assertEquals(null, r.readLine());
        }
    }

    @Test
    void guestConnectsOutThroughTheGateway() throws Exception {
        try (ServerSocket host = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                try (Socket c = host.accept()) {
                    c.setSoTimeout(10_000);
                    String line = reader(c).readLine();
                    c.getOutputStream().write(("hi, " + line + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // the assertion below reports it
                }
            });
            server.start();
            try (Socket s = connect()) {
                send(s, "CALL 10.0.2.2 " + host.getLocalPort());
                assertEquals("CALLED hi, hello from mayfly", reader(s).readLine());
            }
            server.join(10_000);
        }
    }

    @Test
    void guestGetsConnectionRefused() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }
        try (Socket s = connect()) {
            send(s, "CALL 10.0.2.2 " + closedPort);
            String reply = reader(s).readLine();
            assertTrue(reply.startsWith("CALL FAILED java.net."), reply);
        }
    }
}
