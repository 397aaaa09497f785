package dev.mayfly.kernel.virtio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Device memory for tests: a little-endian byte array at a fake guest-physical base. */
final class ByteArrayDmaMemory implements DmaMemory, DmaAllocator {
    final long base;
    final ByteBuffer bytes;
    private long next;

    ByteArrayDmaMemory(long base, int size) {
        this.base = base;
        this.bytes = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        this.next = base;
    }

    @Override public long allocate(long n) { long a = next; next += (n + 4095) & ~4095L; return a; }
    @Override public DmaMemory memory() { return this; }
    @Override public boolean contains(long a, long n) { return a >= base && n >= 0 && a + n <= base + bytes.capacity(); }
    private int at(long a, int n) {
        if (!contains(a, n)) {
            throw new IndexOutOfBoundsException(Long.toHexString(a));
        }
        return (int) (a - base);
    }
    @Override public byte getByte(long a) { return bytes.get(at(a, 1)); }
    @Override public short getShort(long a) { return bytes.getShort(at(a, 2)); }
    @Override public int getInt(long a) { return bytes.getInt(at(a, 4)); }
    @Override public long getLong(long a) { return bytes.getLong(at(a, 8)); }
    @Override public void putByte(long a, byte v) { bytes.put(at(a, 1), v); }
    @Override public void putShort(long a, short v) { bytes.putShort(at(a, 2), v); }
    @Override public void putInt(long a, int v) { bytes.putInt(at(a, 4), v); }
    @Override public void putLong(long a, long v) { bytes.putLong(at(a, 8), v); }
    @Override public void copyOut(long a, byte[] d, int o, int n) { bytes.get(at(a, n), d, o, n); }
    @Override public void copyIn(long a, byte[] s, int o, int n) { bytes.put(at(a, n), s, o, n); }
    @Override public void barrier() { }
}
