package dev.mayfly.kernel.arch;

import dev.mayfly.kernel.virtio.DmaAllocator;
import dev.mayfly.kernel.virtio.DmaMemory;
import org.teavm.interop.Address;

/**
 * Memory shared with devices: regions from the kernel's frame allocator (identity-mapped, so an
 * address is also the guest-physical address the device uses), reached through {@link Address}.
 *
 * <p>Every access is checked against the regions this allocator handed out, so a driver bug
 * cannot reach other memory through it; the checks are a few comparisons (at most
 * {@link #MAX_REGIONS} regions, drivers allocate a handful at start).
 */
public final class PhysicalMemory implements DmaMemory, DmaAllocator {
    /** Regions one allocator hands out. */
    public static final int MAX_REGIONS = 32;
    private static final long PAGE = 4096;

    private final long[] starts = new long[MAX_REGIONS];
    private final long[] ends = new long[MAX_REGIONS];
    private int count;

    @Override
    public long allocate(long bytes) {
        if (count == MAX_REGIONS) {
            throw new IllegalStateException("too many DMA regions");
        }
        long rounded = (bytes + PAGE - 1) & ~(PAGE - 1);
        long address = NativeKernel.dmaAlloc(rounded);
        if (address == 0) {
            throw new OutOfMemoryError("no memory left for " + rounded + " bytes of device buffers");
        }
        starts[count] = address;
        ends[count] = address + rounded;
        count++;
        return address;
    }

    @Override
    public DmaMemory memory() { return this; }

    @Override
    public boolean contains(long address, long length) {
        for (int i = 0; i < count; i++) {
            if (address >= starts[i] && length >= 0 && address + length <= ends[i]) {
                return true;
            }
        }
        return false;
    }

    private long check(long address, long length) {
        if (!contains(address, length)) {
            throw new IndexOutOfBoundsException("0x" + Long.toHexString(address) + "+" + length + " is not device memory");
        }
        return address;
    }

    // Each access below is safe: check() proved it lies inside a region dmaAlloc handed out, which is
    // identity-mapped RAM that nothing else uses and that is never freed.
    @Override public byte getByte(long a) { return Address.fromLong(check(a, 1)).getByte(); }
    @Override public short getShort(long a) { return Address.fromLong(check(a, 2)).getShort(); }
    @Override public int getInt(long a) { return Address.fromLong(check(a, 4)).getInt(); }
    @Override public long getLong(long a) { return Address.fromLong(check(a, 8)).getLong(); }
    @Override public void putByte(long a, byte v) { Address.fromLong(check(a, 1)).putByte(v); }
    @Override public void putShort(long a, short v) { Address.fromLong(check(a, 2)).putShort(v); }
    @Override public void putInt(long a, int v) { Address.fromLong(check(a, 4)).putInt(v); }
    @Override public void putLong(long a, long v) { Address.fromLong(check(a, 8)).putLong(v); }

    @Override
    public void copyOut(long address, byte[] dst, int offset, int length) {
        if (offset < 0 || length < 0 || offset > dst.length - length) {
            throw new IndexOutOfBoundsException("copy of " + length + " bytes into an array of " + dst.length + " at " + offset);
        }
        check(address, length);
        // Safe: the array's data address is used at once, with no allocation (so no GC move) in between,
        // and the bounds of both sides were checked above.
        NativeKernel.copy(Address.ofData(dst).add(offset).toLong(), address, length);
    }

    @Override
    public void copyIn(long address, byte[] src, int offset, int length) {
        if (offset < 0 || length < 0 || offset > src.length - length) {
            throw new IndexOutOfBoundsException("copy of " + length + " bytes from an array of " + src.length + " at " + offset);
        }
        check(address, length);
        // Safe: as in copyOut.
        NativeKernel.copy(address, Address.ofData(src).add(offset).toLong(), length);
    }

    @Override
    public void barrier() {
        NativeKernel.memoryBarrier();
    }
}
