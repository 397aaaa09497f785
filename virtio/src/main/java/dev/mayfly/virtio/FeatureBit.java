package dev.mayfly.virtio;

/**
 * Device-independent feature bit numbers (virtio 1.2 §6, "Reserved Feature Bits").
 *
 * <p>These are bit numbers, not masks: bit {@code n} is {@code 1L << n} of the 64-bit feature word.
 */
public final class FeatureBit {
    private FeatureBit() {}

    public static final int INDIRECT_DESC = 28;
    public static final int EVENT_IDX = 29;
    /** Compliance with virtio 1.x; a modern device offers it and a modern driver must accept it. */
    public static final int VERSION_1 = 32;
    public static final int ACCESS_PLATFORM = 33;
    public static final int RING_PACKED = 34;
    public static final int IN_ORDER = 35;

    /** The mask of feature bit {@code bit}. */
    public static long mask(int bit) {
        return 1L << bit;
    }
}
