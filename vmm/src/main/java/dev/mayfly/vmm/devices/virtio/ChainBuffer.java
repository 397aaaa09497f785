package dev.mayfly.vmm.devices.virtio;

import java.util.Arrays;

/**
 * A reusable holder of one available descriptor chain, filled by {@link Virtqueue#pop(ChainBuffer)}:
 * the same checked contents as a {@link DescriptorChain}, without allocating per buffer. Used by one
 * thread (the device's) at a time.
 */
public final class ChainBuffer {
    private int head;
    private int size;
    private long[] addresses = new long[4];
    private int[] lengths = new int[4];
    private boolean[] writable = new boolean[4];

    /** The index of the chain's first descriptor, which {@link Virtqueue#addUsed} returns. */
    public int head() {
        return head;
    }

    /** How many buffers the chain has. */
    public int size() {
        return size;
    }

    /** The guest-physical address of buffer {@code i}, inside guest RAM for its whole length. */
    public long address(int i) {
        return addresses[check(i)];
    }

    /** The length of buffer {@code i}, as an unsigned 32-bit value. */
    public long length(int i) {
        return Integer.toUnsignedLong(lengths[check(i)]);
    }

    /** Whether buffer {@code i} is device-writable. */
    public boolean isWritable(int i) {
        return writable[check(i)];
    }

    /** The total length of the device-readable buffers. */
    public long readableLength() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            if (!writable[i]) {
                total += Integer.toUnsignedLong(lengths[i]);
            }
        }
        return total;
    }

    /** The total length of the device-writable buffers. */
    public long writableLength() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            if (writable[i]) {
                total += Integer.toUnsignedLong(lengths[i]);
            }
        }
        return total;
    }

    /** Whether any buffer is device-readable. */
    public boolean hasReadable() {
        for (int i = 0; i < size; i++) {
            if (!writable[i]) {
                return true;
            }
        }
        return false;
    }

    /** A {@link DescriptorChain} with the same contents. */
    public DescriptorChain toDescriptorChain() {
        return new DescriptorChain(head, Arrays.copyOf(addresses, size), Arrays.copyOf(lengths, size), Arrays.copyOf(writable, size));
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return i;
    }

    void start(int head) {
        this.head = head;
        this.size = 0;
    }

    void add(long address, int length, boolean isWritable) {
        if (size == addresses.length) {
            addresses = Arrays.copyOf(addresses, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            writable = Arrays.copyOf(writable, size * 2);
        }
        addresses[size] = address;
        lengths[size] = length;
        writable[size] = isWritable;
        size++;
    }
}
