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
}
