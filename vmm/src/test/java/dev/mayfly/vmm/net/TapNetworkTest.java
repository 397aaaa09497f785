package dev.mayfly.vmm.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.vmm.ExitResult;
import dev.mayfly.vmm.KvmAssumptions;
import dev.mayfly.vmm.MicroVm;
import dev.mayfly.vmm.TestGuests;
import dev.mayfly.vmm.devices.virtio.net.NetLink;
import dev.mayfly.vmm.devices.virtio.net.VirtioNetSpec;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The TAP backend against Linux: the TAP interface is moved into a network namespace this test creates
 * (named {@code vmmnet-ns<pid>}), where Linux has 10.0.2.2/24; all traffic stays inside it and the
 * namespace is deleted afterwards. Needs root, /dev/net/tun, iproute2 and python3; otherwise skipped
 * with the reason.
 */
class TapNetworkTest {
    private final long id = ProcessHandle.current().pid() % 10000;
    private final String tap = "vmmnet-tap" + id;
    private final String namespace = "vmmnet-ns" + id;
    private boolean namespaceCreated;

    private static void assume(boolean condition, String reason) {
        if (!condition) {
            System.out.println("skipping TapNetworkTest: " + reason);
        }
        Assumptions.assumeTrue(condition, reason);
    }

    @BeforeEach
    void requirements() throws Exception {
        assume(new File("/dev/net/tun").exists(), "no /dev/net/tun");
        assume("root".equals(System.getProperty("user.name")), "needs root (TAP devices, network namespaces)");
        assume(run("ip", "-V") == 0, "no iproute2 'ip' command");
        assume(run("python3", "-c", "pass") == 0, "no python3 for the Linux side");
        assertEquals(0, run("ip", "netns", "add", namespace));
        namespaceCreated = true;
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (namespaceCreated) {
            run("ip", "netns", "del", namespace); // the TAP interface, inside it, goes too
        }
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    /** Moves the TAP interface into the namespace and gives Linux the gateway's address there. */
    private void moveTapIntoNamespace() throws Exception {
        assertEquals(0, run("ip", "link", "set", tap, "netns", namespace));
        assertEquals(0, run("ip", "netns", "exec", namespace, "ip", "addr", "add", "10.0.2.2/24", "dev", tap));
        assertEquals(0, run("ip", "netns", "exec", namespace, "ip", "link", "set", tap, "up"));
    }

    @Test
    void linuxTalksTcpThroughTheTapBackendToAGuestStack() throws Exception {
        NetLink link = new NetLink(VirtioNetSpec.MAX_FRAME_LENGTH, NetLink.DEFAULT_QUEUE_FRAMES);
        try (TapBackend backend = TapBackend.open(tap, link, "test")) {
            assertEquals(tap, backend.interfaceName());
            moveTapIntoNamespace();
            GuestStack guest = GuestStack.withStaticAddress(link);
            EchoServer echo = new EchoServer(guest.iface, 7);
            try (guest) {
                guest.start(echo);
                Path script = Files.createTempFile("vmmnet", ".py");
                Files.writeString(script, """
                        import socket, os
                        data = os.urandom(1 << 20)
                        s = socket.create_connection(("10.0.2.15", 7), timeout=20)
                        s.sendall(data)
                        s.shutdown(socket.SHUT_WR)
                        back = bytearray()
                        while True:
                            chunk = s.recv(65536)
                            if not chunk:
                                break
                            back += chunk
                        print("OK" if bytes(back) == data else "MISMATCH %d" % len(back))
                        """);
                Process client = new ProcessBuilder("ip", "netns", "exec", namespace, "python3", script.toString())
                        .redirectErrorStream(true).start();
                String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                assertTrue(client.waitFor(60, TimeUnit.SECONDS));
                Files.delete(script);
                assertEquals("OK", output, "python client: " + output + "\nguest stack: " + guest.iface.statistics());
                assertEquals(1, echo.accepted);
                assertTrue(backend.framesToGuest() > 100 && backend.framesFromGuest() > 100);
            }
        }
    }

    @Test
    void kvmGuestGetsAnArpReplyFromLinuxThroughTap() throws Exception {
        KvmAssumptions.assumeKvm();
        try (MicroVm vm = MicroVm.builder().kernel(TestGuests.image("virtio-net-echo")).memoryMiB(8)
                .network(TapNetwork.named(tap)).console(null).timeout(Duration.ofSeconds(60)).build()) {
            moveTapIntoNamespace();
            vm.start();
            ExitResult result = vm.awaitExit();
            assertEquals(ExitResult.guestExit(0x42), result, result.report());
        }
        assertTrue(run("ip", "netns", "exec", namespace, "ip", "link", "show", tap) != 0,
                "the TAP interface the VM created is gone with the VM");
    }
}
