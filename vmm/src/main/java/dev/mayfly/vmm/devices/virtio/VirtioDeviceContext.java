package dev.mayfly.vmm.devices.virtio;

import dev.mayfly.vmm.vstate.GuestMemory;
import java.util.List;

/**
 * What an activated device works with: guest memory, its ready queues, the negotiated features, and a
 * way to interrupt the driver.
 */
public interface VirtioDeviceContext {
    GuestMemory memory();

    /** The device's queues by index; a queue the driver did not make ready is not {@link Virtqueue#isReady()}. */
    List<Virtqueue> queues();

    /** The features the driver accepted. */
    long negotiatedFeatures();

    /** Sets the used-buffer bit of InterruptStatus and interrupts the driver. */
    void signalUsedBuffers();

    /** Sets the configuration-change bit of InterruptStatus and interrupts the driver. */
    void signalConfigurationChange();

    /**
     * Asks for {@link VirtioDevice#queuesNotified} to run soon on the device's thread, as if the driver
     * had notified a queue: how a backend that has produced work wakes the device (any thread).
     */
    void requestProcessing();

    /**
     * Runs {@link VirtioDevice#queuesNotified} now, on the calling thread, serialized with the device's
     * own thread and the register file: a backend thread that has just produced work can hand it to the
     * guest without waking another thread. Must not be called from inside {@code queuesNotified}.
     */
    void processNow();
}
