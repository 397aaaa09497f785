package dev.mayfly.vmm.devices.virtio;

/**
 * A virtio device behind a {@link VirtioMmioTransport}: what it offers, its configuration space, and
 * what it does when the driver starts it and notifies its queues.
 *
 * <p>{@link #activate} runs on the vCPU thread; {@link #queuesNotified} runs on the device's
 * notification thread; {@link #reset} on either, never concurrently with the others.
 */
public interface VirtioDevice {
    /** The device type (virtio 1.2 §5), see {@link dev.mayfly.virtio.DeviceType}. */
    int deviceType();

    /** The feature bits the device offers; VIRTIO_F_VERSION_1 is added by the transport. */
    long offeredFeatures();

    /** How many virtqueues the device has. */
    int queueCount();

    /** The largest size the driver may give each queue (a power of two up to 32768). */
    int maxQueueSize();

    /** Reads {@code size} bytes of the configuration space at {@code offset}; outside it, 0. */
    default long readConfig(int offset, int size) {
        return 0;
    }

    /** Writes {@code size} bytes of the configuration space at {@code offset}; outside it, ignored. */
    default void writeConfig(int offset, int size, long value) {
    }

    /** The driver set DRIVER_OK: the device may use {@code context}'s queues from now on. */
    void activate(VirtioDeviceContext context);

    /** The driver notified one or more queues (or a notification was coalesced): process what is available. */
    void queuesNotified();

    /**
     * {@link #queuesNotified} on the transport's notification thread, which runs the device again a
     * few tens of microseconds later when this returns true: the device may then have left the
     * driver's notifications off (virtio 1.2 §2.7.10) instead of asking for them again.
     */
    default boolean queuesNotifiedMayLinger() {
        queuesNotified();
        return false;
    }

    /** The driver reset the device: forget the context and every queue position. */
    void reset();
}
