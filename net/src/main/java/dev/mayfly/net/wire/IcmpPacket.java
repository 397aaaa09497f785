package dev.mayfly.net.wire;

/**
 * A checked view of an ICMPv4 message (RFC 792); accessors never throw.
 *
 * <p>Only echo request and echo reply are interpreted; other types are accepted by {@link #wrap}
 * (they are well formed) and left for the caller to count.
 */
public final class IcmpPacket {
    /** Type, code, checksum and a 4-byte rest-of-header. */
    public static final int HEADER_LENGTH = 8;
    /** Echo reply message type (RFC 792). */
    public static final int TYPE_ECHO_REPLY = 0;
    /** Destination unreachable message type (RFC 792). */
    public static final int TYPE_DESTINATION_UNREACHABLE = 3;
    /** Echo request message type (RFC 792). */
    public static final int TYPE_ECHO_REQUEST = 8;
    /** Port unreachable code of destination unreachable (RFC 792). */
    public static final int CODE_PORT_UNREACHABLE = 3;

    private static final byte[] EMPTY = new byte[HEADER_LENGTH];
    private byte[] buffer = EMPTY;
    private int offset;
    private int length = HEADER_LENGTH;

    /** Checks length and checksum of the message at {@code offset}. */
    public WireError wrap(byte[] b, int offset, int length) {
        buffer = EMPTY;
        this.offset = 0;
        this.length = HEADER_LENGTH;
        if (b == null || offset < 0 || length < HEADER_LENGTH || offset > b.length - length) {
            return WireError.TRUNCATED;
        }
        if (InternetChecksum.finish(InternetChecksum.add(0, b, offset, length)) != 0) {
            return WireError.BAD_CHECKSUM;
        }
        buffer = b;
        this.offset = offset;
        this.length = length;
        return WireError.NONE;
    }

    public int type() { return NetworkBytes.u8(buffer, offset); }
    public int code() { return NetworkBytes.u8(buffer, offset + 1); }
    /** The echo identifier (meaningful for echo messages). */
    public int echoIdentifier() { return NetworkBytes.u16(buffer, offset + 4); }
    /** The echo sequence number (meaningful for echo messages). */
    public int echoSequence() { return NetworkBytes.u16(buffer, offset + 6); }
    public byte[] buffer() { return buffer; }
    public int dataOffset() { return offset + HEADER_LENGTH; }
    public int dataLength() { return length - HEADER_LENGTH; }

    /** Writes an echo message header and its checksum over the {@code dataLength} bytes that follow it. */
    public static void writeEcho(byte[] b, int offset, int type, int identifier, int sequence, int dataLength) {
        b[offset] = (byte) type;
        b[offset + 1] = 0;
        NetworkBytes.put16(b, offset + 2, 0);
        NetworkBytes.put16(b, offset + 4, identifier);
        NetworkBytes.put16(b, offset + 6, sequence);
        NetworkBytes.put16(b, offset + 2, InternetChecksum.finish(InternetChecksum.add(0, b, offset, HEADER_LENGTH + dataLength)));
    }
}
