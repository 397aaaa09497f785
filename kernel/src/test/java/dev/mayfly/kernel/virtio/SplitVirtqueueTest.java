package dev.mayfly.kernel.virtio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.virtio.SplitRing;
import org.junit.jupiter.api.Test;

/** The driver's ring against a device played by the test, honest and hostile. */
class SplitVirtqueueTest {
    private final ByteArrayDmaMemory mem = new ByteArrayDmaMemory(0x100000, 1 << 20);
    private final SplitVirtqueue q = new SplitVirtqueue(mem, mem.allocate(SplitVirtqueue.bytesNeeded(8)), 8);

    /** The device uses descriptor {@code id} with {@code length} bytes at used slot {@code slot}. */
    private void deviceUses(int slot, int id, int length) {
        long e = q.deviceAddress() + SplitRing.USED_RING + 8L * (slot % 8);
        mem.putInt(e, id);
        mem.putInt(e + 4, length);
        mem.putShort(q.deviceAddress() + SplitRing.USED_IDX, (short) (slot + 1));
    }

    @Test
    void publishesDescriptorsAndTakesThemBack() {
        int id = q.add(0x200000, 2048, true);
        assertEquals(0, mem.getShort(q.driverAddress() + SplitRing.AVAIL_IDX));
        assertTrue(q.publish());
        assertEquals(1, mem.getShort(q.driverAddress() + SplitRing.AVAIL_IDX));
        long d = q.descriptorAddress() + 16L * id;
        assertEquals(0x200000, mem.getLong(d));
        assertEquals(2048, mem.getInt(d + 8));
        assertEquals(SplitRing.F_WRITE, mem.getShort(d + 12));
        assertEquals(-1, q.takeUsed());
        deviceUses(0, id, 100);
        assertEquals(id, q.takeUsed());
        assertEquals(100, q.lastLength());
        assertEquals(0x200000, q.lastAddress());
        assertEquals(8, q.freeDescriptors());
    }

    @Test
    void hasUsedSeesBuffersTheDeviceUsedBeforeTheyAreTaken() {
        int id = q.add(0x200000, 2048, true);
        q.publish();
        assertFalse(q.hasUsed());
        deviceUses(0, id, 100);
        assertTrue(q.hasUsed(), "the device's index moved");
        assertEquals(id, q.takeUsed());
        assertFalse(q.hasUsed(), "everything used was taken");
    }

    @Test
    void suppressingInterruptsSetsTheAvailFlag() {
        q.setInterruptsSuppressed(true);
        assertEquals(SplitRing.AVAIL_F_NO_INTERRUPT, mem.getShort(q.driverAddress() + SplitRing.AVAIL_FLAGS));
        q.setInterruptsSuppressed(false);
        assertEquals(0, mem.getShort(q.driverAddress() + SplitRing.AVAIL_FLAGS));
    }

    @Test
    void honoursNoNotify() {
        q.add(0x200000, 64, false);
        mem.putShort(q.deviceAddress() + SplitRing.USED_FLAGS, (short) SplitRing.USED_F_NO_NOTIFY);
        assertFalse(q.publish());
    }

    @Test
    void rejectsALengthLongerThanTheBuffer() {
        int id = q.add(0x200000, 64, true);
        q.publish();
        deviceUses(0, id, 65);
        assertEquals(-1, q.takeUsed());
        assertTrue(q.isBroken());
    }

    @Test
    void rejectsAnIdNotInFlight() {
        q.add(0x200000, 64, true);
        q.publish();
        deviceUses(0, 5, 10);
        assertEquals(-1, q.takeUsed());
        assertTrue(q.brokenReason().contains("not in flight"));
    }

    @Test
    void rejectsAnIndexThatRunsAhead() {
        q.add(0x200000, 64, true);
        q.publish();
        mem.putShort(q.deviceAddress() + SplitRing.USED_IDX, (short) 3);
        assertEquals(-1, q.takeUsed());
        assertTrue(q.isBroken());
    }

    @Test
    void rejectsADescriptorReturnedTwice() {
        int id = q.add(0x200000, 64, true);
        q.publish();
        deviceUses(0, id, 10);
        assertEquals(id, q.takeUsed());
        deviceUses(1, id, 10);
        assertEquals(-1, q.takeUsed());
        assertTrue(q.isBroken());
    }
}
