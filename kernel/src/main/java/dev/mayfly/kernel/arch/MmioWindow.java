package dev.mayfly.kernel.arch;

import dev.mayfly.kernel.virtio.MmioRegisters;

/**
 * The register window of one virtio-mmio device, reached with volatile accesses of the exact width
 * (the window lies in the uncached 3-4 GiB device mapping of the boot page tables).
 */
public final class MmioWindow implements MmioRegisters {
    private final long base;
    private final long size;

    public MmioWindow(long base, long size) {
        if (base < 0xC000_0000L || base + size > 0x1_0000_0000L) {
            throw new IllegalArgumentException("MMIO window 0x" + Long.toHexString(base) + " is outside the device mapping");
        }
        this.base = base;
        this.size = size;
    }

    private long at(int offset, int width) {
        if (offset < 0 || offset + width > size) {
            throw new IndexOutOfBoundsException("register 0x" + Integer.toHexString(offset) + " outside the window");
        }
        return base + offset;
    }

    // Safe: at() keeps every access inside the device's own window, which is mapped uncached.
    @Override public int read32(int offset) { return NativeKernel.mmioRead32(at(offset, 4)); }
    @Override public void write32(int offset, int value) { NativeKernel.mmioWrite32(at(offset, 4), value); }
    @Override public int read8(int offset) { return NativeKernel.mmioRead8(at(offset, 1)); }
}
