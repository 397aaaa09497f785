package dev.mayfly.vmm.devices.virtio;

/**
 * One available buffer, as a chain of descriptors already checked against guest RAM: the driver's
 * device-readable buffers first, then the device-writable ones (virtio 1.2 §2.7.4.2).
 *
 * @param head the index of the chain's first descriptor, which {@link Virtqueue#addUsed} returns
 * @param addresses the guest-physical address of each buffer, each inside guest RAM for its whole length
 * @param lengths the length of each buffer
 * @param writable whether each buffer is device-writable
 */
public record DescriptorChain(int head, long[] addresses, int[] lengths, boolean[] writable) {
    /** How many buffers the chain has. */
    public int size() {
        return addresses.length;
    }

    /** The total length of the device-readable buffers. */
    public long readableLength() {
        long total = 0;
        for (int i = 0; i < lengths.length; i++) {
            if (!writable[i]) {
                total += Integer.toUnsignedLong(lengths[i]);
            }
        }
        return total;
    }

    /** The total length of the device-writable buffers. */
    public long writableLength() {
        long total = 0;
        for (int i = 0; i < lengths.length; i++) {
            if (writable[i]) {
                total += Integer.toUnsignedLong(lengths[i]);
            }
        }
        return total;
    }
}
