package dev.mayfly.virtio;

/**
 * Memory that a virtio driver and device both see, addressed by guest-physical address;
 * every multi-byte value is little-endian (virtio 1.2 §1.4).
 *
 * <p>An implementation decides what an address outside its memory means; the VMM's throws, because
 * every address it is given comes from the guest and is hostile until checked.
 */
public interface VirtioMemory {
    /** Whether {@code length} bytes starting at {@code address} lie inside this memory. */
    boolean contains(long address, long length);

    byte getByte(long address);
    short getShort(long address);
    int getInt(long address);
    long getLong(long address);

    void putByte(long address, byte value);
    void putShort(long address, short value);
    void putInt(long address, int value);
    void putLong(long address, long value);
}
