package dev.mayfly.net.wire;

/** Big-endian ("network byte order", RFC 1700) reads and writes on byte arrays. */
public final class NetworkBytes {
    private NetworkBytes() {}

    /** Returns the unsigned byte at {@code off}. */
    public static int u8(byte[] b, int off) {
        return b[off] & 0xff;
    }

    /** Returns the unsigned 16-bit big-endian value at {@code off}. */
    public static int u16(byte[] b, int off) {
        return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
    }

    /** Returns the 32-bit big-endian value at {@code off}. */
    public static int u32(byte[] b, int off) {
        return ((b[off] & 0xff) << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff);
    }

    /** Returns the 48-bit big-endian value at {@code off} (a MAC address). */
    public static long u48(byte[] b, int off) {
        return ((long) u16(b, off) << 32) | (u32(b, off + 2) & 0xffffffffL);
    }

    /** Writes the low 8 bits of {@code v}. */
    public static void put8(byte[] b, int off, int v) {
        b[off] = (byte) v;
    }

    /** Writes the low 16 bits of {@code v} big-endian. */
    public static void put16(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    /** Writes {@code v} big-endian. */
    public static void put32(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    /** Writes the low 48 bits of {@code v} big-endian. */
    public static void put48(byte[] b, int off, long v) {
        put16(b, off, (int) (v >>> 32));
        put32(b, off + 2, (int) v);
    }
}
