package dev.mayfly.vmm.devices.virtio.net;

/**
 * The host side of a virtio-net device: takes the frames the guest sends and produces the frames it
 * receives, over a {@link NetLink}. A TAP device or the user-mode network's gateway.
 */
public interface NetBackend extends AutoCloseable {
    /** The link this backend serves; it is running (its thread started) once constructed. */
    NetLink link();

    /** Stops the backend's thread and releases its host resources (file descriptors, sockets). */
    @Override
    void close();
}
