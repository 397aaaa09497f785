package dev.mayfly.vmm.net;

import dev.mayfly.net.iface.Interface;
import dev.mayfly.net.socket.TcpListener;
import dev.mayfly.net.socket.TcpSocket;
import dev.mayfly.vmm.devices.virtio.net.NetLink;
import dev.mayfly.vmm.devices.virtio.net.VirtioNetSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/**
 * Host-side figures of the user-mode network's port forwarding (not a pass/fail test; run it with
 * {@code mvn -pl vmm test -Dtest=PortForwardBenchmark}): request/response exchanges per second over 50
 * keep-alive connections and bulk MB/s, through gateway → link → a second {@code net} stack playing the
 * guest, as a ratio against the same clients talking to a HotSpot server on the host in the same run.
 */
class PortForwardBenchmark {
    static final int CONNECTIONS = 50;
    static final int REQUEST = 100;
    static final int RESPONSE = 200;
    static final long WARMUP_MILLIS = 1500;
    static final long MEASURE_MILLIS = 4000;

    /** A guest-side server answering every {@value #REQUEST}-byte request with {@value #RESPONSE} bytes. */
    static final class Responder implements LongConsumer {
        private final TcpListener listener;
        private final List<TcpSocket> sockets = new ArrayList<>();
        private final List<int[]> progress = new ArrayList<>(); // [request bytes seen, response bytes owed]
        private final byte[] in = new byte[64 * 1024];
        private final byte[] response = new byte[RESPONSE * 64];

        Responder(Interface iface, int port) {
            listener = iface.listen(port, 128, 64 * 1024, 64 * 1024);
            listener.setNoDelay(true);
        }

        @Override
        public void accept(long now) {
            TcpSocket s;
            while ((s = listener.accept()) != null) {
                sockets.add(s);
                progress.add(new int[2]);
            }
            for (int i = sockets.size() - 1; i >= 0; i--) {
                TcpSocket c = sockets.get(i);
                int[] p = progress.get(i);
                int n;
                while ((n = c.read(in, 0, in.length)) > 0) {
                    p[0] += n;
                    p[1] += (p[0] / REQUEST) * RESPONSE;
                    p[0] %= REQUEST;
                }
                while (p[1] > 0) {
                    int w = c.write(response, 0, Math.min(p[1], response.length));
                    if (w <= 0) {
                        break;
                    }
                    p[1] -= w;
                }
                if (n < 0) {
                    c.close();
                    sockets.remove(i);
                    progress.remove(i);
                }
            }
        }
    }

    /** The baseline: the same protocol served by HotSpot on the host, a virtual thread per connection. */
    static ServerSocket hostServer() throws IOException {
        ServerSocket server = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    s.setTcpNoDelay(true);
                    Thread.ofVirtual().start(() -> {
                        byte[] request = new byte[REQUEST];
                        byte[] response = new byte[RESPONSE];
                        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                            while (in.readNBytes(request, 0, REQUEST) == REQUEST) {
                                out.write(response);
                            }
                        } catch (IOException e) {
                            // client gone
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
        return server;
    }

    /** Requests per second of {@value #CONNECTIONS} clients doing request/response in a loop against {@code port}. */
    static double requestsPerSecond(int port) throws Exception {
        LongAdder done = new LongAdder();
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            clients.add(Thread.ofPlatform().daemon().start(() -> {
                byte[] request = new byte[REQUEST];
                byte[] response = new byte[RESPONSE];
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    s.setTcpNoDelay(true);
                    s.setSoTimeout(20_000);
                    OutputStream out = s.getOutputStream();
                    InputStream in = s.getInputStream();
                    while (!stop.get()) {
                        out.write(request);
                        if (in.readNBytes(response, 0, RESPONSE) != RESPONSE) {
                            throw new IOException("short response");
                        }
                        if (measuring.get()) {
                            done.increment();
                        }
                    }
                } catch (IOException e) {
                    if (!stop.get()) {
                        e.printStackTrace();
                    }
                }
            }));
        }
        Thread.sleep(WARMUP_MILLIS);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(MEASURE_MILLIS);
        long count = done.sum();
        double seconds = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Thread t : clients) {
            t.join(30_000);
        }
        return count / seconds;
    }

    /** MB/s of one connection streaming {@code megabytes} to an echo and reading it back. */
    static double echoMegabytesPerSecond(int port, int megabytes) throws Exception {
        byte[] chunk = new byte[64 * 1024];
        long total = (long) megabytes << 20;
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(30_000);
            long start = System.nanoTime();
            Thread writer = Thread.ofPlatform().start(() -> {
                try {
                    OutputStream out = s.getOutputStream();
                    for (long sent = 0; sent < total; sent += chunk.length) {
                        out.write(chunk);
                    }
                    s.shutdownOutput();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long got = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                got += n;
            }
            writer.join();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (got != total) {
                throw new IllegalStateException("echoed " + got + " of " + total);
            }
            return megabytes / seconds;
        }
    }

    @Test
    void portForwardAgainstHotSpotOnTheHost() throws Exception {
        double baseline;
        try (ServerSocket host = hostServer()) {
            baseline = requestsPerSecond(host.getLocalPort());
        }
        int rrPort = GatewayTest.freePort();
        int echoPort = GatewayTest.freePort();
        NetLink link = new NetLink(VirtioNetSpec.MAX_FRAME_LENGTH, NetLink.DEFAULT_QUEUE_FRAMES);
        double forwarded;
        double bulk;
        try (Gateway gw = Gateway.start(UserNetwork.forwarding(new PortForward(rrPort, 80), new PortForward(echoPort, 7)), link, "bench");
             GuestStack guest = GuestStack.withStaticAddress(link)) {
            Responder responder = new Responder(guest.iface, 80);
            EchoServer echo = new EchoServer(guest.iface, 7);
            guest.start(now -> {
                responder.accept(now);
                echo.accept(now);
            });
            forwarded = requestsPerSecond(rrPort);
            bulk = echoMegabytesPerSecond(echoPort, 200);
        }
        System.out.printf("port forward, %d connections, %d-byte requests / %d-byte responses:%n", CONNECTIONS, REQUEST, RESPONSE);
        System.out.printf("  HotSpot server on the host:           %,10.0f requests/s%n", baseline);
        System.out.printf("  through gateway + link + guest stack: %,10.0f requests/s  (ratio %.2f)%n", forwarded, forwarded / baseline);
        System.out.printf("  bulk echo through the forward, 1 connection: %.1f MB/s each way%n", bulk);
    }
}
