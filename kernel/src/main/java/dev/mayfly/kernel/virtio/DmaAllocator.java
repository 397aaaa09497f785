package dev.mayfly.kernel.virtio;

/** Where a driver gets its shared memory: zeroed, page-aligned regions that are never freed. */
public interface DmaAllocator {
    /** Returns the guest-physical address of {@code bytes} zeroed bytes, page-aligned; throws if none are left. */
    long allocate(long bytes);

    /** The memory the allocated regions are reached through. */
    DmaMemory memory();
}
