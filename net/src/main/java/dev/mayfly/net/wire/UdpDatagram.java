package dev.mayfly.net.wire;

/**
 * A checked view of a UDP datagram (RFC 768); accessors never throw.
 *
 * <p>A checksum of zero means "none" over IPv4 and is accepted (RFC 768); any other checksum must
 * verify against the pseudo-header.
 */
public final class UdpDatagram {
    /** Source port, destination port, length and checksum. */
    public static final int HEADER_LENGTH = 8;

    private static final byte[] EMPTY = new byte[HEADER_LENGTH];
    private byte[] buffer = EMPTY;
    private int offset;
    private int length = HEADER_LENGTH;

    /** Checks the datagram at {@code offset} carried between {@code source} and {@code destination}. */
    public WireError wrap(byte[] b, int offset, int length, int source, int destination) {
        buffer = EMPTY;
        this.offset = 0;
        this.length = HEADER_LENGTH;
        if (b == null || offset < 0 || length < HEADER_LENGTH || offset > b.length - length) {
            return WireError.TRUNCATED;
        }
        int udpLength = NetworkBytes.u16(b, offset + 4);
        if (udpLength < HEADER_LENGTH || udpLength > length) {
            return WireError.BAD_LENGTH;
        }
        if (NetworkBytes.u16(b, offset + 6) != 0) {
            int sum = InternetChecksum.pseudoHeader(source, destination, Ipv4Packet.PROTOCOL_UDP, udpLength);
            if (InternetChecksum.finish(InternetChecksum.add(sum, b, offset, udpLength)) != 0) {
                return WireError.BAD_CHECKSUM;
            }
        }
        buffer = b;
        this.offset = offset;
        this.length = udpLength;
        return WireError.NONE;
    }

    public int sourcePort() { return NetworkBytes.u16(buffer, offset); }
    public int destinationPort() { return NetworkBytes.u16(buffer, offset + 2); }
    public byte[] buffer() { return buffer; }
    public int payloadOffset() { return offset + HEADER_LENGTH; }
    public int payloadLength() { return length - HEADER_LENGTH; }

    /** Writes a UDP header and its checksum over the {@code payloadLength} bytes that follow it. */
    public static void writeHeader(byte[] b, int offset, int source, int destination, int sourcePort, int destinationPort, int payloadLength) {
        int udpLength = HEADER_LENGTH + payloadLength;
        NetworkBytes.put16(b, offset, sourcePort);
        NetworkBytes.put16(b, offset + 2, destinationPort);
        NetworkBytes.put16(b, offset + 4, udpLength);
        NetworkBytes.put16(b, offset + 6, 0);
        int sum = InternetChecksum.pseudoHeader(source, destination, Ipv4Packet.PROTOCOL_UDP, udpLength);
        int checksum = InternetChecksum.finish(InternetChecksum.add(sum, b, offset, udpLength));
        NetworkBytes.put16(b, offset + 6, checksum == 0 ? 0xffff : checksum);
    }
}
