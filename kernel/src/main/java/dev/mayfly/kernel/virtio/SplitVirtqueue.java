package dev.mayfly.kernel.virtio;

import dev.mayfly.virtio.SplitRing;

/**
 * The driver's side of one split virtqueue (virtio 1.2 §2.7): descriptor table, available ring and
 * used ring in {@link DmaMemory}, one descriptor per buffer (no chains, no indirect tables).
 *
 * <p>The device is not trusted: {@link #takeUsed} checks every index and length the used ring
 * gives back (the ring may not run ahead by more than its size, an id must name a descriptor the
 * driver made available and has not got back, a length must fit the buffer), and on the first
 * violation marks the queue {@link #isBroken() broken} and returns nothing more. Nothing here
 * allocates after construction.
 */
public final class SplitVirtqueue {
    private static final int INDEX_MASK = 0xffff;

    private final DmaMemory memory;
    private final int size;
    private final long descriptors;
    private final long avail;
    private final long used;
    private final int[] freeStack;
    private int freeCount;
    private final int[] postedLength;
    private final long[] postedAddress;
    private final boolean[] inFlight;
    private int availIdx;
    private int publishedIdx;
    private int lastUsedIdx;
    private int deviceUsedIdx;
    private int lastLength;
    private long lastAddress;
    private String brokenReason;

    /** Bytes a queue of {@code size} entries needs, from a 16-byte aligned base. */
    public static long bytesNeeded(int size) {
        return usedOffset(size) + SplitRing.usedRingBytes(size);
    }

    private static long usedOffset(int size) {
        long availEnd = SplitRing.descriptorTableBytes(size) + SplitRing.availRingBytes(size);
        return (availEnd + 3) & ~3L;
    }

    /** Lays a queue of {@code size} entries out at {@code base} (zeroed memory, 16-byte aligned). */
    public SplitVirtqueue(DmaMemory memory, long base, int size) {
        if (!SplitRing.isValidQueueSize(size)) {
            throw new IllegalArgumentException("not a valid split queue size: " + size);
        }
        if ((base & (SplitRing.DESCRIPTOR_TABLE_ALIGN - 1)) != 0 || !memory.contains(base, bytesNeeded(size))) {
            throw new IllegalArgumentException("queue memory at 0x" + Long.toHexString(base) + " is unusable");
        }
        this.memory = memory;
        this.size = size;
        this.descriptors = base;
        this.avail = base + SplitRing.descriptorTableBytes(size);
        this.used = base + usedOffset(size);
        this.freeStack = new int[size];
        for (int i = 0; i < size; i++) {
            freeStack[i] = size - 1 - i;
        }
        this.freeCount = size;
        this.postedLength = new int[size];
        this.postedAddress = new long[size];
        this.inFlight = new boolean[size];
    }

    public int size() { return size; }
    public long descriptorAddress() { return descriptors; }
    public long driverAddress() { return avail; }
    public long deviceAddress() { return used; }
    public int freeDescriptors() { return freeCount; }
    /** Whether the device broke the ring's rules; then the queue gives back nothing more. */
    public boolean isBroken() { return brokenReason != null; }
    /** Why the queue is broken, or null. */
    public String brokenReason() { return brokenReason; }
    /** The length the device reported for the buffer {@link #takeUsed} returned last. */
    public int lastLength() { return lastLength; }
    /** The address of the buffer {@link #takeUsed} returned last (as the driver posted it). */
    public long lastAddress() { return lastAddress; }

    /** Asks the device not to interrupt when it uses buffers (a hint: VIRTQ_AVAIL_F_NO_INTERRUPT, §2.7.7). */
    public void setInterruptsSuppressed(boolean suppressed) {
        memory.putShort(avail + SplitRing.AVAIL_FLAGS, (short) (suppressed ? SplitRing.AVAIL_F_NO_INTERRUPT : 0));
    }

    /**
     * Makes a buffer of {@code length} bytes at {@code address} available (not yet visible to the
     * device until {@link #publish}); returns its descriptor id, or -1 if no descriptor is free.
     */
    public int add(long address, int length, boolean deviceWritable) {
        if (freeCount == 0) {
            return -1;
        }
        int id = freeStack[--freeCount];
        long d = descriptors + (long) id * SplitRing.DESCRIPTOR_SIZE;
        memory.putLong(d + SplitRing.DESCRIPTOR_ADDR, address);
        memory.putInt(d + SplitRing.DESCRIPTOR_LEN, length);
        memory.putShort(d + SplitRing.DESCRIPTOR_FLAGS, (short) (deviceWritable ? SplitRing.F_WRITE : 0));
        memory.putShort(d + SplitRing.DESCRIPTOR_NEXT, (short) 0);
        memory.putShort(avail + SplitRing.AVAIL_RING + 2L * (availIdx & (size - 1)), (short) id);
        availIdx = (availIdx + 1) & INDEX_MASK;
        postedLength[id] = length;
        postedAddress[id] = address;
        inFlight[id] = true;
        return id;
    }

    /**
     * Makes the buffers added since the last call visible to the device; returns whether the device
     * wants to be notified (it did not set VIRTQ_USED_F_NO_NOTIFY, §2.7.10).
     */
    public boolean publish() {
        if (availIdx == publishedIdx) {
            return false;
        }
        memory.barrier();                      // descriptors and ring entries before the index (§2.7.13)
        memory.putShort(avail + SplitRing.AVAIL_IDX, (short) availIdx);
        publishedIdx = availIdx;
        memory.barrier();                      // the index before reading the device's flags (§2.7.13.4)
        return (memory.getShort(used + SplitRing.USED_FLAGS) & SplitRing.USED_F_NO_NOTIFY) == 0;
    }

    /**
     * Whether the device has used buffers that {@link #takeUsed} has not returned yet. Reads the
     * device's index; call after a barrier when it must not miss an update (§2.7.7.2).
     */
    public boolean hasUsed() {
        if (brokenReason != null) {
            return false;
        }
        return lastUsedIdx != deviceUsedIdx
                || (memory.getShort(used + SplitRing.USED_IDX) & INDEX_MASK) != lastUsedIdx;
    }

    /**
     * Returns the id of the next buffer the device has used (its length in {@link #lastLength}), or
     * -1 if there is none or the queue is broken. The descriptor becomes free again.
     */
    public int takeUsed() {
        if (brokenReason != null) {
            return -1;
        }
        if (lastUsedIdx == deviceUsedIdx) {
            deviceUsedIdx = memory.getShort(used + SplitRing.USED_IDX) & INDEX_MASK;
            memory.barrier();                  // the index before the elements it covers
            int ahead = (deviceUsedIdx - lastUsedIdx) & INDEX_MASK;
            if (ahead > size - freeCount) {
                return breaks("used index ran " + ahead + " ahead with " + (size - freeCount) + " buffers in flight");
            }
            if (ahead == 0) {
                return -1;
            }
        }
        long element = used + SplitRing.USED_RING + (long) SplitRing.USED_ELEMENT_SIZE * (lastUsedIdx & (size - 1));
        int id = memory.getInt(element);
        int length = memory.getInt(element + 4);
        if (id < 0 || id >= size || !inFlight[id]) {
            return breaks("used element names descriptor " + Integer.toUnsignedString(id) + " that is not in flight");
        }
        if (length < 0 || length > postedLength[id]) {
            return breaks("used length " + Integer.toUnsignedString(length) + " exceeds the buffer's " + postedLength[id]);
        }
        lastUsedIdx = (lastUsedIdx + 1) & INDEX_MASK;
        inFlight[id] = false;
        freeStack[freeCount++] = id;
        lastLength = length;
        lastAddress = postedAddress[id];
        return id;
    }

    private int breaks(String reason) {
        brokenReason = reason;
        return -1;
    }
}
