package dev.mayfly.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Mayfly VMM runs many VMs in one JVM: examples/hello booted 50 times in a row, each exiting
 * 0, leaves the process with as many file descriptors as before and no growth in resident memory.
 */
class ManyVmsTest {
    private static final int VMS = 50;
    /** Resident-set growth tolerated over 50 boots (JIT and allocator noise; a leaked 64 MiB guest is far above). */
    private static final long RSS_SLACK_KB = 48 * 1024;

    @Test
    void fiftyVmsInARowEachExitZeroAndLeakNothing() throws IOException {
        Guest.On.VMM.hypervisor();
        Path image = TestImages.hello();
        Guest warmUp = Guest.boot(Guest.On.VMM, image);
        assertEquals(0, warmUp.status(), warmUp.console());
        System.gc();
        long fdsBefore = openFds();
        long rssBefore = rssKb();
        for (int i = 0; i < VMS; i++) {
            Guest guest = Guest.boot(Guest.On.VMM, image, dev.mayfly.cli.run.RunSpec.Accel.AUTO, Map.of(), List.of(),
                    "run-" + i);
            assertEquals(0, guest.status(), "VM " + i + ": " + guest.console());
            assertTrue(guest.console().contains("arguments: [run-" + i + "]"), guest.console());
        }
        System.gc();
        long fdsAfter = openFds();
        long rssAfter = rssKb();
        System.err.printf("50 VMs: fds %d -> %d, RSS %d -> %d KiB%n", fdsBefore, fdsAfter, rssBefore, rssAfter);
        assertEquals(fdsBefore, fdsAfter, "file descriptors leaked");
        assertTrue(rssAfter - rssBefore < RSS_SLACK_KB, "resident memory grew by " + (rssAfter - rssBefore) + " KiB");
    }

    private static long openFds() throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }
}
