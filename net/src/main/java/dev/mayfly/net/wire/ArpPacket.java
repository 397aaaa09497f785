package dev.mayfly.net.wire;

/**
 * A checked view and value of an ARP packet for Ethernet and IPv4 (RFC 826); other hardware or
 * protocol types are rejected as {@link WireError#UNSUPPORTED}.
 *
 * <p>ARP packets are small and fixed, so the view copies its fields out once in {@link #wrap}.
 */
public final class ArpPacket {
    /** Length of an Ethernet/IPv4 ARP packet. */
    public static final int LENGTH = 28;
    /** ar$hrd for Ethernet (RFC 826). */
    public static final int HARDWARE_ETHERNET = 1;
    /** ar$op for a request (RFC 826). */
    public static final int OPERATION_REQUEST = 1;
    /** ar$op for a reply (RFC 826). */
    public static final int OPERATION_REPLY = 2;

    private int operation;
    private long senderMac;
    private int senderIp;
    private long targetMac;
    private int targetIp;

    /** Parses the ARP packet at {@code offset}; returns {@link WireError#NONE} if usable. */
    public WireError wrap(byte[] b, int offset, int length) {
        operation = 0;
        if (b == null || offset < 0 || length < LENGTH || offset > b.length - length) {
            return WireError.TRUNCATED;
        }
        if (NetworkBytes.u16(b, offset) != HARDWARE_ETHERNET || NetworkBytes.u16(b, offset + 2) != EthernetFrame.ETHERTYPE_IPV4
                || NetworkBytes.u8(b, offset + 4) != 6 || NetworkBytes.u8(b, offset + 5) != 4) {
            return WireError.UNSUPPORTED;
        }
        int op = NetworkBytes.u16(b, offset + 6);
        if (op != OPERATION_REQUEST && op != OPERATION_REPLY) {
            return WireError.UNSUPPORTED;
        }
        operation = op;
        senderMac = NetworkBytes.u48(b, offset + 8);
        senderIp = NetworkBytes.u32(b, offset + 14);
        targetMac = NetworkBytes.u48(b, offset + 18);
        targetIp = NetworkBytes.u32(b, offset + 24);
        return WireError.NONE;
    }

    public int operation() { return operation; }
    public long senderMac() { return senderMac; }
    public int senderIp() { return senderIp; }
    public long targetMac() { return targetMac; }
    public int targetIp() { return targetIp; }

    /** Writes an Ethernet/IPv4 ARP packet of {@link #LENGTH} bytes at {@code offset}. */
    public static void write(byte[] b, int offset, int operation, long senderMac, int senderIp, long targetMac, int targetIp) {
        NetworkBytes.put16(b, offset, HARDWARE_ETHERNET);
        NetworkBytes.put16(b, offset + 2, EthernetFrame.ETHERTYPE_IPV4);
        b[offset + 4] = 6;
        b[offset + 5] = 4;
        NetworkBytes.put16(b, offset + 6, operation);
        NetworkBytes.put48(b, offset + 8, senderMac);
        NetworkBytes.put32(b, offset + 14, senderIp);
        NetworkBytes.put48(b, offset + 18, targetMac);
        NetworkBytes.put32(b, offset + 24, targetIp);
    }
}
