package dev.mayfly.vmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input reaches the user as one specific exception with a one-line message, before any VM exists. */
class MicroVmBuilderTest {
    @TempDir
    Path dir;

    private static void assertOneLine(Exception e) {
        assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void rejectsMissingImageFile() {
        var e = assertThrows(InvalidImageException.class,
                () -> MicroVm.builder().kernel(dir.resolve("nothing.img")).build());
        assertTrue(e.getMessage().endsWith("nothing.img: no such file"), e.getMessage());
    }

    @Test
    void rejectsImageThatIsNotAnElf() throws IOException {
        Path jar = Files.write(dir.resolve("app.jar"), "PK\3\4".getBytes());
        var e = assertThrows(InvalidImageException.class, () -> MicroVm.builder().kernel(jar).build());
        assertEquals(jar + ": not an ELF file", e.getMessage());
    }

    @Test
    void rejectsImageWithoutPvhNote() {
        var e = assertThrows(InvalidImageException.class,
                () -> MicroVm.builder().kernel("vmlinux", TestElf.pvh().withoutPvhNote().build()).build());
        assertOneLine(e);
    }

    @Test
    void rejectsImageWithSegmentOutsideRam() {
        byte[] image = TestElf.pvh().segment(0xF000_0000L, new byte[4], 4).entry(0xF000_0000L).build();
        var e = assertThrows(ImageDoesNotFitException.class, () -> MicroVm.builder().kernel("x.img", image).build());
        assertOneLine(e);
    }

    @Test
    void rejectsRamTooSmallForImage() {
        byte[] image = TestElf.pvh().segment(0x100000, new byte[4], 100 << 20).build();
        var e = assertThrows(InsufficientMemoryException.class,
                () -> MicroVm.builder().kernel("x.img", image).memoryMiB(64).build());
        assertOneLine(e);
    }

    @Test
    void rejectsMemoryOutsideTheSupportedRange() {
        byte[] image = TestElf.pvh().build();
        assertThrows(InvalidConfigurationException.class, () -> MicroVm.builder().kernel("x", image).memoryMiB(1).build());
        assertThrows(InvalidConfigurationException.class, () -> MicroVm.builder().kernel("x", image).memoryMiB(4096).build());
    }

    @Test
    void rejectsMissingKernel() {
        assertThrows(InvalidConfigurationException.class, () -> MicroVm.builder().build());
    }

    @Test
    void rejectsMissingKvmDevice() {
        var e = assertThrows(KvmUnavailableException.class,
                () -> MicroVm.builder().kernel("x", TestElf.pvh().build()).kvmDevice("/nonexistent/kvm").build());
        assertEquals("/nonexistent/kvm does not exist: this host offers no KVM (run the image under QEMU TCG instead)", e.getMessage());
    }

    @Test
    void rejectsKvmDeviceNotPermitted() {
        // read-only sysctl files refuse O_RDWR with EACCES even to root
        Path readOnly = Path.of("/proc/sys/kernel/osrelease");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(readOnly), "needs " + readOnly);
        var e = assertThrows(KvmUnavailableException.class,
                () -> MicroVm.builder().kernel("x", TestElf.pvh().build()).kvmDevice(readOnly.toString()).build());
        assertTrue(e.getMessage().startsWith("permission denied on"), e.getMessage());
    }

    @Test
    void rejectsDeviceThatIsNotKvm() {
        var e = assertThrows(KvmUnavailableException.class,
                () -> MicroVm.builder().kernel("x", TestElf.pvh().build()).kvmDevice("/dev/null").build());
        assertTrue(e.getMessage().startsWith("/dev/null is not a KVM device"), e.getMessage());
        assertOneLine(e);
    }
}
