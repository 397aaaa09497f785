package dev.mayfly.vmm.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.net.iface.Ipv4Config;
import dev.mayfly.net.socket.TcpError;
import dev.mayfly.net.socket.TcpListener;
import dev.mayfly.net.socket.TcpSocket;
import dev.mayfly.net.socket.TcpState;
import dev.mayfly.vmm.devices.virtio.net.NetLink;
import dev.mayfly.vmm.devices.virtio.net.VirtioNetSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The user-mode network host-side only: the gateway on one end of a {@link NetLink}, a second
 * {@code net} stack playing the guest on the other, and real host sockets on 127.0.0.1.
 */
class GatewayTest {
    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    private <T extends AutoCloseable> T track(T resource) {
        resources.add(resource);
        return resource;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static NetLink newLink() {
        return new NetLink(VirtioNetSpec.MAX_FRAME_LENGTH, NetLink.DEFAULT_QUEUE_FRAMES);
    }

    private Gateway gateway(NetLink link, PortForward... forwards) {
        return track(Gateway.start(UserNetwork.forwarding(forwards), link, "test"));
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(5);
        }
    }

    private Socket connect(int port) throws IOException {
        Socket s = track(new Socket(InetAddress.getLoopbackAddress(), port));
        s.setSoTimeout(10_000);
        s.setTcpNoDelay(true);
        return s;
    }

    @Test
    void dhcpLeasesTheGuestItsAddressMaskAndRouter() throws Exception {
        NetLink link = newLink();
        Gateway gw = gateway(link);
        GuestStack guest = track(new GuestStack(link, Ipv4Config.ofDhcp()).start(now -> { }));
        await(() -> guest.iface.config().isConfigured(), "a DHCP lease");
        Ipv4Config config = guest.iface.config();
        assertEquals(UserNetwork.GUEST_ADDRESS, config.address());
        assertEquals(24, config.prefixLength());
        assertEquals(UserNetwork.GATEWAY_ADDRESS, config.gateway());
        assertEquals(1, gw.dhcpServer().offers());
        assertEquals(1, gw.dhcpServer().acks());
        assertEquals(0, gw.dhcpServer().naks());
    }

    @Test
    void forwardsAHostConnectionToTheGuestAndBackByteForByte() throws Exception {
        int port = freePort();
        NetLink link = newLink();
        gateway(link, new PortForward(port, 7));
        GuestStack guest = GuestStack.withStaticAddress(link);
        EchoServer echo = new EchoServer(guest.iface, 7);
        track(guest.start(echo));

        Socket s = connect(port);
        byte[] data = new byte[3 << 20];
        new Random(1).nextBytes(data);
        byte[] back = new byte[data.length];
        Future<?> writer = Executors.newVirtualThreadPerTaskExecutor().submit(() -> {
            s.getOutputStream().write(data);
            s.shutdownOutput();
            return null;
        });
        InputStream in = s.getInputStream();
        int got = 0;
        while (got < back.length) {
            int n = in.read(back, got, back.length - got);
            assertTrue(n > 0, "stream ended after " + got + " bytes");
            got += n;
        }
        writer.get();
        assertArrayEquals(data, back);
        assertEquals(-1, in.read(), "the guest's half close reaches the host client");
        assertEquals(1, echo.accepted);
    }

    @Test
    void halfCloseTravelsBothWays() throws Exception {
        int port = freePort();
        NetLink link = newLink();
        gateway(link, new PortForward(port, 80));
        GuestStack guest = GuestStack.withStaticAddress(link);
        TcpListener listener = guest.iface.listen(80, 8, 4096, 4096);
        AtomicReference<String> request = new AtomicReference<>();
        StringBuilder received = new StringBuilder();
        TcpSocket[] connection = new TcpSocket[1];
        byte[] buffer = new byte[256];
        track(guest.start(now -> {
            if (connection[0] == null) {
                connection[0] = listener.accept();
                return;
            }
            TcpSocket c = connection[0];
            int n = c.read(buffer, 0, buffer.length);
            if (n > 0) {
                received.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
            } else if (n < 0 && request.get() == null) {
                request.set(received.toString()); // the client's FIN arrived: answer, then close
                c.write("bye".getBytes(StandardCharsets.US_ASCII), 0, 3);
                c.shutdownOutput();
            }
        }));
        Socket s = connect(port);
        s.getOutputStream().write("hello".getBytes(StandardCharsets.US_ASCII));
        s.shutdownOutput();
        assertEquals("bye", new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
        assertEquals("hello", request.get());
    }

    @Test
    void guestResetResetsTheHostConnection() throws Exception {
        int port = freePort();
        NetLink link = newLink();
        gateway(link, new PortForward(port, 80));
        GuestStack guest = GuestStack.withStaticAddress(link);
        TcpListener listener = guest.iface.listen(80, 8, 4096, 4096);
        track(guest.start(now -> {
            TcpSocket c = listener.accept();
            if (c != null) {
                c.abort();
            }
        }));
        Socket s = connect(port);
        assertThrows(SocketException.class, () -> {
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write(1);
            in.read(); // a reset, not an orderly end of stream
        });
    }

    @Test
    void connectionToAGuestPortNobodyListensOnIsReset() throws Exception {
        int port = freePort();
        NetLink link = newLink();
        gateway(link, new PortForward(port, 81));
        track(GuestStack.withStaticAddress(link).start(now -> { }));
        Socket s = connect(port);
        assertThrows(SocketException.class, () -> s.getInputStream().read());
    }

    @Test
    void hostResetAbortsTheGuestConnection() throws Exception {
        int port = freePort();
        NetLink link = newLink();
        gateway(link, new PortForward(port, 80));
        GuestStack guest = GuestStack.withStaticAddress(link);
        TcpListener listener = guest.iface.listen(80, 8, 4096, 4096);
        AtomicReference<TcpSocket> accepted = new AtomicReference<>();
        AtomicReference<TcpState> state = new AtomicReference<>();
        AtomicReference<TcpError> error = new AtomicReference<>();
        track(guest.start(now -> {
            TcpSocket c = listener.accept();
            if (c != null) {
                accepted.set(c);
            }
            TcpSocket a = accepted.get();
            if (a != null) {
                state.set(a.state());
                error.set(a.error());
            }
        }));
        Socket s = connect(port);
        await(() -> state.get() == TcpState.ESTABLISHED, "the guest's connection");
        s.setSoLinger(true, 0);
        s.close();
        await(() -> state.get() == TcpState.CLOSED, "the reset to reach the guest");
        assertEquals(TcpError.RESET, error.get());
    }

    @Test
    void hostPortAlreadyInUseIsOneClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            NetworkSetupException e = assertThrows(NetworkSetupException.class,
                    () -> Gateway.start(UserNetwork.forwarding(new PortForward(port, 80)), newLink(), "test"));
            assertTrue(e.getMessage().contains("host port " + port + " is already in use"), e.getMessage());
        }
    }

    @Test
    void failedBindReleasesThePortsAlreadyBound() throws Exception {
        int free = freePort();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThrows(NetworkSetupException.class, () -> Gateway.start(UserNetwork.forwarding(
                    new PortForward(free, 80), new PortForward(taken.getLocalPort(), 81)), newLink(), "test"));
        }
        try (ServerSocket again = new ServerSocket(free, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(free, again.getLocalPort());
        }
    }

    @Test
    void fiftyConcurrentConnectionsAreEchoed() throws Exception {
        int port = freePort();
        NetLink link = newLink();
        Gateway gw = gateway(link, new PortForward(port, 7));
        GuestStack guest = GuestStack.withStaticAddress(link);
        EchoServer echo = new EchoServer(guest.iface, 7);
        track(guest.start(echo));
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int id = i;
                results.add(pool.submit(() -> {
                    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                        s.setSoTimeout(10_000);
                        byte[] msg = ("connection " + id + " ").repeat(200).getBytes(StandardCharsets.US_ASCII);
                        s.getOutputStream().write(msg);
                        s.shutdownOutput();
                        byte[] back = s.getInputStream().readAllBytes();
                        return java.util.Arrays.equals(msg, back) ? null : back;
                    }
                }));
            }
            for (Future<byte[]> r : results) {
                assertNull(r.get());
            }
        }
        assertEquals(50, gw.acceptedConnections());
        assertEquals(50, echo.accepted);
    }

    @Test
    void closingTheGatewayReleasesItsPorts() throws Exception {
        int port = freePort();
        Gateway gw = Gateway.start(UserNetwork.forwarding(new PortForward(port, 80)), newLink(), "test");
        gw.close();
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
        assertNull(gw.failure());
    }
}
