package dev.mayfly.vmm.devices.virtio;

import dev.mayfly.virtio.SplitRing;
import dev.mayfly.vmm.vstate.GuestMemory;
import java.lang.invoke.VarHandle;

/**
 * The device side of a split virtqueue (virtio 1.2 §2.7): the configuration the driver writes through
 * the transport, and the operations a device uses to take available buffers and return used ones.
 *
 * <p>All ring addresses are checked against guest RAM when the driver makes the queue ready, and every
 * descriptor is checked when it is read: nothing the driver writes can make the VMM access memory
 * outside guest RAM. Driver mistakes throw {@link VirtqueueException}.
 */
public final class Virtqueue {
    private final int maxSize;
    private int size;
    private long descriptorTable;
    private long availRing;
    private long usedRing;
    private volatile boolean ready;
    private GuestMemory memory;
    private int nextAvail;
    private int nextUsed;

    /** A queue whose size the driver may set up to {@code maxSize}. */
    public Virtqueue(int maxSize) {
        if (!SplitRing.isValidQueueSize(maxSize)) {
            throw new IllegalArgumentException("queue size " + maxSize);
        }
        this.maxSize = maxSize;
        this.size = maxSize;
    }

    public int maxSize() { return maxSize; }
    public int size() { return size; }
    public boolean isReady() { return ready; }
    public long descriptorTable() { return descriptorTable; }
    public long availRing() { return availRing; }
    public long usedRing() { return usedRing; }

    void setSize(int size) { this.size = size; }
    void setDescriptorTable(long address) { this.descriptorTable = address; }
    void setAvailRing(long address) { this.availRing = address; }
    void setUsedRing(long address) { this.usedRing = address; }

    /**
     * Makes the queue ready over {@code memory} after checking its size, alignment and that all three
     * areas lie in guest RAM; throws {@link VirtqueueException} and stays not ready otherwise.
     */
    void makeReady(GuestMemory memory) {
        if (!SplitRing.isValidQueueSize(size) || size > maxSize) {
            throw new VirtqueueException("queue size " + size + " is not a power of two up to " + maxSize);
        }
        checkArea("descriptor table", descriptorTable, SplitRing.descriptorTableBytes(size), SplitRing.DESCRIPTOR_TABLE_ALIGN, memory);
        checkArea("available ring", availRing, SplitRing.availRingBytes(size), SplitRing.AVAIL_RING_ALIGN, memory);
        checkArea("used ring", usedRing, SplitRing.usedRingBytes(size), SplitRing.USED_RING_ALIGN, memory);
        this.memory = memory;
        this.nextAvail = 0;
        this.nextUsed = 0;
        this.ready = true;
    }

    private static void checkArea(String what, long address, long length, int align, GuestMemory memory) {
        if ((address & (align - 1)) != 0) {
            throw new VirtqueueException(what + " at 0x" + Long.toHexString(address) + " is not " + align + "-byte aligned");
        }
        if (!memory.contains(address, length)) {
            throw new VirtqueueException(what + " at 0x" + Long.toHexString(address) + " (+" + length + ") lies outside guest RAM");
        }
    }

    /** Forgets the configuration (a device or queue reset). */
    void reset() {
        ready = false;
        size = maxSize;
        descriptorTable = 0;
        availRing = 0;
        usedRing = 0;
        memory = null;
        nextAvail = 0;
        nextUsed = 0;
    }

    private ChainBuffer scratch;

    /** Takes the next available descriptor chain, or returns null if the driver has made none available. */
    public DescriptorChain pop() {
        if (scratch == null) {
            scratch = new ChainBuffer();
        }
        return pop(scratch) ? scratch.toDescriptorChain() : null;
    }

    /**
     * Takes the next available descriptor chain into {@code chain} (reused, so nothing is allocated
     * per buffer); returns false, leaving {@code chain} as it was, if the driver has made none available.
     */
    public boolean pop(ChainBuffer chain) {
        requireReady();
        int availIdx = Short.toUnsignedInt(memory.getShort(availRing + SplitRing.AVAIL_IDX));
        if (availIdx == nextAvail) {
            return false;
        }
        if (((availIdx - nextAvail) & 0xFFFF) > size) {
            throw new VirtqueueException("available index jumped by " + ((availIdx - nextAvail) & 0xFFFF) + " in a queue of " + size);
        }
        VarHandle.acquireFence();
        int head = Short.toUnsignedInt(memory.getShort(availRing + SplitRing.AVAIL_RING + 2L * (nextAvail % size)));
        nextAvail = (nextAvail + 1) & 0xFFFF;
        readChain(head, chain);
        return true;
    }

    private void readChain(int head, ChainBuffer chain) {
        chain.start(head);
        int index = head;
        boolean sawWritable = false;
        while (true) {
            if (index >= size) {
                throw new VirtqueueException("descriptor index " + index + " is outside a queue of " + size);
            }
            if (chain.size() == size) {
                throw new VirtqueueException("descriptor chain from " + head + " loops");
            }
            long at = descriptorTable + (long) SplitRing.DESCRIPTOR_SIZE * index;
            long address = memory.getLong(at + SplitRing.DESCRIPTOR_ADDR);
            int length = memory.getInt(at + SplitRing.DESCRIPTOR_LEN);
            int flags = Short.toUnsignedInt(memory.getShort(at + SplitRing.DESCRIPTOR_FLAGS));
            int next = Short.toUnsignedInt(memory.getShort(at + SplitRing.DESCRIPTOR_NEXT));
            if ((flags & SplitRing.F_INDIRECT) != 0) {
                throw new VirtqueueException("indirect descriptors were not negotiated");
            }
            if (!memory.contains(address, Integer.toUnsignedLong(length))) {
                throw new VirtqueueException("descriptor " + index + " points outside guest RAM: 0x"
                        + Long.toHexString(address) + " (+" + Integer.toUnsignedLong(length) + ")");
            }
            boolean isWritable = (flags & SplitRing.F_WRITE) != 0;
            if (sawWritable && !isWritable) {
                throw new VirtqueueException("descriptor " + index + " is device-readable after a device-writable one");
            }
            sawWritable |= isWritable;
            chain.add(address, length, isWritable);
            if ((flags & SplitRing.F_NEXT) == 0) {
                break;
            }
            index = next;
        }
    }

    /** Returns chain {@code head} to the driver with {@code writtenLength} bytes written into its writable buffers. */
    public void addUsed(int head, int writtenLength) {
        requireReady();
        long element = usedRing + SplitRing.USED_RING + (long) SplitRing.USED_ELEMENT_SIZE * (nextUsed % size);
        memory.putInt(element, head);
        memory.putInt(element + 4, writtenLength);
        nextUsed = (nextUsed + 1) & 0xFFFF;
        VarHandle.releaseFence();
        memory.putShort(usedRing + SplitRing.USED_IDX, (short) nextUsed);
        VarHandle.fullFence();
    }

    /**
     * Asks the driver not to notify the device of new buffers (VIRTQ_USED_F_NO_NOTIFY set, virtio 1.2
     * §2.7.10) while the device works through the queue anyway, or, with {@code false}, to notify
     * again. Only a hint: the driver may notify regardless. After asking again the device must look
     * at the available ring once more ({@link #hasAvailable}): a buffer made available while the flag
     * was set went un-notified. Every notification the driver spares is a trapped MMIO write, which
     * kvm-pvm emulates at tens of microseconds of the guest's time.
     */
    public void suppressNotifications(boolean suppress) {
        requireReady();
        memory.putShort(usedRing + SplitRing.USED_FLAGS, (short) (suppress ? SplitRing.USED_F_NO_NOTIFY : 0));
        VarHandle.fullFence(); // the flag before the next look at the available index (§2.7.10)
    }

    /** Whether the driver has made a chain available that {@link #pop} has not taken yet. */
    public boolean hasAvailable() {
        requireReady();
        return Short.toUnsignedInt(memory.getShort(availRing + SplitRing.AVAIL_IDX)) != nextAvail;
    }

    /** Whether the driver wants an interrupt for used buffers (VIRTQ_AVAIL_F_NO_INTERRUPT clear; no EVENT_IDX). */
    public boolean driverWantsInterrupt() {
        requireReady();
        return (memory.getShort(availRing + SplitRing.AVAIL_FLAGS) & SplitRing.AVAIL_F_NO_INTERRUPT) == 0;
    }

    private void requireReady() {
        if (!ready) {
            throw new VirtqueueException("queue is not ready");
        }
    }
}
