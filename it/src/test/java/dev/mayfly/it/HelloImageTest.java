package dev.mayfly.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.cli.run.RunSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** examples/hello, built with mayfly build and booted under the Mayfly VMM and QEMU: output and exit status. */
class HelloImageTest {
    @ParameterizedTest
    @EnumSource(Guest.On.class)
    void printsGreetingArgumentsEnvironmentAndTakesTurns(Guest.On on) {
        Guest guest = Guest.boot(on, TestImages.hello(), RunSpec.Accel.AUTO, Map.of("GREETING_NAME", "Ada Lovelace"),
                List.of(), "one", "two words", "");
        assertEquals(0, guest.status(), guest.console());
        assertEquals("""
                Hello from Mayfly, Ada Lovelace!
                arguments: [one, two words, ]
                worker-0 round 0
                worker-1 round 0
                worker-0 round 1
                worker-1 round 1
                worker-0 round 2
                worker-1 round 2
                both workers done
                """, guest.console());
    }

    @ParameterizedTest
    @EnumSource(Guest.On.class)
    void withoutEnvironmentGreetsAStranger(Guest.On on) {
        Guest guest = Guest.boot(on, TestImages.hello());
        assertEquals(0, guest.status(), guest.console());
        assertTrue(guest.console().startsWith("Hello from Mayfly, stranger!\narguments: []\n"), guest.console());
    }

    @ParameterizedTest
    @EnumSource(Guest.On.class)
    void bootTraceReportsTheGuestInternalBootTime(Guest.On on) {
        Guest guest = Guest.boot(on, TestImages.hello(), RunSpec.Accel.AUTO, Map.of(), List.of("mayfly.trace=boot"));
        assertEquals(0, guest.status(), guest.console());
        assertTrue(guest.console().matches("(?s).*mayfly: boot [0-9.]+ ms from PVH entry to main.*"), guest.console());
    }

    @ParameterizedTest
    @EnumSource(Guest.On.class)
    void gcTraceReportsTheCollectorsPausesWhenTheVmEnds(Guest.On on) {
        // mayfly.selftest=gc makes one full collection (System.gc()) before main
        Guest guest = Guest.boot(on, TestImages.hello(), RunSpec.Accel.AUTO, Map.of(), List.of("mayfly.trace=gc", "mayfly.selftest=gc"));
        assertEquals(0, guest.status(), guest.console());
        assertTrue(guest.console().matches("(?s).*mayfly: gc: [1-9][0-9]* collections? \\([1-9][0-9]* full\\) since boot, "
                + "[0-9]+\\.[0-9]{3} ms in all, longest [0-9]+\\.[0-9]{3} ms\n.*"), guest.console());
        // the totals come as the VM ends, after the program's last line
        assertTrue(guest.console().contains("both workers done\nmayfly: gc: "), guest.console());
    }

    @Test
    void bootsUnderSoftwareEmulationToo() {
        Guest guest = Guest.boot(Guest.On.QEMU, TestImages.hello(), RunSpec.Accel.TCG, Map.of(), List.of());
        assertEquals(0, guest.status(), guest.console());
        assertTrue(guest.console().endsWith("both workers done\n"), guest.console());
    }
}
