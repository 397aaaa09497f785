package dev.mayfly.virtio;

/** Bits of the virtio-mmio InterruptStatus and InterruptACK registers (virtio 1.2 §4.2.2). */
public final class InterruptStatus {
    private InterruptStatus() {}

    /** The device used a buffer in at least one of its virtqueues. */
    public static final int USED_BUFFER = 1;
    /** The device's configuration space changed. */
    public static final int CONFIGURATION_CHANGE = 2;
}
