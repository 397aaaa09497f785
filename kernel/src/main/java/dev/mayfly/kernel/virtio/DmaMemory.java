package dev.mayfly.kernel.virtio;

import dev.mayfly.virtio.VirtioMemory;

/**
 * Memory a driver shares with its device: virtqueues and packet buffers, addressed by
 * guest-physical address, that never moves and never lies on the Java heap (DESIGN.md decision 7).
 * Adds bulk copies to and from Java arrays to {@link VirtioMemory}.
 */
public interface DmaMemory extends VirtioMemory {
    /** Copies {@code length} bytes at {@code address} into {@code dst[offset..]}. */
    void copyOut(long address, byte[] dst, int offset, int length);

    /** Copies {@code src[offset..offset+length)} to {@code address}. */
    void copyIn(long address, byte[] src, int offset, int length);

    /** Orders the driver's writes to shared memory before its next access to the device (virtio 1.2 §2.7.13). */
    void barrier();
}
