package dev.mayfly.vmm.devices.virtio.net;

import static dev.mayfly.vmm.devices.virtio.net.FakeVirtioNetDriver.BUFFERS;
import static dev.mayfly.vmm.devices.virtio.net.FakeVirtioNetDriver.Segment.readable;
import static dev.mayfly.vmm.devices.virtio.net.FakeVirtioNetDriver.Segment.writable;
import static dev.mayfly.vmm.devices.virtio.net.FakeVirtioNetDriver.frame;
import static dev.mayfly.vmm.devices.virtio.net.FakeVirtioNetDriver.withHeader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.virtio.DeviceType;
import dev.mayfly.virtio.MmioRegister;
import dev.mayfly.virtio.SplitRing;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VirtioNetTest {
    private static final int RX = VirtioNetSpec.RECEIVE_QUEUE;
    private static final int TX = VirtioNetSpec.TRANSMIT_QUEUE;
    private final FakeVirtioNetDriver driver = new FakeVirtioNetDriver();

    @AfterEach
    void close() {
        driver.close();
    }

    private long count(VirtioNetCounter counter) {
        return driver.device.count(counter);
    }

    // ------------------------------------------------------------------ identity and configuration

    @Test
    void identifiesAsNetworkDeviceOfferingVersion1AndMacOnly() {
        assertEquals(DeviceType.NETWORK, driver.read(MmioRegister.DEVICE_ID));
        driver.write(MmioRegister.DEVICE_FEATURES_SEL, 0);
        assertEquals(1 << VirtioNetSpec.F_MAC, driver.read(MmioRegister.DEVICE_FEATURES));
        driver.write(MmioRegister.DEVICE_FEATURES_SEL, 1);
        assertEquals(1, driver.read(MmioRegister.DEVICE_FEATURES));
        driver.write(MmioRegister.QUEUE_SEL, 1);
        assertEquals(VirtioNet.MAX_QUEUE_SIZE, driver.read(MmioRegister.QUEUE_NUM_MAX));
        driver.write(MmioRegister.QUEUE_SEL, 2);
        assertEquals(0, driver.read(MmioRegister.QUEUE_NUM_MAX));
    }

    @Test
    void configurationSpaceHoldsTheMacInWireOrder() {
        byte[] expected = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56};
        for (int i = 0; i < 6; i++) {
            assertEquals(expected[i] & 0xFF, driver.transport.read(MmioRegister.CONFIG + i, 1));
        }
        assertEquals(0x12_00_54_52L, driver.transport.read(MmioRegister.CONFIG, 4));
        assertEquals(0x5634L, driver.transport.read(MmioRegister.CONFIG + 4, 2));
        assertEquals(0, driver.transport.read(MmioRegister.CONFIG + 6, 4));
    }

    @Test
    void rejectsMulticastMac() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new VirtioNet(0x01_00_5E_00_00_01L, new NetLink(1514, 4)));
    }

    // ------------------------------------------------------------------ transmit

    @Test
    void transmitsFrameWithoutItsHeaderToTheBackend() {
        driver.start();
        byte[] f = frame(60, 1);
        driver.putGuestBytes(BUFFERS, withHeader(f));
        int head = driver.offer(TX, readable(BUFFERS, 12 + 60));
        driver.notifyQueues();
        assertArrayEquals(f, driver.frameFromGuest());
        assertEquals(1, driver.usedIdx(TX));
        assertEquals(head, driver.usedId(TX, 0));
        assertEquals(0, driver.usedLength(TX, 0));
        assertEquals(1, driver.interrupts.get());
        assertEquals(1, driver.backendWakeups.get());
        assertEquals(1, count(VirtioNetCounter.TX_FRAMES));
    }

    @Test
    void asksTheDriverNotToNotifyOnlyWhileItRuns() {
        driver.start();
        int[] flagsDuringRun = {-1};
        driver.link.onWakeBackend(() -> flagsDuringRun[0] = driver.memory.getShort(FakeVirtioNetDriver.USED[TX] + SplitRing.USED_FLAGS));
        driver.putGuestBytes(BUFFERS, withHeader(frame(60, 1)));
        driver.offer(TX, readable(BUFFERS, 12 + 60));
        driver.notifyQueues();
        assertEquals(SplitRing.USED_F_NO_NOTIFY, flagsDuringRun[0], "the run looks at the ring anyway");
        assertEquals(0, driver.memory.getShort(FakeVirtioNetDriver.USED[TX] + SplitRing.USED_FLAGS));
        assertEquals(SplitRing.USED_F_NO_NOTIFY, driver.memory.getShort(FakeVirtioNetDriver.USED[RX] + SplitRing.USED_FLAGS),
                "no frame waits for a receive buffer: the backend wakes the device, not the driver");
    }

    @Test
    void aBusyRunOnTheNotificationThreadLeavesNotificationsOffUntilAQuietRun() {
        driver.start();
        for (int i = 0; i < VirtioNet.LINGER_MIN_FRAMES; i++) {
            long at = BUFFERS + 0x800L * i;
            driver.putGuestBytes(at, withHeader(frame(60, i)));
            driver.offer(TX, readable(at, 12 + 60));
        }
        assertTrue(driver.transport.processNotificationsMayLinger(), "the guest is busy: look again soon");
        assertEquals(SplitRing.USED_F_NO_NOTIFY, driver.memory.getShort(FakeVirtioNetDriver.USED[TX] + SplitRing.USED_FLAGS));
        driver.putGuestBytes(BUFFERS, withHeader(frame(60, 9)));
        driver.offer(TX, readable(BUFFERS, 12 + 60)); // made available without a notification
        assertFalse(driver.transport.processNotificationsMayLinger(), "one frame: the guest has gone quiet");
        assertEquals(VirtioNet.LINGER_MIN_FRAMES + 1, driver.usedIdx(TX), "the un-notified chain was taken");
        assertEquals(0, driver.memory.getShort(FakeVirtioNetDriver.USED[TX] + SplitRing.USED_FLAGS),
                "notifications are asked for again before the thread sleeps");
    }

    @Test
    void aRunFromTheBackendNeverLeavesNotificationsOff() {
        driver.start();
        for (int i = 0; i < VirtioNet.LINGER_MIN_FRAMES + 1; i++) {
            long at = BUFFERS + 0x800L * i;
            driver.putGuestBytes(at, withHeader(frame(60, i)));
            driver.offer(TX, readable(at, 12 + 60));
        }
        driver.transport.processNow();
        assertEquals(0, driver.memory.getShort(FakeVirtioNetDriver.USED[TX] + SplitRing.USED_FLAGS),
                "nobody looks again after a backend's run: the driver must notify");
    }

    @Test
    void asksForReceiveNotificationsOnlyWhenFramesWaitForBuffers() {
        driver.start();
        driver.frameForGuest(frame(60, 1));
        driver.notifyQueues();
        assertEquals(1, count(VirtioNetCounter.RX_NO_BUFFER));
        assertEquals(0, driver.memory.getShort(FakeVirtioNetDriver.USED[RX] + SplitRing.USED_FLAGS),
                "a frame waits: the driver must say when it posts a buffer");
        driver.offer(RX, writable(BUFFERS, 12 + 1514));
        driver.notifyQueues();
        assertEquals(1, driver.usedIdx(RX));
        assertEquals(SplitRing.USED_F_NO_NOTIFY, driver.memory.getShort(FakeVirtioNetDriver.USED[RX] + SplitRing.USED_FLAGS));
    }

    @Test
    void transmitGathersHeaderAndFrameSplitAcrossBuffers() {
        driver.start();
        byte[] f = frame(1514, 2);
        byte[] all = withHeader(f);
        // 5 + 9 + 1000 + rest, scattered through memory in reverse order
        int[] cuts = {0, 5, 14, 1014, all.length};
        FakeVirtioNetDriver.Segment[] segments = new FakeVirtioNetDriver.Segment[4];
        for (int i = 0; i < 4; i++) {
            long at = BUFFERS + 0x4000L * (4 - i);
            driver.putGuestBytes(at, Arrays.copyOfRange(all, cuts[i], cuts[i + 1]));
            segments[i] = readable(at, cuts[i + 1] - cuts[i]);
        }
        driver.offer(TX, segments);
        driver.notifyQueues();
        assertArrayEquals(f, driver.frameFromGuest());
    }

    @Test
    void waitsWithTransmitChainsWhileTheBackendIsFull() {
        driver.start();
        int capacity = driver.link.fromGuest().capacity();
        for (int i = 0; i < capacity + 3; i++) {
            long at = BUFFERS + 0x800L * i;
            driver.putGuestBytes(at, withHeader(frame(64, i)));
            driver.offer(TX, readable(at, 12 + 64));
            if (i % FakeVirtioNetDriver.QUEUE_SIZE == FakeVirtioNetDriver.QUEUE_SIZE - 1) {
                driver.notifyQueues(); // the ring holds 16: let the device take a ring's worth
            }
        }
        driver.notifyQueues();
        assertEquals(capacity, driver.usedIdx(TX), "only as many chains used as the backend can take");
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(frame(64, i), driver.frameFromGuest());
        }
        driver.notifyQueues();
        assertEquals(capacity + 3, driver.usedIdx(TX));
    }

    @Test
    void dropsTransmitChainWithDeviceWritableBuffer() {
        driver.start();
        driver.putGuestBytes(BUFFERS, withHeader(frame(60, 1)));
        driver.offer(TX, readable(BUFFERS, 72), writable(BUFFERS + 0x1000, 100));
        driver.notifyQueues();
        assertNull(driver.frameFromGuest());
        assertEquals(1, driver.usedIdx(TX), "returned to the driver");
        assertEquals(1, count(VirtioNetCounter.TX_DROP_WRITABLE_BUFFER));
        assertFalse(driver.needsReset());
    }

    @Test
    void dropsTransmitChainShorterThanTheHeader() {
        driver.start();
        driver.offer(TX, readable(BUFFERS, 11));
        driver.offer(TX, readable(BUFFERS, 0));
        driver.notifyQueues();
        assertNull(driver.frameFromGuest());
        assertEquals(2, count(VirtioNetCounter.TX_DROP_SHORT_HEADER));
        assertEquals(2, driver.usedIdx(TX));
    }

    @Test
    void dropsRuntAndOversizedFrames() {
        driver.start();
        driver.offer(TX, readable(BUFFERS, 12 + 13));
        driver.offer(TX, readable(BUFFERS, 12 + 1515));
        driver.offer(TX, readable(BUFFERS, 40_000), readable(BUFFERS, 40_000));
        driver.notifyQueues();
        assertNull(driver.frameFromGuest());
        assertEquals(1, count(VirtioNetCounter.TX_DROP_RUNT));
        assertEquals(2, count(VirtioNetCounter.TX_DROP_OVERSIZED));
        assertFalse(driver.needsReset());
    }

    @Test
    void dropsTransmitHeaderAskingForOffloadsNeverOffered() {
        driver.start();
        byte[] csum = withHeader(frame(60, 1));
        csum[VirtioNetSpec.HEADER_FLAGS] = VirtioNetSpec.HDR_F_NEEDS_CSUM;
        byte[] gso = withHeader(frame(60, 1));
        gso[VirtioNetSpec.HEADER_GSO_TYPE] = 1; // VIRTIO_NET_HDR_GSO_TCPV4
        driver.putGuestBytes(BUFFERS, csum);
        driver.putGuestBytes(BUFFERS + 0x1000, gso);
        driver.offer(TX, readable(BUFFERS, csum.length));
        driver.offer(TX, readable(BUFFERS + 0x1000, gso.length));
        driver.notifyQueues();
        assertNull(driver.frameFromGuest());
        assertEquals(2, count(VirtioNetCounter.TX_DROP_UNNEGOTIATED_OFFLOAD));
    }

    // ------------------------------------------------------------------ hostile descriptors: device broken

    @Test
    void descriptorOutsideGuestRamMarksDeviceNeedsReset() {
        driver.start();
        driver.offer(TX, readable(FakeVirtioNetDriver.RAM - 8, 20));
        driver.notifyQueues();
        assertTrue(driver.needsReset());
        assertTrue(driver.transport.lastError().contains("outside guest RAM"), driver.transport.lastError());
        assertNull(driver.frameFromGuest());
        assertEquals(0, driver.usedIdx(TX));
        // and the device stays quiet until it is reset
        driver.putGuestBytes(BUFFERS, withHeader(frame(60, 1)));
        driver.offer(TX, readable(BUFFERS, 72));
        driver.notifyQueues();
        assertNull(driver.frameFromGuest());
    }

    @Test
    void descriptorLengthNearFourGiBMarksDeviceNeedsReset() {
        driver.start();
        driver.offer(TX, readable(BUFFERS, 0xFFFF_FFF0));
        driver.notifyQueues();
        assertTrue(driver.needsReset());
    }

    @Test
    void descriptorAddressThatWrapsAroundMarksDeviceNeedsReset() {
        driver.start();
        driver.offer(RX, writable(0xFFFF_FFFF_FFFF_F000L, 0x2000));
        driver.frameForGuest(frame(60, 1));
        driver.notifyQueues();
        assertTrue(driver.needsReset());
    }

    @Test
    void descriptorLoopMarksDeviceNeedsReset() {
        driver.start();
        driver.putDescriptor(TX, 0, BUFFERS, 6, SplitRing.F_NEXT, 1);
        driver.putDescriptor(TX, 1, BUFFERS, 6, SplitRing.F_NEXT, 0);
        driver.makeAvailable(TX, 0);
        driver.notifyQueues();
        assertTrue(driver.needsReset());
        assertTrue(driver.transport.lastError().contains("loops"), driver.transport.lastError());
    }

    @Test
    void nextIndexOutsideTheTableMarksDeviceNeedsReset() {
        driver.start();
        driver.putDescriptor(TX, 0, BUFFERS, 6, SplitRing.F_NEXT, 16);
        driver.makeAvailable(TX, 0);
        driver.notifyQueues();
        assertTrue(driver.needsReset());
    }

    @Test
    void headIndexOutsideTheTableMarksDeviceNeedsReset() {
        driver.start();
        driver.makeAvailable(TX, 0xFFFF);
        driver.notifyQueues();
        assertTrue(driver.needsReset());
    }

    @Test
    void availableIndexJumpingBeyondTheQueueSizeMarksDeviceNeedsReset() {
        driver.start();
        driver.setAvailIndex(TX, 17);
        driver.notifyQueues();
        assertTrue(driver.needsReset());
    }

    @Test
    void indirectDescriptorNeverNegotiatedMarksDeviceNeedsReset() {
        driver.start();
        driver.putDescriptor(TX, 0, BUFFERS, 16, SplitRing.F_INDIRECT, 0);
        driver.makeAvailable(TX, 0);
        driver.notifyQueues();
        assertTrue(driver.needsReset());
    }

    @Test
    void resetAfterBreakageMakesTheDeviceUsableAgain() {
        driver.start();
        driver.offer(TX, readable(FakeVirtioNetDriver.RAM, 1));
        driver.notifyQueues();
        assertTrue(driver.needsReset());
        driver.write(MmioRegister.STATUS, 0);
        FakeVirtioNetDriver fresh = driver; // same transport, renegotiated
        fresh.start();
        assertFalse(fresh.needsReset());
    }

    // ------------------------------------------------------------------ receive

    @Test
    void receivesFrameWithHeaderIntoGuestBuffer() {
        driver.start();
        int head = driver.offer(RX, writable(BUFFERS, 1526));
        byte[] f = frame(1514, 3);
        driver.frameForGuest(f);
        driver.notifyQueues();
        assertEquals(1, driver.usedIdx(RX));
        assertEquals(head, driver.usedId(RX, 0));
        assertEquals(12 + 1514, driver.usedLength(RX, 0));
        byte[] header = driver.guestBytes(BUFFERS, 12);
        byte[] expectedHeader = new byte[12];
        expectedHeader[VirtioNetSpec.HEADER_NUM_BUFFERS] = 1;
        assertArrayEquals(expectedHeader, header);
        assertArrayEquals(f, driver.guestBytes(BUFFERS + 12, 1514));
        assertTrue(driver.link.toGuest().isEmpty());
        assertEquals(1, driver.interrupts.get());
    }

    @Test
    void receiveScattersAcrossBuffers() {
        driver.start();
        driver.offer(RX, writable(BUFFERS, 7), writable(BUFFERS + 0x1000, 100), writable(BUFFERS + 0x2000, 2000));
        byte[] f = frame(700, 4);
        driver.frameForGuest(f);
        driver.notifyQueues();
        byte[] got = new byte[712];
        System.arraycopy(driver.guestBytes(BUFFERS, 7), 0, got, 0, 7);
        System.arraycopy(driver.guestBytes(BUFFERS + 0x1000, 100), 0, got, 7, 100);
        System.arraycopy(driver.guestBytes(BUFFERS + 0x2000, 605), 0, got, 107, 605);
        assertArrayEquals(f, Arrays.copyOfRange(got, 12, 712));
        assertEquals(712, driver.usedLength(RX, 0));
    }

    @Test
    void framesWaitForReceiveBuffers() {
        driver.start();
        driver.frameForGuest(frame(60, 1));
        driver.frameForGuest(frame(61, 2));
        driver.notifyQueues();
        assertEquals(2, driver.link.toGuest().size());
        assertEquals(0, driver.interrupts.get(), "nothing used, no interrupt");
        driver.offer(RX, writable(BUFFERS, 1526));
        driver.offer(RX, writable(BUFFERS + 0x1000, 1526));
        driver.notifyQueues();
        assertEquals(2, driver.usedIdx(RX));
        assertArrayEquals(frame(61, 2), driver.guestBytes(BUFFERS + 0x1000 + 12, 61));
        assertEquals(1, driver.interrupts.get());
    }

    @Test
    void oneInterruptForABatchOfFramesBothWays() {
        driver.start();
        for (int i = 0; i < 10; i++) {
            driver.offer(RX, writable(BUFFERS + 0x800L * i, 1526));
            driver.frameForGuest(frame(100 + i, i));
        }
        for (int i = 0; i < 5; i++) {
            long at = BUFFERS + 0x8000 + 0x800L * i;
            driver.putGuestBytes(at, withHeader(frame(80, i)));
            driver.offer(TX, readable(at, 92));
        }
        driver.notifyQueues();
        assertEquals(10, driver.usedIdx(RX));
        assertEquals(5, driver.usedIdx(TX));
        assertEquals(1, driver.interrupts.get());
        assertEquals(2, driver.backendWakeups.get(), "once for the frames sent, once for the room made");
    }

    @Test
    void noInterruptWhenTheDriverSuppressesThem() {
        driver.start();
        driver.suppressInterrupts(RX);
        driver.suppressInterrupts(TX);
        driver.offer(RX, writable(BUFFERS, 1526));
        driver.frameForGuest(frame(60, 1));
        driver.notifyQueues();
        assertEquals(1, driver.usedIdx(RX));
        assertEquals(0, driver.interrupts.get());
    }

    @Test
    void receiveChainWithReadableBufferIsReturnedUnusedAndTheFrameKept() {
        driver.start();
        driver.offer(RX, readable(BUFFERS, 1526));
        driver.offer(RX, writable(BUFFERS + 0x1000, 1526));
        byte[] f = frame(60, 1);
        driver.frameForGuest(f);
        driver.notifyQueues();
        assertEquals(2, driver.usedIdx(RX));
        assertEquals(0, driver.usedLength(RX, 0));
        assertEquals(72, driver.usedLength(RX, 1));
        assertArrayEquals(f, driver.guestBytes(BUFFERS + 0x1000 + 12, 60));
        assertEquals(1, count(VirtioNetCounter.RX_DROP_READABLE_BUFFER));
    }

    @Test
    void frameLargerThanTheReceiveBufferIsDroppedAndCounted() {
        driver.start();
        driver.offer(RX, writable(BUFFERS, 100));
        driver.offer(RX, writable(BUFFERS + 0x1000, 1526));
        driver.frameForGuest(frame(1000, 1));
        driver.frameForGuest(frame(60, 2));
        driver.notifyQueues();
        assertEquals(0, driver.usedLength(RX, 0));
        assertEquals(72, driver.usedLength(RX, 1));
        assertEquals(1, count(VirtioNetCounter.RX_DROP_BUFFER_TOO_SMALL));
        assertTrue(driver.link.toGuest().isEmpty());
        assertEquals(0, driver.guestBytes(BUFFERS, 100)[50], "nothing written into a buffer that is too small");
    }

    @Test
    void activationWakesTheDeviceForFramesThatArrivedEarlier() {
        driver.frameForGuest(frame(60, 1));
        int before = driver.wakeups.get();
        driver.start();
        assertEquals(before + 1, driver.wakeups.get());
        driver.link.wakeDevice();
        assertEquals(before + 2, driver.wakeups.get(), "the link now wakes the device's thread");
    }
}
