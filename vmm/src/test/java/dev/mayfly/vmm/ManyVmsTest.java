package dev.mayfly.vmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fifty VMs one after another in one JVM: each exits 0, and nothing leaks. */
class ManyVmsTest {
    private static final int VMS = 50;

    private static long openFileDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    private static long residentKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static long bootOnce(Path image) throws InterruptedException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (MicroVm vm = MicroVm.builder().kernel(image).console(console).timeout(Duration.ofSeconds(30)).build()) {
            vm.start();
            assertEquals(ExitResult.guestExit(0), vm.awaitExit());
            assertTrue(console.toString().startsWith("Hello from a PVH guest\n"));
            return vm.firstConsoleByteNanos() - vm.creationStartNanos();
        }
    }

    @Test
    void fiftyVmsInARowEachExitZeroAndLeakNothing() throws Exception {
        KvmAssumptions.assumeKvm();
        Path image = TestGuests.image("hello");
        for (int i = 0; i < 5; i++) {
            bootOnce(image);
        }
        System.gc();
        long fdsBefore = openFileDescriptors();
        long rssBefore = residentKiB();
        long threadsBefore = Thread.activeCount();
        long[] firstByte = new long[VMS];
        for (int i = 0; i < VMS; i++) {
            firstByte[i] = bootOnce(image);
        }
        System.gc();
        long fdsAfter = openFileDescriptors();
        long rssAfter = residentKiB();
        Arrays.sort(firstByte);
        System.out.printf("%d VMs: creation -> first console byte median %.2f ms, min %.2f ms, max %.2f ms; "
                        + "fds %d -> %d; RSS %d -> %d KiB%n", VMS, firstByte[VMS / 2] / 1e6, firstByte[0] / 1e6,
                firstByte[VMS - 1] / 1e6, fdsBefore, fdsAfter, rssBefore, rssAfter);
        assertEquals(fdsBefore, fdsAfter, "file descriptors leaked");
        assertTrue(Thread.activeCount() <= threadsBefore + 1, "threads leaked: " + threadsBefore + " -> " + Thread.activeCount());
        assertTrue(rssAfter - rssBefore < 64 * 1024, "RSS grew by " + (rssAfter - rssBefore) + " KiB over " + VMS + " VMs");
    }

    @Test
    void severalVmsRunAtTheSameTimeInOneJvm() throws Exception {
        KvmAssumptions.assumeKvm();
        Path image = TestGuests.image("hello");
        java.util.List<MicroVm> vms = new java.util.ArrayList<>();
        java.util.List<ByteArrayOutputStream> consoles = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                ByteArrayOutputStream console = new ByteArrayOutputStream();
                consoles.add(console);
                vms.add(MicroVm.builder().kernel(image).cmdline("vm=" + i).console(console).timeout(Duration.ofSeconds(30)).build());
            }
            vms.forEach(MicroVm::start);
            for (int i = 0; i < vms.size(); i++) {
                assertEquals(ExitResult.guestExit(0), vms.get(i).awaitExit());
                assertTrue(consoles.get(i).toString().contains("cmdline: vm=" + i + " "), consoles.get(i).toString());
            }
        } finally {
            vms.forEach(MicroVm::close);
        }
    }
}
