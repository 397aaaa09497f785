package dev.mayfly.net.linux;

import dev.mayfly.net.iface.Interface;
import dev.mayfly.net.iface.Ipv4Config;
import dev.mayfly.net.socket.TcpListener;
import dev.mayfly.net.socket.TcpSocket;
import dev.mayfly.net.socket.TcpState;
import dev.mayfly.net.wire.Ipv4Address;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The stack against Linux's own TCP: a TAP device moved into a network namespace this test
 * creates, Linux on one side, our stack (driven by this thread) on the other. Root only; all
 * traffic stays inside the namespace, which is deleted afterwards.
 */
class LinuxTcpInteropTest {
    static final int LINUX = Ipv4Address.of(10, 99, 0, 1);
    static final int STACK = Ipv4Address.of(10, 99, 0, 2);
    static final long STACK_MAC = 0x02_6d_61_79_66_01L;
    static final int BYTES = 2_000_000;

    static String tap;
    static String namespace;
    static TapDevice device;
    static Interface iface;
    static long start;

    @BeforeAll
    static void createNamespaceAndTap() throws Throwable {
        Assumptions.assumeTrue(new File("/dev/net/tun").exists(), "no /dev/net/tun");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root (network namespaces, TAP devices)");
        Assumptions.assumeTrue(run("ip", "-V") == 0, "no iproute2 'ip' command");
        Assumptions.assumeTrue(run("python3", "-c", "pass") == 0, "no python3 for the Linux side");
        long id = ProcessHandle.current().pid() % 100000;
        tap = "mftap" + id;
        namespace = "mayfly-net-test-" + id;
        assertEquals(0, run("ip", "tuntap", "add", "dev", tap, "mode", "tap"));
        device = new TapDevice(tap);
        assertEquals(0, run("ip", "netns", "add", namespace));
        assertEquals(0, run("ip", "link", "set", tap, "netns", namespace));
        assertEquals(0, inNamespace("ip", "addr", "add", "10.99.0.1/24", "dev", tap));
        assertEquals(0, inNamespace("ip", "link", "set", tap, "up"));
        assertEquals(0, inNamespace("ip", "link", "set", "lo", "up"));
        iface = new Interface(device, STACK_MAC, Ipv4Config.ofStatic(STACK, 24, 0), System.nanoTime());
        start = System.currentTimeMillis();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (device != null) {
            device.close();
        }
        if (namespace != null) {
            run("ip", "netns", "del", namespace);
        }
        if (tap != null) {
            run("ip", "tuntap", "del", "dev", tap, "mode", "tap");
        }
    }

    static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    static int inNamespace(String... command) throws Exception {
        String[] full = new String[command.length + 4];
        full[0] = "ip";
        full[1] = "netns";
        full[2] = "exec";
        full[3] = namespace;
        System.arraycopy(command, 0, full, 4, command.length);
        return run(full);
    }

    static Process pythonInNamespace(String script) throws Exception {
        Path file = Files.createTempFile("mayfly-net", ".py");
        Files.writeString(file, script);
        file.toFile().deleteOnExit();
        return new ProcessBuilder("ip", "netns", "exec", namespace, "python3", file.toString())
                .redirectErrorStream(true).start();
    }

    static long now() {
        return System.currentTimeMillis() - start;
    }

    /** Polls the stack with real time until {@code done} or the timeout. */
    static void drive(java.util.function.BooleanSupplier done, Runnable app, long timeoutMillis) throws InterruptedException {
        long end = now() + timeoutMillis;
        while (!done.getAsBoolean()) {
            boolean active = iface.poll(now());
            app.run();
            if (now() > end) {
                fail("timed out; stack statistics:\n" + iface.statistics());
            }
            if (!active) {
                long wait = Math.min(iface.pollAt() - now(), 1);
                if (wait > 0) {
                    Thread.sleep(wait);
                } else {
                    Thread.onSpinWait();
                }
            }
        }
    }

    @Test
    void linuxClientGetsEchoFromOurServer() throws Exception {
        TcpListener listener = iface.listen(8080, 8, 256 * 1024, 256 * 1024);
        Process client = pythonInNamespace("""
                import socket, sys, threading
                data = bytes((i * 7 + 3) & 0xff for i in range(%d))
                s = socket.create_connection(("10.99.0.2", 8080), timeout=20)
                def send():
                    s.sendall(data)
                    s.shutdown(socket.SHUT_WR)
                t = threading.Thread(target=send); t.start()
                got = bytearray()
                while True:
                    b = s.recv(65536)
                    if not b: break
                    got += b
                t.join()
                print("received", len(got))
                sys.exit(0 if bytes(got) == data else 3)
                """.formatted(BYTES));
        TcpSocket[] server = new TcpSocket[1];
        boolean[] closed = new boolean[1];
        byte[] buf = new byte[65536];
        drive(() -> !client.isAlive() && (server[0] == null || server[0].state() == TcpState.CLOSED
                || server[0].state() == TcpState.TIME_WAIT), () -> {
            if (server[0] == null) {
                server[0] = listener.accept();
                return;
            }
            TcpSocket s = server[0];
            int room = Math.min(s.writeCapacity(), buf.length);
            if (room > 0) {
                int n = s.read(buf, 0, room);
                if (n > 0) {
                    s.write(buf, 0, n);
                } else if (n < 0 && !closed[0]) {
                    s.close();
                    closed[0] = true;
                }
            }
        }, 60_000);
        String output = new String(client.getInputStream().readAllBytes());
        assertEquals(0, client.exitValue(), "python client: " + output + "\nstack:\n" + iface.statistics());
        iface.unlisten(listener);
    }

    @Test
    void ourClientSendsToLinuxServerAndReadsItsDigest() throws Exception {
        Process server = pythonInNamespace("""
                import socket, hashlib
                l = socket.socket(); l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                l.bind(("10.99.0.1", 9000)); l.listen(1); l.settimeout(20)
                print("listening", flush=True)
                c, _ = l.accept(); c.settimeout(20)
                h = hashlib.sha256(); n = 0
                while True:
                    b = c.recv(65536)
                    if not b: break
                    h.update(b); n += len(b)
                c.sendall((h.hexdigest() + " " + str(n)).encode())
                c.close()
                """);
        assertTrue(new String(server.getInputStream().readNBytes(10)).startsWith("listening"));
        byte[] data = new byte[BYTES];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 13 + 5);
        }
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)) + " " + BYTES;
        TcpSocket client = new TcpSocket(64 * 1024, 256 * 1024);
        iface.connect(client, now(), LINUX, 9000);
        int[] sent = new int[1];
        StringBuilder reply = new StringBuilder();
        byte[] buf = new byte[4096];
        boolean[] eof = new boolean[1];
        drive(() -> eof[0], () -> {
            if (!client.isEstablished()) {
                assertNotEquals(TcpState.CLOSED, client.state(), "connect failed: " + client.error());
                return;
            }
            if (sent[0] < data.length) {
                int w = client.write(data, sent[0], data.length - sent[0]);
                if (w > 0) {
                    sent[0] += w;
                    if (sent[0] == data.length) {
                        client.shutdownOutput();
                    }
                }
            }
            int n = client.read(buf, 0, buf.length);
            if (n > 0) {
                reply.append(new String(buf, 0, n));
            } else if (n < 0) {
                eof[0] = true;
            }
        }, 60_000);
        assertEquals(expected, reply.toString());
        drive(() -> client.state() == TcpState.CLOSED || client.state() == TcpState.TIME_WAIT, () -> { }, 10_000);
        assertTrue(server.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, server.exitValue());
    }

    @Test
    void linuxConnectionToClosedPortIsRefused() throws Exception {
        Process client = pythonInNamespace("""
                import socket, sys
                try:
                    socket.create_connection(("10.99.0.2", 7), timeout=10)
                    sys.exit(1)
                except ConnectionRefusedError:
                    sys.exit(0)
                """);
        drive(() -> !client.isAlive(), () -> { }, 20_000);
        assertEquals(0, client.exitValue(), new String(client.getInputStream().readAllBytes()));
    }

    @Test
    void linuxPingGetsEchoReply() throws Exception {
        Process ping = pythonInNamespace("""
                import socket, struct, sys
                def csum(b):
                    if len(b) % 2: b += b"\\0"
                    s = sum(struct.unpack("!%dH" % (len(b) // 2), b))
                    s = (s >> 16) + (s & 0xffff); s += s >> 16
                    return ~s & 0xffff
                s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP); s.settimeout(10)
                body = b"mayfly-ping"
                hdr = struct.pack("!BBHHH", 8, 0, 0, 0x1234, 1)
                pkt = struct.pack("!BBHHH", 8, 0, csum(hdr + body), 0x1234, 1) + body
                s.sendto(pkt, ("10.99.0.2", 0))
                while True:
                    data, addr = s.recvfrom(2048)
                    icmp = data[(data[0] & 0xf) * 4:]
                    if icmp[0] == 0 and icmp[8:] == body:
                        sys.exit(0)
                """);
        drive(() -> !ping.isAlive(), () -> { }, 20_000);
        assertEquals(0, ping.exitValue(), new String(ping.getInputStream().readAllBytes()));
    }
}
