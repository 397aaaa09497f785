package dev.mayfly.vmm.vstate;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

import dev.mayfly.virtio.VirtioMemory;
import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;

/**
 * Guest RAM: one contiguous range of guest-physical addresses starting at 0, backed by host memory.
 *
 * <p>Every access is bounds-checked against the RAM size with overflow-safe arithmetic and refused
 * with {@link GuestMemoryAccessException}; values are little-endian like the guest's.
 */
public final class GuestMemory implements VirtioMemory {
    static {
        if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
            throw new ExceptionInInitializerError("the VMM runs on little-endian x86-64 hosts only");
        }
    }

    private final MemorySegment ram;
    private final long size;

    /** Wraps {@code ram} as guest-physical addresses {@code [0, ram.byteSize())}. */
    public GuestMemory(MemorySegment ram) {
        this.ram = ram;
        this.size = ram.byteSize();
    }

    /** The RAM size in bytes. */
    public long size() {
        return size;
    }

    /** Bytes of guest RAM resident in host memory now: what the guest has touched (never more than {@link #size()}). */
    public long residentBytes() {
        long resident = dev.mayfly.vmm.kvm.Libc.residentBytes(ram);
        return Math.max(0, Math.min(resident, size));
    }

    /** The host address of guest-physical address 0, for KVM_SET_USER_MEMORY_REGION. */
    long hostAddress() {
        return ram.address();
    }

    @Override
    public boolean contains(long address, long length) {
        return address >= 0 && length >= 0 && address <= size && length <= size - address;
    }

    /** Throws {@link GuestMemoryAccessException} unless {@code [address, address + length)} is RAM. */
    public void check(long address, long length) {
        if (!contains(address, length)) {
            throw new GuestMemoryAccessException(address, length, size);
        }
    }

    /** A checked host view of {@code length} bytes of guest RAM at {@code address}. */
    public MemorySegment slice(long address, long length) {
        check(address, length);
        return ram.asSlice(address, length);
    }

    /** Copies {@code length} bytes of {@code source} from {@code offset} into guest RAM at {@code address}. */
    public void write(long address, byte[] source, int offset, int length) {
        check(address, length);
        MemorySegment.copy(source, offset, ram, JAVA_BYTE, address, length);
    }

    /** Copies {@code length} bytes of {@code source} from {@code offset} into guest RAM at {@code address}. */
    public void write(long address, MemorySegment source, long offset, long length) {
        check(address, length);
        MemorySegment.copy(source, offset, ram, address, length);
    }

    /** Copies {@code length} bytes of guest RAM at {@code address} into {@code target} at {@code offset}. */
    public void read(long address, byte[] target, int offset, int length) {
        check(address, length);
        MemorySegment.copy(ram, JAVA_BYTE, address, target, offset, length);
    }

    @Override
    public byte getByte(long address) {
        check(address, 1);
        return ram.get(JAVA_BYTE, address);
    }

    @Override
    public short getShort(long address) {
        check(address, 2);
        return ram.get(JAVA_SHORT_UNALIGNED, address);
    }

    @Override
    public int getInt(long address) {
        check(address, 4);
        return ram.get(JAVA_INT_UNALIGNED, address);
    }

    @Override
    public long getLong(long address) {
        check(address, 8);
        return ram.get(JAVA_LONG_UNALIGNED, address);
    }

    @Override
    public void putByte(long address, byte value) {
        check(address, 1);
        ram.set(JAVA_BYTE, address, value);
    }

    @Override
    public void putShort(long address, short value) {
        check(address, 2);
        ram.set(JAVA_SHORT_UNALIGNED, address, value);
    }

    @Override
    public void putInt(long address, int value) {
        check(address, 4);
        ram.set(JAVA_INT_UNALIGNED, address, value);
    }

    @Override
    public void putLong(long address, long value) {
        check(address, 8);
        ram.set(JAVA_LONG_UNALIGNED, address, value);
    }
}
