package dev.mayfly.net.wire;

/**
 * A checked view of a TCP segment (RFC 9293 §3.1); accessors never throw.
 *
 * <p>{@link #wrap} verifies the data offset, the checksum over the IPv4 pseudo-header and the
 * structure of the option list, so {@link TcpRepr#parse} can read the options without checks.
 */
public final class TcpSegment {
    /** Minimum header length, data offset 5 (RFC 9293 §3.1). */
    public static final int MIN_HEADER_LENGTH = 20;
    /** Maximum header length, data offset 15 (RFC 9293 §3.1). */
    public static final int MAX_HEADER_LENGTH = 60;
    /** Option kind: end of option list (RFC 9293 §3.2). */
    public static final int OPTION_END = 0;
    /** Option kind: no-operation (RFC 9293 §3.2). */
    public static final int OPTION_NOP = 1;
    /** Option kind: maximum segment size, length 4 (RFC 9293 §3.2). */
    public static final int OPTION_MSS = 2;
    /** Option kind: window scale, length 3 (RFC 7323 §2.2). */
    public static final int OPTION_WINDOW_SCALE = 3;
    /** Option kind: SACK permitted, length 2 (RFC 2018 §2). */
    public static final int OPTION_SACK_PERMITTED = 4;
    /** Option kind: SACK blocks (RFC 2018 §3). */
    public static final int OPTION_SACK = 5;
    /** Option kind: timestamps, length 10 (RFC 7323 §3.2). */
    public static final int OPTION_TIMESTAMPS = 8;

    private static final byte[] EMPTY = new byte[MIN_HEADER_LENGTH];
    private byte[] buffer = EMPTY;
    private int offset;
    private int length = MIN_HEADER_LENGTH;

    /** Checks the segment at {@code offset} carried between {@code source} and {@code destination}. */
    public WireError wrap(byte[] b, int offset, int length, int source, int destination) {
        buffer = EMPTY;
        this.offset = 0;
        this.length = MIN_HEADER_LENGTH;
        if (b == null || offset < 0 || length < MIN_HEADER_LENGTH || offset > b.length - length) {
            return WireError.TRUNCATED;
        }
        int headerLength = (NetworkBytes.u8(b, offset + 12) >>> 4) * 4;
        if (headerLength < MIN_HEADER_LENGTH || headerLength > length) {
            return WireError.BAD_HEADER_LENGTH;
        }
        int sum = InternetChecksum.pseudoHeader(source, destination, Ipv4Packet.PROTOCOL_TCP, length);
        if (InternetChecksum.finish(InternetChecksum.add(sum, b, offset, length)) != 0) {
            return WireError.BAD_CHECKSUM;
        }
        if (!optionsWellFormed(b, offset + MIN_HEADER_LENGTH, offset + headerLength)) {
            return WireError.MALFORMED_OPTION;
        }
        buffer = b;
        this.offset = offset;
        this.length = length;
        return WireError.NONE;
    }

    private static boolean optionsWellFormed(byte[] b, int at, int end) {
        while (at < end) {
            int kind = b[at] & 0xff;
            if (kind == OPTION_END) {
                return true;
            }
            if (kind == OPTION_NOP) {
                at++;
                continue;
            }
            if (at + 1 >= end) {
                return false;
            }
            int len = b[at + 1] & 0xff;
            if (len < 2 || at + len > end) {
                return false;
            }
            if ((kind == OPTION_MSS && len != 4) || (kind == OPTION_WINDOW_SCALE && len != 3)
                    || (kind == OPTION_SACK_PERMITTED && len != 2) || (kind == OPTION_TIMESTAMPS && len != 10)
                    || (kind == OPTION_SACK && (len < 10 || (len - 2) % 8 != 0))) {
                return false;
            }
            at += len;
        }
        return true;
    }

    public int sourcePort() { return NetworkBytes.u16(buffer, offset); }
    public int destinationPort() { return NetworkBytes.u16(buffer, offset + 2); }
    public int sequenceNumber() { return NetworkBytes.u32(buffer, offset + 4); }
    public int acknowledgmentNumber() { return NetworkBytes.u32(buffer, offset + 8); }
    public int headerLength() { return (NetworkBytes.u8(buffer, offset + 12) >>> 4) * 4; }
    public int flags() { return NetworkBytes.u8(buffer, offset + 13); }
    public int window() { return NetworkBytes.u16(buffer, offset + 14); }
    public byte[] buffer() { return buffer; }
    public int optionsOffset() { return offset + MIN_HEADER_LENGTH; }
    public int optionsEnd() { return offset + headerLength(); }
    public int payloadOffset() { return offset + headerLength(); }
    public int payloadLength() { return length - headerLength(); }

    /** Computes and stores the checksum of the {@code length}-byte segment at {@code offset}. */
    public static void fillChecksum(byte[] b, int offset, int length, int source, int destination) {
        NetworkBytes.put16(b, offset + 16, 0);
        int sum = InternetChecksum.pseudoHeader(source, destination, Ipv4Packet.PROTOCOL_TCP, length);
        NetworkBytes.put16(b, offset + 16, InternetChecksum.finish(InternetChecksum.add(sum, b, offset, length)));
    }
}
