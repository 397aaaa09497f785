package dev.mayfly.vmm.devices.virtio.net;

/** What a {@link VirtioNet} device counts: frames passed, interrupts sent, and every drop by its reason. */
public enum VirtioNetCounter {
    /** Frames the guest transmitted that went to the backend. */
    TX_FRAMES,
    /** Transmit chains with a device-writable buffer: transmit buffers must be device-readable only (§5.1.6.2). */
    TX_DROP_WRITABLE_BUFFER,
    /** Transmit chains shorter than the 12-byte header. */
    TX_DROP_SHORT_HEADER,
    /** Transmit chains whose header asks for checksum offload or GSO, which the device never offered (§5.1.6.2). */
    TX_DROP_UNNEGOTIATED_OFFLOAD,
    /** Transmitted frames shorter than an Ethernet header. */
    TX_DROP_RUNT,
    /** Transmitted frames longer than {@link VirtioNetSpec#MAX_FRAME_LENGTH}. */
    TX_DROP_OVERSIZED,
    /** Frames delivered into the guest's receive buffers. */
    RX_FRAMES,
    /** Receive chains with a device-readable buffer (receive buffers must be device-writable, §5.1.6.3); returned unused. */
    RX_DROP_READABLE_BUFFER,
    /** Frames dropped because the receive buffer could not hold header and frame (§5.1.6.3.1: at least 1526 bytes). */
    RX_DROP_BUFFER_TOO_SMALL,
    /** Times frames waited because the guest had no receive buffer available. */
    RX_NO_BUFFER,
    /** Used-buffer interrupts sent (one per batch). */
    INTERRUPTS,
    /** Times the device ran its queues (a notification, or a wake-up from the backend). */
    RUNS
}
