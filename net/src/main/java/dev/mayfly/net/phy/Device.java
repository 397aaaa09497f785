package dev.mayfly.net.phy;

/**
 * A network device that exchanges Ethernet frames (without FCS) and lends its buffers, so the
 * stack never allocates per frame.
 *
 * <p>Implementations: {@link LoopbackDevice}, {@link SimulatedLink.End}; the kernel's virtio-net
 * driver and the VMM's user-mode network back the same interface. All calls come from one thread.
 */
public interface Device {
    /** Returns the largest frame, Ethernet header included, the device sends or receives. */
    int maxFrameLength();

    /** Returns the device's own MAC address, or 0 if the device has none to offer. */
    default long macAddress() {
        return 0;
    }

    /**
     * Lends the next received frame, or returns null if none is waiting. The frame stays valid
     * until the next call to {@code receive}.
     */
    FrameBuffer receive(long nowMillis);

    /**
     * Lends a transmit buffer with room for at least {@code length} bytes, or returns null if the
     * transmit queue is full. Hand it back with {@link #transmit}.
     */
    FrameBuffer transmitBuffer(long nowMillis, int length);

    /** Sends the first {@link FrameBuffer#length()} bytes of a buffer from {@link #transmitBuffer}. */
    void transmit(long nowMillis, FrameBuffer frame);
}
