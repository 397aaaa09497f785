package dev.mayfly.vmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.net.phy.FrameBuffer;
import dev.mayfly.vmm.devices.virtio.net.NetLink;
import dev.mayfly.vmm.devices.virtio.net.VirtioNet;
import dev.mayfly.vmm.devices.virtio.net.VirtioNetCounter;
import dev.mayfly.vmm.devices.virtio.net.VirtioNetSpec;
import dev.mayfly.vmm.net.Gateway;
import dev.mayfly.vmm.net.UserNetwork;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The virtio-net device under KVM, driven by the tiny assembly driver {@code virtio-net-echo.S}: frames
 * both ways through real virtqueues in guest RAM, queue notifications through the ioeventfd, interrupts
 * through the irqfd.
 */
class VirtioNetGuestTest {
    /** The guest's ARP request "who has 10.0.2.2? tell 10.0.2.15", padded to 60 bytes. */
    static final byte[] ARP_REQUEST = HexFormat.of().parseHex(
            "ffffffffffff525400123456" + "0806" + "0001080006040001" + "5254001234560a00020f" + "0000000000000a000202"
                    + "00".repeat(18));

    @BeforeEach
    void needsKvm() {
        KvmAssumptions.assumeKvm();
    }

    private static byte[] take(NetLink link, Semaphore wake) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            FrameBuffer f = link.fromGuest().peek();
            if (f != null) {
                byte[] copy = Arrays.copyOfRange(f.data(), f.offset(), f.offset() + f.length());
                link.fromGuest().release();
                return copy;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wake.tryAcquire(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
        }
    }

    private static void give(NetLink link, byte[] frame) {
        FrameBuffer slot = link.toGuest().claim();
        System.arraycopy(frame, 0, slot.data(), slot.offset(), frame.length);
        slot.setLength(frame.length);
        link.toGuest().commit();
    }

    private static byte[] testFrame(int length, int seed) {
        byte[] f = new byte[length];
        for (int i = 0; i < length; i++) {
            f[i] = (byte) (seed + i * 13);
        }
        System.arraycopy(HexFormat.of().parseHex("525400123456" + "020000000001" + "88b6"), 0, f, 0, 14);
        return f;
    }

    @Test
    void guestTransmitsAndEchoesFramesUnderKvm() throws InterruptedException {
        NetLink link = new NetLink(VirtioNetSpec.MAX_FRAME_LENGTH, 64);
        Semaphore wake = new Semaphore(0);
        link.onWakeBackend(wake::release);
        VirtioNet device = new VirtioNet(UserNetwork.GUEST_MAC, link);
        try (MicroVm vm = MicroVm.builder().kernel(TestGuests.image("virtio-net-echo")).memoryMiB(8)
                .device(device).console(null).timeout(Duration.ofSeconds(60)).build()) {
            vm.start();
            byte[] first = take(link, wake);
            assertNotNull(first, "the guest's ARP request");
            assertArrayEquals(ARP_REQUEST, first);

            byte[][] frames = {testFrame(60, 1), testFrame(1514, 2), testFrame(333, 3), testFrame(14, 4), testFrame(999, 5)};
            for (byte[] f : frames) {
                give(link, f); // one batch: the device is woken once
            }
            link.wakeDevice();
            for (byte[] f : frames) {
                byte[] echoed = take(link, wake);
                assertNotNull(echoed, "an echo");
                assertArrayEquals(f, echoed);
            }
            give(link, HexFormat.of().parseHex("525400123456" + "020000000001" + "88b5" + "5807" + "00".repeat(44)));
            link.wakeDevice();
            ExitResult result = vm.awaitExit();
            assertEquals(ExitResult.guestExit(7), result, result.report());
            assertEquals(0, vm.virtioSlots().get(0).transport().notificationsThroughJava(),
                    "every queue notification went through the ioeventfd");
        }
        assertEquals(6, device.count(VirtioNetCounter.TX_FRAMES), "the ARP request and five echoes");
        assertEquals(6, device.count(VirtioNetCounter.RX_FRAMES));
        assertTrue(device.count(VirtioNetCounter.INTERRUPTS) >= 1);
        System.out.printf("virtio-net under KVM: %d runs, %d interrupts for %d frames in and %d out%n",
                device.count(VirtioNetCounter.RUNS), device.count(VirtioNetCounter.INTERRUPTS),
                device.count(VirtioNetCounter.RX_FRAMES), device.count(VirtioNetCounter.TX_FRAMES));
    }

    @Test
    void userNetworkGatewayAnswersTheGuestsArpRequest() throws InterruptedException {
        try (MicroVm vm = MicroVm.builder().kernel(TestGuests.image("virtio-net-echo")).memoryMiB(8)
                .network(UserNetwork.forwarding()).console(null).timeout(Duration.ofSeconds(60)).build()) {
            assertTrue(vm.networkBackend().orElseThrow() instanceof Gateway);
            vm.start();
            ExitResult result = vm.awaitExit();
            assertEquals(ExitResult.guestExit(0x42), result, result.report());
            VirtioNet device = vm.networkDevice().orElseThrow();
            assertEquals(1, device.count(VirtioNetCounter.TX_FRAMES));
            assertEquals(1, device.count(VirtioNetCounter.RX_FRAMES));
        }
    }
}
