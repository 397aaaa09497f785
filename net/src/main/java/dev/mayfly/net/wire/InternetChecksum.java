package dev.mayfly.net.wire;

/**
 * The Internet checksum: the 16-bit ones' complement of the ones' complement sum (RFC 1071).
 *
 * <p>Partial sums are carried in an {@code int}; {@link #finish} folds and complements them.
 */
public final class InternetChecksum {
    private InternetChecksum() {}

    /** Adds {@code len} bytes at {@code off} to the running sum {@code sum}; odd lengths pad a zero byte. */
    public static int add(int sum, byte[] b, int off, int len) {
        long acc = sum & 0xffffffffL;
        int end = off + len;
        int i = off;
        for (; i + 1 < end; i += 2) {
            acc += ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
        }
        if (i < end) {
            acc += (b[i] & 0xff) << 8;
        }
        return fold(acc);
    }

    /** Adds a 32-bit word (for example an IPv4 address) to the running sum. */
    public static int addWord32(int sum, int word) {
        return fold((sum & 0xffffffffL) + (word >>> 16) + (word & 0xffff));
    }

    /** Adds a 16-bit value to the running sum. */
    public static int addWord16(int sum, int word) {
        return fold((sum & 0xffffffffL) + (word & 0xffff));
    }

    /** Returns the partial sum of the IPv4 pseudo-header used by TCP and UDP (RFC 9293 §3.1, RFC 768). */
    public static int pseudoHeader(int srcAddress, int dstAddress, int protocol, int length) {
        int sum = addWord32(0, srcAddress);
        sum = addWord32(sum, dstAddress);
        sum = addWord16(sum, protocol);
        return addWord16(sum, length);
    }

    /** Folds the carries of the sum and returns its ones' complement, ready to store in a header. */
    public static int finish(int sum) {
        return ~fold(sum & 0xffffffffL) & 0xffff;
    }

    private static int fold(long acc) {
        while ((acc >>> 16) != 0) {
            acc = (acc & 0xffff) + (acc >>> 16);
        }
        return (int) acc;
    }
}
