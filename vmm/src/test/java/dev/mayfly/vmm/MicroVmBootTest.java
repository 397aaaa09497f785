package dev.mayfly.vmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.vmm.devices.virtio.RecordingDevice;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Boots the tiny guests of src/test/resources/guests under KVM. */
class MicroVmBootTest {
    @BeforeEach
    void needsKvm() {
        KvmAssumptions.assumeKvm();
    }

    private static ExitResult run(MicroVm.Builder builder) throws InterruptedException {
        try (MicroVm vm = builder.timeout(Duration.ofSeconds(30)).build()) {
            vm.start();
            return vm.awaitExit();
        }
    }

    @Test
    void bootsGuestThatPrintsItsCommandLineAndExitsZero() throws InterruptedException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ExitResult result = run(MicroVm.builder().kernel(TestGuests.image("hello")).cmdline("quiet -- app arg")
                .console(console));
        assertEquals(ExitResult.guestExit(0), result);
        String[] lines = console.toString().split("\n");
        assertEquals("Hello from a PVH guest", lines[0]);
        assertTrue(lines[1].matches("cmdline: quiet tsc_khz=\\d+ -- app arg"), lines[1]);
    }

    @Test
    void theInKernelPitCountsWhenTheGuestStarts() throws InterruptedException {
        assertEquals(ExitResult.guestExit(0), run(MicroVm.builder().kernel(TestGuests.image("pit-counter")).console(null)));
    }

    @Test
    void guestExitStatusBecomesTheResult() throws InterruptedException {
        assertEquals(ExitResult.guestExit(42), run(MicroVm.builder().kernel(TestGuests.image("exit42")).console(null)));
    }

    @Test
    void tripleFaultEndsWithShutdownAndRegisterReport() throws InterruptedException {
        ExitResult result = run(MicroVm.builder().kernel(TestGuests.image("triple-fault")).console(null));
        assertEquals(ExitReason.SHUTDOWN, result.reason());
        assertEquals(121, result.status());
        assertTrue(result.report().contains("KVM_EXIT_SHUTDOWN"), result.report());
        assertTrue(result.report().contains("rip"), result.report());
    }

    @Test
    void strayMmioReadsAllOnesAndWritesAreDropped() throws InterruptedException {
        assertEquals(ExitResult.guestExit(7), run(MicroVm.builder().kernel(TestGuests.image("stray-mmio")).console(null)));
    }

    @Test
    void stopEndsAHaltedGuestFromAnotherThread() throws InterruptedException {
        try (MicroVm vm = MicroVm.builder().kernel(TestGuests.image("halt-forever")).console(null).build()) {
            vm.start();
            assertTrue(vm.awaitExit(Duration.ofMillis(200)).isEmpty());
            long before = System.nanoTime();
            vm.stop();
            ExitResult result = vm.awaitExit();
            assertEquals(ExitResult.of(ExitReason.STOPPED, ""), result);
            assertTrue(System.nanoTime() - before < 5_000_000_000L, "stop took too long");
        }
    }

    @Test
    void timeoutEndsAGuestThatNeverExits() throws InterruptedException {
        try (MicroVm vm = MicroVm.builder().kernel(TestGuests.image("halt-forever")).console(null)
                .timeout(Duration.ofMillis(300)).build()) {
            vm.start();
            assertEquals(ExitReason.TIMEOUT, vm.awaitExit().reason());
        }
    }

    @Test
    void stopBeforeStartEndsTheVm() throws InterruptedException {
        try (MicroVm vm = MicroVm.builder().kernel(TestGuests.image("exit42")).console(null).build()) {
            vm.stop();
            assertEquals(ExitReason.STOPPED, vm.awaitExit().reason());
        }
    }

    @Test
    void queueNotificationTravelsThroughIoeventfdAndInterruptsTheGuest() throws InterruptedException {
        RecordingDevice device = new RecordingDevice();
        try (MicroVm vm = MicroVm.builder().kernel(TestGuests.image("virtio-notify")).console(null).device(device)
                .timeout(Duration.ofSeconds(30)).build()) {
            assertTrue(vm.commandLine().contains("virtio_mmio.device=4K@0xd0000000:5"), vm.commandLine());
            vm.start();
            ExitResult result = vm.awaitExit();
            assertEquals(ExitResult.guestExit(0xF), result, "the guest exits with the device status ACK|DRIVER|FEATURES_OK|DRIVER_OK");
            assertEquals(1, device.notifications.get());
            assertEquals(0, vm.virtioSlots().get(0).transport().notificationsThroughJava(),
                    "the QueueNotify write went to the ioeventfd, not through the vCPU loop");
        }
    }

    @Test
    void cpl3GuestRunsAtNativeSpeed() throws InterruptedException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        long start = System.nanoTime();
        ExitResult result = run(MicroVm.builder().kernel(TestGuests.image("long-mode-cpl3")).console(console));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ExitResult.guestExit(0), result);
        assertEquals("cpl3: counting\ncpl3: done\n", console.toString());
        // 100 million loop iterations: well under a second natively, minutes if emulated at CPL 0
        assertTrue(millis < 5_000, "100M iterations took " + millis + " ms");
        System.out.println("cpl3 guest: 100M iterations, VM creation to exit " + millis + " ms");
    }

    @Test
    void lapicTimerInterruptWakesAHaltedGuest() throws InterruptedException {
        assertEquals(ExitResult.guestExit(0x31), run(MicroVm.builder().kernel(TestGuests.image("lapic-timer")).console(null)));
    }

    @Test
    void deviceInterruptReachesTheGuestThroughIrqfdAndIoapic() throws InterruptedException {
        RecordingDevice device = new RecordingDevice();
        ExitResult result = run(MicroVm.builder().kernel(TestGuests.image("virtio-interrupt")).console(null).device(device));
        assertEquals(ExitResult.guestExit(0x101), result, "the handler saw InterruptStatus = used buffer");
        assertEquals(1, device.notifications.get());
    }

    @Test
    void consoleInputReachesTheGuestThroughTheUart() throws InterruptedException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ExitResult result = run(MicroVm.builder().kernel(TestGuests.image("uart-echo")).console(console)
                .consoleInput(new java.io.ByteArrayInputStream("x".getBytes())));
        assertEquals(ExitResult.guestExit('x'), result);
        assertEquals("x", console.toString());
    }
}
