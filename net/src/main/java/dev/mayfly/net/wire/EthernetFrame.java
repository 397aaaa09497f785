package dev.mayfly.net.wire;

/**
 * A checked view of an Ethernet II frame (IEEE 802.3 with an EtherType, RFC 894); accessors never throw.
 *
 * <p>{@link #wrap} checks the bytes once. After a rejected wrap the view reads as an empty frame.
 */
public final class EthernetFrame {
    /** Destination MAC, source MAC and EtherType: 14 bytes (RFC 894). */
    public static final int HEADER_LENGTH = 14;
    /** EtherType of IPv4 (RFC 894). */
    public static final int ETHERTYPE_IPV4 = 0x0800;
    /** EtherType of ARP (RFC 826). */
    public static final int ETHERTYPE_ARP = 0x0806;
    /** The largest frame without FCS the stack accepts: 1500 bytes payload plus header (IEEE 802.3). */
    public static final int MAX_STANDARD_FRAME = 1514;

    private static final byte[] EMPTY = new byte[HEADER_LENGTH];
    private byte[] buffer = EMPTY;
    private int offset;
    private int length = HEADER_LENGTH;

    /** Checks and adopts {@code length} bytes at {@code offset}; returns {@link WireError#NONE} if usable. */
    public WireError wrap(byte[] buffer, int offset, int length) {
        if (buffer == null || offset < 0 || length < HEADER_LENGTH || offset > buffer.length - length) {
            reset();
            return WireError.TRUNCATED;
        }
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
        return WireError.NONE;
    }

    private void reset() {
        buffer = EMPTY;
        offset = 0;
        length = HEADER_LENGTH;
    }

    public long destination() { return NetworkBytes.u48(buffer, offset); }
    public long source() { return NetworkBytes.u48(buffer, offset + 6); }
    public int etherType() { return NetworkBytes.u16(buffer, offset + 12); }
    public byte[] buffer() { return buffer; }
    public int payloadOffset() { return offset + HEADER_LENGTH; }
    public int payloadLength() { return length - HEADER_LENGTH; }

    /** Writes an Ethernet II header at {@code offset}. */
    public static void writeHeader(byte[] buffer, int offset, long destination, long source, int etherType) {
        NetworkBytes.put48(buffer, offset, destination);
        NetworkBytes.put48(buffer, offset + 6, source);
        NetworkBytes.put16(buffer, offset + 12, etherType);
    }
}
