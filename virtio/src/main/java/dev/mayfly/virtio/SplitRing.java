package dev.mayfly.virtio;

/**
 * The layout of a split virtqueue: descriptor table, driver area (available ring) and device
 * area (used ring), with offsets and sizes for a queue of a given size (virtio 1.2 §2.7).
 */
public final class SplitRing {
    private SplitRing() {}

    /** The largest queue size a split virtqueue may have (§2.7). */
    public static final int MAX_QUEUE_SIZE = 32768;

    /** Size of one descriptor: addr u64, len u32, flags u16, next u16 (§2.7.5). */
    public static final int DESCRIPTOR_SIZE = 16;
    public static final int DESCRIPTOR_ADDR = 0;
    public static final int DESCRIPTOR_LEN = 8;
    public static final int DESCRIPTOR_FLAGS = 12;
    public static final int DESCRIPTOR_NEXT = 14;

    /** Descriptor flag: the chain continues in the {@code next} field (§2.7.5). */
    public static final int F_NEXT = 1;
    /** Descriptor flag: the buffer is device-writable (otherwise device-readable) (§2.7.5). */
    public static final int F_WRITE = 2;
    /** Descriptor flag: the buffer holds a table of indirect descriptors (§2.7.5.3). */
    public static final int F_INDIRECT = 4;

    /** Available ring: flags u16, idx u16, ring[size] u16, used_event u16 (§2.7.6). */
    public static final int AVAIL_FLAGS = 0;
    public static final int AVAIL_IDX = 2;
    public static final int AVAIL_RING = 4;
    /** Available ring flag: the driver does not want interrupts (§2.7.6). */
    public static final int AVAIL_F_NO_INTERRUPT = 1;

    /** Used ring: flags u16, idx u16, ring[size] of {id u32, len u32}, avail_event u16 (§2.7.8). */
    public static final int USED_FLAGS = 0;
    public static final int USED_IDX = 2;
    public static final int USED_RING = 4;
    public static final int USED_ELEMENT_SIZE = 8;
    /** Used ring flag: the device does not want notifications (§2.7.8). */
    public static final int USED_F_NO_NOTIFY = 1;

    /** Required alignments of the three areas (§2.7, table "Virtqueue Part Alignment"). */
    public static final int DESCRIPTOR_TABLE_ALIGN = 16;
    public static final int AVAIL_RING_ALIGN = 2;
    public static final int USED_RING_ALIGN = 4;

    /** Whether {@code size} is a valid split queue size: a power of two from 1 to 32768 (§2.7). */
    public static boolean isValidQueueSize(int size) {
        return size > 0 && size <= MAX_QUEUE_SIZE && (size & (size - 1)) == 0;
    }

    /** Bytes of the descriptor table of a queue of {@code size} entries. */
    public static long descriptorTableBytes(int size) {
        return (long) DESCRIPTOR_SIZE * size;
    }

    /** Bytes of the available ring of a queue of {@code size} entries, including used_event. */
    public static long availRingBytes(int size) {
        return 6L + 2L * size;
    }

    /** Bytes of the used ring of a queue of {@code size} entries, including avail_event. */
    public static long usedRingBytes(int size) {
        return 6L + (long) USED_ELEMENT_SIZE * size;
    }

    /** Offset of the available ring's {@code used_event} field (§2.7.10). */
    public static long usedEventOffset(int size) {
        return AVAIL_RING + 2L * size;
    }

    /** Offset of the used ring's {@code avail_event} field (§2.7.10). */
    public static long availEventOffset(int size) {
        return USED_RING + (long) USED_ELEMENT_SIZE * size;
    }
}
