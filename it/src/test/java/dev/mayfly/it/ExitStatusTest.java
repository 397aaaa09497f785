package dev.mayfly.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.cli.run.RunSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How a guest ends becomes the status of `mayfly run`: System.exit, an uncaught exception, a CPU fault. */
class ExitStatusTest {
    /** The kernel's own status for a panic (kernel.h MAYFLY_EXIT_PANIC). */
    static final int PANIC_STATUS = 101;

    @ParameterizedTest
    @EnumSource(Guest.On.class)
    void systemExitStatusBecomesTheVmStatus(Guest.On on) {
        Guest guest = Guest.boot(on, TestImages.exitProbe(), "exit", "3");
        assertEquals(3, guest.status(), guest.console());
        assertEquals("exiting with 3\n", guest.console());
    }

    @ParameterizedTest
    @EnumSource(Guest.On.class)
    void systemExitZeroIsSuccess(Guest.On on) {
        Guest guest = Guest.boot(on, TestImages.exitProbe(), "exit", "0");
        assertEquals(0, guest.status(), guest.console());
        assertTrue(guest.outcome().guestExited());
    }

    @ParameterizedTest
    @EnumSource(Guest.On.class)
    void uncaughtExceptionPrintsItsTraceAndEndsWithStatusOne(Guest.On on) {
        Guest guest = Guest.boot(on, TestImages.exitProbe(), "throw");
        assertEquals(1, guest.status(), guest.console());
        assertTrue(guest.console().startsWith("about to throw\nException in thread \"main\" "
                + "java.lang.IllegalStateException: thrown on purpose\n"), guest.console());
    }

    @ParameterizedTest
    @EnumSource(Guest.On.class)
    void cpuExceptionInKernelCodeGivesAPanicReport(Guest.On on) {
        Guest guest = Guest.boot(on, TestImages.exitProbe(), RunSpec.Accel.AUTO, Map.of(), List.of("mayfly.selftest=page-fault"));
        assertEquals(PANIC_STATUS, guest.status(), guest.console());
        String console = guest.console();
        assertTrue(console.contains("Mayfly kernel panic: page fault (vector 14, error code 0x"), console);
        assertTrue(console.contains("CR2 0000000080000000"), console);
        assertTrue(console.matches("(?s).*RIP [0-9a-f]{16}.*"), console);
    }
}
