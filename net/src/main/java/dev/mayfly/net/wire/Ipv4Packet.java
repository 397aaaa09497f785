package dev.mayfly.net.wire;

/**
 * A checked view of an IPv4 datagram (RFC 791); accessors never throw.
 *
 * <p>{@link #wrap} verifies version, header length, total length and header checksum. Link-layer
 * padding past the total length is excluded from the payload. Fragments are reported by
 * {@link #isFragment()} and left for the caller to drop: this stack does not reassemble.
 */
public final class Ipv4Packet {
    /** Minimum header length, 5 words (RFC 791 §3.1, IHL). */
    public static final int MIN_HEADER_LENGTH = 20;
    /** Protocol number of ICMP (RFC 792). */
    public static final int PROTOCOL_ICMP = 1;
    /** Protocol number of TCP (RFC 9293). */
    public static final int PROTOCOL_TCP = 6;
    /** Protocol number of UDP (RFC 768). */
    public static final int PROTOCOL_UDP = 17;
    /** Default time to live for datagrams we originate (RFC 1700 recommends 64). */
    public static final int DEFAULT_TTL = 64;
    /** The "don't fragment" flag bit in the flags/fragment-offset word (RFC 791 §3.1). */
    public static final int FLAG_DONT_FRAGMENT = 0x4000;
    /** The "more fragments" flag bit in the flags/fragment-offset word (RFC 791 §3.1). */
    public static final int FLAG_MORE_FRAGMENTS = 0x2000;

    private static final byte[] EMPTY = new byte[MIN_HEADER_LENGTH];
    private byte[] buffer = EMPTY;
    private int offset;
    private int headerLength = MIN_HEADER_LENGTH;
    private int totalLength = MIN_HEADER_LENGTH;

    /** Checks and adopts the datagram at {@code offset}; returns {@link WireError#NONE} if usable. */
    public WireError wrap(byte[] b, int offset, int length) {
        WireError error = check(b, offset, length);
        if (error != WireError.NONE) {
            buffer = EMPTY;
            this.offset = 0;
            headerLength = MIN_HEADER_LENGTH;
            totalLength = MIN_HEADER_LENGTH;
        }
        return error;
    }

    private WireError check(byte[] b, int offset, int length) {
        if (b == null || offset < 0 || length < MIN_HEADER_LENGTH || offset > b.length - length) {
            return WireError.TRUNCATED;
        }
        int versionIhl = NetworkBytes.u8(b, offset);
        if ((versionIhl >>> 4) != 4) {
            return WireError.BAD_VERSION;
        }
        int hl = (versionIhl & 0xf) * 4;
        if (hl < MIN_HEADER_LENGTH || hl > length) {
            return WireError.BAD_HEADER_LENGTH;
        }
        int total = NetworkBytes.u16(b, offset + 2);
        if (total < hl || total > length) {
            return WireError.BAD_LENGTH;
        }
        if (InternetChecksum.finish(InternetChecksum.add(0, b, offset, hl)) != 0) {
            return WireError.BAD_CHECKSUM;
        }
        buffer = b;
        this.offset = offset;
        headerLength = hl;
        totalLength = total;
        return WireError.NONE;
    }

    public int headerLength() { return headerLength; }
    public int totalLength() { return totalLength; }
    public int identification() { return NetworkBytes.u16(buffer, offset + 4); }
    public boolean dontFragment() { return (NetworkBytes.u16(buffer, offset + 6) & FLAG_DONT_FRAGMENT) != 0; }

    /** Returns whether this datagram is a fragment: "more fragments" set or a nonzero offset (RFC 791 §2.3). */
    public boolean isFragment() {
        int word = NetworkBytes.u16(buffer, offset + 6);
        return (word & FLAG_MORE_FRAGMENTS) != 0 || (word & 0x1fff) != 0;
    }

    public int ttl() { return NetworkBytes.u8(buffer, offset + 8); }
    public int protocol() { return NetworkBytes.u8(buffer, offset + 9); }
    public int source() { return NetworkBytes.u32(buffer, offset + 12); }
    public int destination() { return NetworkBytes.u32(buffer, offset + 16); }
    public byte[] buffer() { return buffer; }
    public int payloadOffset() { return offset + headerLength; }
    public int payloadLength() { return totalLength - headerLength; }

    /**
     * Writes a 20-byte IPv4 header with no options and its checksum at {@code offset}.
     * Datagrams we send are never fragmented, so "don't fragment" is set (RFC 1191).
     */
    public static void writeHeader(byte[] b, int offset, int source, int destination, int protocol,
                                   int payloadLength, int ttl, int identification) {
        b[offset] = 0x45;
        b[offset + 1] = 0;
        NetworkBytes.put16(b, offset + 2, MIN_HEADER_LENGTH + payloadLength);
        NetworkBytes.put16(b, offset + 4, identification);
        NetworkBytes.put16(b, offset + 6, FLAG_DONT_FRAGMENT);
        b[offset + 8] = (byte) ttl;
        b[offset + 9] = (byte) protocol;
        NetworkBytes.put16(b, offset + 10, 0);
        NetworkBytes.put32(b, offset + 12, source);
        NetworkBytes.put32(b, offset + 16, destination);
        NetworkBytes.put16(b, offset + 10, InternetChecksum.finish(InternetChecksum.add(0, b, offset, MIN_HEADER_LENGTH)));
    }
}
