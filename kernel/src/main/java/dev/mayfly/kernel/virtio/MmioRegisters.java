package dev.mayfly.kernel.virtio;

/** The register window of one virtio-mmio device (virtio 1.2 §4.2.2): 32-bit little-endian registers. */
public interface MmioRegisters {
    int read32(int offset);

    void write32(int offset, int value);

    /** Reads one byte of the device-specific configuration space (from {@code MmioRegister.CONFIG}). */
    int read8(int offset);
}
