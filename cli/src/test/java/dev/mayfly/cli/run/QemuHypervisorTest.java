package dev.mayfly.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QemuHypervisorTest {
    @Test
    void guestStatusIsDecodedFromDebugExit() {
        RunOutcome o = QemuHypervisor.outcome((3 << 1) | 1, "", 0, 0);
        assertEquals(3, o.exitStatus());
        assertTrue(o.guestExited());
        assertEquals(0, QemuHypervisor.outcome(1, "", 0, 0).exitStatus());
    }

    @Test
    void qemuFailingToStartIsNotAGuestExit() {
        RunOutcome o = QemuHypervisor.outcome(1, "qemu-system-x86_64: -kernel x: No such file", 0, 0);
        assertFalse(o.guestExited());
        assertTrue(o.description().contains("No such file"));
    }

    @Test
    void qemuEndingWithoutGuestExitIsReported() {
        RunOutcome o = QemuHypervisor.outcome(0, "", 0, 0);
        assertFalse(o.guestExited());
        assertEquals(1, o.exitStatus());
    }

    @Test
    void commandBootsPvhOnMicrovmWithTheKernelCommandLine() {
        RunSpec spec = new RunSpec(Path.of("app.img"), 128L << 20, Map.of("K", "v w"), List.of("a"),
                List.of("mayfly.trace=boot"), RunSpec.Accel.AUTO, new ByteArrayOutputStream(), null);
        List<String> cmd = new QemuHypervisor().command(Path.of("/usr/bin/qemu-system-x86_64"), spec, true);
        assertTrue(cmd.containsAll(List.of("-M", "microvm,acpi=off", "-accel", "kvm", "-m", "128M", "-kernel", "app.img")), cmd.toString());
        assertEquals("mayfly.trace=boot \"env.K=v w\" -- a", cmd.get(cmd.indexOf("-append") + 1));
    }

    @Test
    void userNetworkForwardsEachPortOnLoopbackToAModernVirtioNetDevice() {
        RunSpec spec = new RunSpec(Path.of("app.img"), 64L << 20, Map.of(), List.of(), List.of(), RunSpec.Accel.AUTO,
                new ByteArrayOutputStream(), null,
                Networking.user(List.of(new dev.mayfly.vmm.net.PortForward(8080, 80), dev.mayfly.vmm.net.PortForward.same(9000))));
        List<String> cmd = new QemuHypervisor().command(Path.of("/usr/bin/qemu-system-x86_64"), spec, true);
        String netdev = cmd.get(cmd.indexOf("-netdev") + 1);
        assertTrue(netdev.startsWith("user,id=n0,"), netdev);
        assertTrue(netdev.contains(",hostfwd=tcp:127.0.0.1:8080-:80,hostfwd=tcp:127.0.0.1:9000-:9000"), netdev);
        assertEquals("virtio-net-device,netdev=n0,mac=52:54:00:12:34:56", cmd.get(cmd.indexOf("-netdev") + 3));
        assertEquals("virtio-mmio.force-legacy=false", cmd.get(cmd.indexOf("-global") + 1));
    }

    @Test
    void tapNetworkNamesTheInterfaceAndNoNetworkAddsNothing() {
        assertEquals("tap,id=n0,ifname=tap3,script=no,downscript=no",
                QemuHypervisor.networkArguments(Networking.tap("tap3")).get(1));
        assertEquals(List.of(), QemuHypervisor.networkArguments(Networking.NONE));
    }

    @Test
    void aHostPortInUseIsReportedBeforeQemuStarts() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            HypervisorException e = org.junit.jupiter.api.Assertions.assertThrows(HypervisorException.class,
                    () -> QemuHypervisor.checkHostPortsFree(Networking.user(List.of(dev.mayfly.vmm.net.PortForward.same(port)))));
            assertTrue(e.getMessage().contains("host port " + port + " is already in use"), e.getMessage());
        }
    }
}
