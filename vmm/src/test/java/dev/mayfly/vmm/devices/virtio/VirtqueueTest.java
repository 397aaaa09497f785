package dev.mayfly.vmm.devices.virtio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.virtio.SplitRing;
import dev.mayfly.vmm.vstate.GuestMemory;
import java.lang.foreign.Arena;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VirtqueueTest {
    private static final long DESC = 0x1000;
    private static final long AVAIL = 0x2000;
    private static final long USED = 0x3000;
    private final Arena arena = Arena.ofShared();
    private final GuestMemory memory = new GuestMemory(arena.allocate(1 << 20, 4096));
    private final Virtqueue queue = new Virtqueue(8);
    private int availIdx;

    @BeforeEach
    void ready() {
        queue.setDescriptorTable(DESC);
        queue.setAvailRing(AVAIL);
        queue.setUsedRing(USED);
        queue.makeReady(memory);
    }

    @AfterEach
    void close() {
        arena.close();
    }

    private void descriptor(int index, long address, int length, int flags, int next) {
        long at = DESC + 16L * index;
        memory.putLong(at, address);
        memory.putInt(at + 8, length);
        memory.putShort(at + 12, (short) flags);
        memory.putShort(at + 14, (short) next);
    }

    private void makeAvailable(int head) {
        memory.putShort(AVAIL + 4 + 2L * (availIdx % 8), (short) head);
        availIdx++;
        memory.putShort(AVAIL + 2, (short) availIdx);
    }

    @Test
    void asksTheDriverNotToNotifyAndAgain() {
        queue.suppressNotifications(true);
        assertEquals(SplitRing.USED_F_NO_NOTIFY, memory.getShort(USED + SplitRing.USED_FLAGS));
        queue.suppressNotifications(false);
        assertEquals(0, memory.getShort(USED + SplitRing.USED_FLAGS));
    }

    @Test
    void seesAChainMadeAvailableWithoutANotification() {
        descriptor(0, 0x10000, 64, 0, 0);
        assertFalse(queue.hasAvailable());
        makeAvailable(0);
        assertTrue(queue.hasAvailable());
        assertTrue(queue.pop() != null);
        assertFalse(queue.hasAvailable());
    }

    @Test
    void returnsNullWhenNothingIsAvailable() {
        assertNull(queue.pop());
    }

    @Test
    void popsAChainOfReadableThenWritableBuffers() {
        descriptor(2, 0x10000, 100, SplitRing.F_NEXT, 5);
        descriptor(5, 0x20000, 200, SplitRing.F_WRITE, 0);
        makeAvailable(2);
        DescriptorChain chain = queue.pop();
        assertEquals(2, chain.head());
        assertArrayEquals(new long[] {0x10000, 0x20000}, chain.addresses());
        assertEquals(100, chain.readableLength());
        assertEquals(200, chain.writableLength());
        assertNull(queue.pop());
    }

    @Test
    void publishesUsedBuffers() {
        descriptor(0, 0x10000, 1, 0, 0);
        makeAvailable(0);
        DescriptorChain chain = queue.pop();
        queue.addUsed(chain.head(), 7);
        assertEquals(1, memory.getShort(USED + 2));
        assertEquals(0, memory.getInt(USED + 4));
        assertEquals(7, memory.getInt(USED + 8));
    }

    @Test
    void rejectsBufferOutsideGuestRam() {
        descriptor(0, (1 << 20) - 10, 11, 0, 0);
        makeAvailable(0);
        var e = assertThrows(VirtqueueException.class, queue::pop);
        assertTrue(e.getMessage().contains("outside guest RAM"), e.getMessage());
    }

    @Test
    void rejectsBufferWhoseLengthWrapsTheAddressSpace() {
        descriptor(0, Long.MAX_VALUE, -1, 0, 0);
        makeAvailable(0);
        assertThrows(VirtqueueException.class, queue::pop);
    }

    @Test
    void rejectsDescriptorLoops() {
        descriptor(0, 0x10000, 1, SplitRing.F_NEXT, 1);
        descriptor(1, 0x10000, 1, SplitRing.F_NEXT, 0);
        makeAvailable(0);
        var e = assertThrows(VirtqueueException.class, queue::pop);
        assertTrue(e.getMessage().contains("loops"), e.getMessage());
    }

    @Test
    void rejectsDescriptorIndexBeyondQueue() {
        descriptor(0, 0x10000, 1, SplitRing.F_NEXT, 8);
        makeAvailable(0);
        assertThrows(VirtqueueException.class, queue::pop);
        makeAvailable(9);
        assertThrows(VirtqueueException.class, queue::pop);
    }

    @Test
    void rejectsIndirectDescriptorsNotNegotiated() {
        descriptor(0, 0x10000, 16, SplitRing.F_INDIRECT, 0);
        makeAvailable(0);
        assertThrows(VirtqueueException.class, queue::pop);
    }

    @Test
    void rejectsAvailableIndexRunningAheadOfTheQueue() {
        memory.putShort(AVAIL + 2, (short) 9);
        assertThrows(VirtqueueException.class, queue::pop);
    }

    @Test
    void refusesMisalignedOrOutsideRings() {
        Virtqueue q = new Virtqueue(8);
        q.setDescriptorTable(0x1008);
        q.setAvailRing(AVAIL);
        q.setUsedRing(USED);
        assertThrows(VirtqueueException.class, () -> q.makeReady(memory));
        q.setDescriptorTable((1 << 20) - 64);
        assertThrows(VirtqueueException.class, () -> q.makeReady(memory));
        q.setDescriptorTable(DESC);
        q.setSize(6);
        assertThrows(VirtqueueException.class, () -> q.makeReady(memory));
    }
}
