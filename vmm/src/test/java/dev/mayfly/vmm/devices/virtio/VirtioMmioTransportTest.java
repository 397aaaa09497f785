package dev.mayfly.vmm.devices.virtio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.virtio.DeviceStatus;
import dev.mayfly.virtio.DeviceType;
import dev.mayfly.virtio.MmioRegister;
import dev.mayfly.vmm.devices.InterruptLine;
import dev.mayfly.vmm.vstate.GuestMemory;
import java.lang.foreign.Arena;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VirtioMmioTransportTest {
    private final Arena arena = Arena.ofShared();
    private final GuestMemory memory = new GuestMemory(arena.allocate(1 << 20, 4096));
    private final RecordingDevice device = new RecordingDevice();
    private final AtomicInteger pulses = new AtomicInteger();
    private final AtomicInteger wakeups = new AtomicInteger();
    private final VirtioMmioTransport transport = new VirtioMmioTransport(device, memory, new InterruptLine() {
        @Override
        public void setLevel(boolean high) {
        }

        @Override
        public void pulse() {
            pulses.incrementAndGet();
        }
    }, wakeups::incrementAndGet);

    @AfterEach
    void close() {
        arena.close();
    }

    private int read(int register) {
        return (int) transport.read(register, 4);
    }

    private void write(int register, int value) {
        transport.write(register, 4, Integer.toUnsignedLong(value));
    }

    private void negotiate() {
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER);
        write(MmioRegister.DRIVER_FEATURES_SEL, 1);
        write(MmioRegister.DRIVER_FEATURES, 1);
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK);
    }

    private void configureQueue(long desc, long avail, long used) {
        write(MmioRegister.QUEUE_SEL, 0);
        write(MmioRegister.QUEUE_NUM, 16);
        write(MmioRegister.QUEUE_DESC_LOW, (int) desc);
        write(MmioRegister.QUEUE_DESC_HIGH, (int) (desc >>> 32));
        write(MmioRegister.QUEUE_DRIVER_LOW, (int) avail);
        write(MmioRegister.QUEUE_DRIVER_HIGH, (int) (avail >>> 32));
        write(MmioRegister.QUEUE_DEVICE_LOW, (int) used);
        write(MmioRegister.QUEUE_DEVICE_HIGH, (int) (used >>> 32));
        write(MmioRegister.QUEUE_READY, 1);
    }

    @Test
    void identifiesAsModernVirtioMmioDevice() {
        assertEquals(MmioRegister.MAGIC, read(MmioRegister.MAGIC_VALUE));
        assertEquals(2, read(MmioRegister.VERSION));
        assertEquals(DeviceType.ENTROPY, read(MmioRegister.DEVICE_ID));
        write(MmioRegister.DEVICE_FEATURES_SEL, 1);
        assertEquals(1, read(MmioRegister.DEVICE_FEATURES));
        assertEquals(16, read(MmioRegister.QUEUE_NUM_MAX));
        assertEquals(0xAB, transport.read(MmioRegister.CONFIG, 1));
    }

    @Test
    void ignoresRegisterAccessesThatAreNotAligned32Bit() {
        assertEquals(0, transport.read(MmioRegister.MAGIC_VALUE, 2));
        assertEquals(0, transport.read(MmioRegister.MAGIC_VALUE + 1, 4));
        transport.write(MmioRegister.STATUS, 1, 1);
        assertEquals(0, read(MmioRegister.STATUS));
    }

    @Test
    void withholdsFeaturesOkForFeaturesNeverOffered() {
        write(MmioRegister.DRIVER_FEATURES_SEL, 0);
        write(MmioRegister.DRIVER_FEATURES, 1 << 28);
        write(MmioRegister.DRIVER_FEATURES_SEL, 1);
        write(MmioRegister.DRIVER_FEATURES, 1);
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK);
        assertEquals(0, read(MmioRegister.STATUS) & DeviceStatus.FEATURES_OK);
    }

    @Test
    void withholdsFeaturesOkWithoutVersion1() {
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK);
        assertEquals(0, read(MmioRegister.STATUS) & DeviceStatus.FEATURES_OK);
    }

    @Test
    void activatesOnDriverOkWithReadyQueue() {
        negotiate();
        configureQueue(0x1000, 0x2000, 0x3000);
        assertEquals(1, read(MmioRegister.QUEUE_READY));
        write(MmioRegister.STATUS, 0xF);
        assertTrue(transport.isActive());
        assertNotNull(device.context);
        assertTrue(device.context.queues().get(0).isReady());
    }

    @Test
    void setsNeedsResetForRingsOutsideGuestRam() {
        negotiate();
        configureQueue(0x1000, 0x2000, 0xFFFF_F000L);
        assertEquals(0, read(MmioRegister.QUEUE_READY));
        assertEquals(DeviceStatus.DEVICE_NEEDS_RESET, read(MmioRegister.STATUS) & DeviceStatus.DEVICE_NEEDS_RESET);
        assertTrue(transport.lastError().contains("outside guest RAM"), transport.lastError());
    }

    @Test
    void setsNeedsResetForRingAddressesAbove4GiB() {
        negotiate();
        configureQueue(0x7_0000_1000L, 0x2000, 0x3000);
        assertEquals(DeviceStatus.DEVICE_NEEDS_RESET, read(MmioRegister.STATUS) & DeviceStatus.DEVICE_NEEDS_RESET);
    }

    @Test
    void routesQueueNotifyThatReachesJavaToTheNotificationThread() {
        write(MmioRegister.QUEUE_NOTIFY, 0);
        assertEquals(1, wakeups.get());
        assertEquals(1, transport.notificationsThroughJava());
    }

    @Test
    void processesNotificationsOnlyWhenActiveAndInterruptsDriver() {
        transport.processNotifications();
        assertEquals(0, device.notifications.get());
        negotiate();
        configureQueue(0x1000, 0x2000, 0x3000);
        write(MmioRegister.STATUS, 0xF);
        transport.processNotifications();
        assertEquals(1, device.notifications.get());
        assertEquals(1, pulses.get());
        assertEquals(1, read(MmioRegister.INTERRUPT_STATUS));
        write(MmioRegister.INTERRUPT_ACK, 1);
        assertEquals(0, read(MmioRegister.INTERRUPT_STATUS));
    }

    @Test
    void resetsOnStatusZero() {
        negotiate();
        configureQueue(0x1000, 0x2000, 0x3000);
        write(MmioRegister.STATUS, 0xF);
        write(MmioRegister.STATUS, 0);
        assertEquals(0, read(MmioRegister.STATUS));
        assertEquals(0, read(MmioRegister.QUEUE_READY));
        assertNull(device.context);
        assertEquals(1, device.resets);
    }
}
