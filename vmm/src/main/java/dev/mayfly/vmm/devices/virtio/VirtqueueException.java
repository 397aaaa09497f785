package dev.mayfly.vmm.devices.virtio;

import dev.mayfly.vmm.VmmException;

/** The driver broke a virtqueue: a bad ring address, a descriptor loop, an index out of range, a buffer outside RAM. */
public final class VirtqueueException extends VmmException {
    public VirtqueueException(String message) {
        super(message);
    }
}
