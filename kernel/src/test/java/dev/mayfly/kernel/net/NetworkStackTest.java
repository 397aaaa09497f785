package dev.mayfly.kernel.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.net.iface.Ipv4Config;
import dev.mayfly.net.wire.Ipv4Address;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The blocking socket layer with real threads on HotSpot, over 127.0.0.1 of a stack without a device. */
class NetworkStackTest {
    private static final int LOCALHOST = Ipv4Address.of(127, 0, 0, 1);

    private final NetworkStack stack;
    /** A thread per task: the common pool may have a single thread on a small machine. */
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
    });

    NetworkStackTest() {
        ThreadScheduler scheduler = new ThreadScheduler();
        stack = new NetworkStack(new NoDevice(), DriverHooks.NONE, Ipv4Config.unconfigured(), 42, Clock.SYSTEM, scheduler);
        scheduler.start(stack);
    }

    @Test
    void echoesAMegabyteBetweenBlockingThreads() throws Exception {
        TcpServer server = TcpServer.listen(stack, 7000, 10);
        CompletableFuture<Void> echo = CompletableFuture.runAsync(() -> {
            try {
                TcpConnection c = server.accept(5000);
                byte[] buf = new byte[8192];
                int n;
                while ((n = c.read(buf, 0, buf.length, 5000)) > 0) {
                    c.write(buf, 0, n);
                }
                c.close();
            } catch (NetException e) {
                throw new RuntimeException(e);
            }
        }, threads);
        TcpConnection client = TcpConnection.connect(stack, LOCALHOST, 7000, 5000);
        byte[] data = new byte[1 << 20];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 13);
        }
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                client.write(data, 0, data.length);
                client.shutdownOutput();
            } catch (NetException e) {
                throw new RuntimeException(e);
            }
        }, threads);
        byte[] got = new byte[data.length];
        int off = 0;
        int n;
        while ((n = client.read(got, off, Math.min(65536, got.length - off), 5000)) > 0) {
            off += n;
        }
        writer.get(10, TimeUnit.SECONDS);
        echo.get(10, TimeUnit.SECONDS);
        assertEquals(data.length, off);
        assertArrayEquals(data, got);
        client.close();
    }

    @Test
    void timesOutAReadAndAnAccept() throws Exception {
        TcpServer server = TcpServer.listen(stack, 7001, 10);
        NetException accept = assertThrows(NetException.class, () -> server.accept(50));
        assertEquals(NetException.Kind.ACCEPT_TIMED_OUT, accept.kind());
        CompletableFuture<TcpConnection> accepted = CompletableFuture.supplyAsync(() -> {
            try {
                return server.accept(5000);
            } catch (NetException e) {
                throw new RuntimeException(e);
            }
        }, threads);
        TcpConnection client = TcpConnection.connect(stack, LOCALHOST, 7001, 5000);
        accepted.get(5, TimeUnit.SECONDS);
        NetException read = assertThrows(NetException.class, () -> client.read(new byte[1], 0, 1, 50));
        assertEquals(NetException.Kind.READ_TIMED_OUT, read.kind());
        assertEquals("Read timed out", read.getMessage());
    }

    @Test
    void refusesAClosedPortAndABusyOne() throws Exception {
        NetException refused = assertThrows(NetException.class, () -> TcpConnection.connect(stack, LOCALHOST, 7002, 5000));
        assertEquals(NetException.Kind.REFUSED, refused.kind());
        TcpServer.listen(stack, 7003, 1);
        NetException busy = assertThrows(NetException.class, () -> TcpServer.listen(stack, 7003, 1));
        assertEquals(NetException.Kind.ADDRESS_IN_USE, busy.kind());
    }

    @Test
    void closingAServerWakesItsAcceptor() throws Exception {
        TcpServer server = TcpServer.listen(stack, 7004, 1);
        CompletableFuture<NetException.Kind> blocked = CompletableFuture.supplyAsync(() -> {
            try {
                server.accept(0);
                return null;
            } catch (NetException e) {
                return e.kind();
            }
        }, threads);
        Thread.sleep(50);
        server.close();
        assertEquals(NetException.Kind.CLOSED, blocked.get(5, TimeUnit.SECONDS));
        assertTrue(server.isClosed());
    }

    @Test
    void theLastThreadsEndWaitsUntilAClosedConnectionsPeerClosesToo() throws Exception {
        TcpServer server = TcpServer.listen(stack, 7005, 1);
        TcpConnection client = TcpConnection.connect(stack, LOCALHOST, 7005, 5000);
        TcpConnection accepted = server.accept(5000);
        server.close();
        accepted.write(new byte[10], 0, 10);
        accepted.close();
        CountDownLatch ended = new CountDownLatch(1);
        assertTrue(stack.endWhenDelivered(5000, ended::countDown), "a closed connection is still closing");
        assertFalse(ended.await(300, TimeUnit.MILLISECONDS), "acknowledged, but the peer has not closed: a relay may hold the bytes");
        byte[] got = new byte[20];
        assertEquals(10, client.read(got, 0, got.length, 5000));
        assertEquals(-1, client.read(got, 0, got.length, 5000));
        client.close();
        assertTrue(ended.await(2, TimeUnit.SECONDS), "both sides closed: the VM may end");
    }

    @Test
    void theLastThreadsEndIsNotDeferredWithoutConnections() {
        assertFalse(stack.endWhenDelivered(5000, () -> {
            throw new AssertionError("nothing to deliver: the caller ends the VM itself");
        }));
    }

    @Test
    void aPeerThatNeverClosesDefersTheEndOnlyForTheBudget() throws Exception {
        TcpServer server = TcpServer.listen(stack, 7006, 1);
        TcpConnection client = TcpConnection.connect(stack, LOCALHOST, 7006, 5000);
        server.accept(5000).close();
        server.close();
        CountDownLatch ended = new CountDownLatch(1);
        long t0 = System.nanoTime();
        assertTrue(stack.endWhenDelivered(300, ended::countDown));
        assertTrue(ended.await(5, TimeUnit.SECONDS), "the budget ends the wait");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(millis >= 290, "ended after " + millis + " ms, before the budget");
        assertFalse(client.isClosed());
    }
}
