package dev.mayfly.net.wire;

/**
 * A DHCP message (RFC 2131 §2) with the options of RFC 2132 that a client needs, parsed from or
 * written to bytes.
 *
 * <p>{@link #parse} checks the fixed BOOTP part, the magic cookie and the option list once and
 * copies the fields out; a message without a DHCP message type (plain BOOTP) is
 * {@link WireError#UNSUPPORTED}.
 */
public final class DhcpMessage {
    /** UDP port of DHCP servers (RFC 2131 §4.1). */
    public static final int SERVER_PORT = 67;
    /** UDP port of DHCP clients (RFC 2131 §4.1). */
    public static final int CLIENT_PORT = 68;
    /** op: BOOTREQUEST (RFC 2131 §2). */
    public static final int OP_REQUEST = 1;
    /** op: BOOTREPLY (RFC 2131 §2). */
    public static final int OP_REPLY = 2;
    /** Length of the fixed part before the options (RFC 2131 §2, figure 1). */
    public static final int FIXED_LENGTH = 236;
    /** The magic cookie 99.130.83.99 that starts the options (RFC 2131 §3). */
    public static final int MAGIC_COOKIE = 0x63825363;
    /** The BROADCAST bit of the flags field (RFC 2131 §2). */
    public static final int FLAG_BROADCAST = 0x8000;

    /** DHCP message types, option 53 (RFC 2132 §9.6). */
    public static final int DISCOVER = 1, OFFER = 2, REQUEST = 3, DECLINE = 4, ACK = 5, NAK = 6, RELEASE = 7, INFORM = 8;

    /** Option codes (RFC 2132). */
    public static final int OPTION_PAD = 0, OPTION_SUBNET_MASK = 1, OPTION_ROUTER = 3, OPTION_DNS = 6,
            OPTION_REQUESTED_ADDRESS = 50, OPTION_LEASE_TIME = 51, OPTION_MESSAGE_TYPE = 53,
            OPTION_SERVER_IDENTIFIER = 54, OPTION_PARAMETER_REQUEST_LIST = 55, OPTION_MAX_MESSAGE_SIZE = 57,
            OPTION_RENEWAL_TIME = 58, OPTION_REBINDING_TIME = 59, OPTION_CLIENT_IDENTIFIER = 61, OPTION_END = 255;

    /** The most DNS servers kept from option 6. */
    public static final int MAX_DNS_SERVERS = 3;

    public int op;
    public int transactionId;
    public int secs;
    public int flags;
    public int clientAddress;
    public int yourAddress;
    public int serverAddress;
    public int relayAddress;
    public long clientMac;
    public int messageType;
    public int serverIdentifier;
    public int requestedAddress;
    public int subnetMask;
    public int router;
    public final int[] dnsServers = new int[MAX_DNS_SERVERS];
    public int dnsServerCount;
    /** Lease time in seconds, or -1 if absent. Unsigned values above 2^31 read as "infinite" (0x7fffffff). */
    public int leaseSeconds = -1;
    public int renewalSeconds = -1;
    public int rebindingSeconds = -1;

    /** Resets every field to "absent". */
    public DhcpMessage clear() {
        op = transactionId = secs = flags = clientAddress = yourAddress = serverAddress = relayAddress = 0;
        clientMac = 0;
        messageType = serverIdentifier = requestedAddress = subnetMask = router = dnsServerCount = 0;
        leaseSeconds = renewalSeconds = rebindingSeconds = -1;
        return this;
    }

    /** Parses the message at {@code offset}; on rejection the fields are cleared. */
    public WireError parse(byte[] b, int offset, int length) {
        clear();
        if (b == null || offset < 0 || length < FIXED_LENGTH + 4 || offset > b.length - length) {
            return WireError.TRUNCATED;
        }
        if (NetworkBytes.u8(b, offset + 1) != ArpPacket.HARDWARE_ETHERNET || NetworkBytes.u8(b, offset + 2) != 6) {
            return WireError.UNSUPPORTED;
        }
        if (NetworkBytes.u32(b, offset + FIXED_LENGTH) != MAGIC_COOKIE) {
            return WireError.UNSUPPORTED;
        }
        int end = offset + length;
        int at = offset + FIXED_LENGTH + 4;
        boolean ended = false;
        while (at < end) {
            int code = b[at] & 0xff;
            if (code == OPTION_PAD) {
                at++;
                continue;
            }
            if (code == OPTION_END) {
                ended = true;
                break;
            }
            if (at + 1 >= end) {
                clear();
                return WireError.MALFORMED_OPTION;
            }
            int len = b[at + 1] & 0xff;
            int data = at + 2;
            if (data + len > end || !readOption(b, code, data, len)) {
                clear();
                return WireError.MALFORMED_OPTION;
            }
            at = data + len;
        }
        if (!ended || messageType < DISCOVER || messageType > INFORM) {
            clear();
            return ended ? WireError.UNSUPPORTED : WireError.MALFORMED_OPTION;
        }
        op = NetworkBytes.u8(b, offset);
        transactionId = NetworkBytes.u32(b, offset + 4);
        secs = NetworkBytes.u16(b, offset + 8);
        flags = NetworkBytes.u16(b, offset + 10);
        clientAddress = NetworkBytes.u32(b, offset + 12);
        yourAddress = NetworkBytes.u32(b, offset + 16);
        serverAddress = NetworkBytes.u32(b, offset + 20);
        relayAddress = NetworkBytes.u32(b, offset + 24);
        clientMac = NetworkBytes.u48(b, offset + 28);
        return WireError.NONE;
    }

    private boolean readOption(byte[] b, int code, int at, int len) {
        switch (code) {
            case OPTION_MESSAGE_TYPE -> {
                if (len != 1) return false;
                messageType = b[at] & 0xff;
            }
            case OPTION_SUBNET_MASK -> {
                if (len != 4) return false;
                subnetMask = NetworkBytes.u32(b, at);
            }
            case OPTION_ROUTER -> {
                if (len < 4 || len % 4 != 0) return false;
                router = NetworkBytes.u32(b, at);
            }
            case OPTION_DNS -> {
                if (len < 4 || len % 4 != 0) return false;
                dnsServerCount = Math.min(len / 4, MAX_DNS_SERVERS);
                for (int i = 0; i < dnsServerCount; i++) {
                    dnsServers[i] = NetworkBytes.u32(b, at + 4 * i);
                }
            }
            case OPTION_SERVER_IDENTIFIER -> {
                if (len != 4) return false;
                serverIdentifier = NetworkBytes.u32(b, at);
            }
            case OPTION_REQUESTED_ADDRESS -> {
                if (len != 4) return false;
                requestedAddress = NetworkBytes.u32(b, at);
            }
            case OPTION_LEASE_TIME -> {
                if (len != 4) return false;
                leaseSeconds = seconds(NetworkBytes.u32(b, at));
            }
            case OPTION_RENEWAL_TIME -> {
                if (len != 4) return false;
                renewalSeconds = seconds(NetworkBytes.u32(b, at));
            }
            case OPTION_REBINDING_TIME -> {
                if (len != 4) return false;
                rebindingSeconds = seconds(NetworkBytes.u32(b, at));
            }
            default -> { }
        }
        return true;
    }

    private static int seconds(int unsigned) {
        return unsigned < 0 ? Integer.MAX_VALUE : unsigned;
    }

    /** Returns the number of bytes {@link #write} produces. */
    public int length() {
        int options = 3; // message type
        if (messageType == DISCOVER || messageType == REQUEST) options += 2 + 4; // parameter request list
        options += 2 + 2; // max message size
        options += 2 + 7; // client identifier
        if (requestedAddress != 0) options += 6;
        if (serverIdentifier != 0) options += 6;
        if (subnetMask != 0) options += 6;
        if (router != 0) options += 6;
        if (leaseSeconds >= 0) options += 6;
        return FIXED_LENGTH + 4 + options + 1;
    }

    /** Writes the message at {@code offset} and returns its length. */
    public int write(byte[] b, int offset) {
        int length = length();
        java.util.Arrays.fill(b, offset, offset + FIXED_LENGTH, (byte) 0);
        b[offset] = (byte) op;
        b[offset + 1] = (byte) ArpPacket.HARDWARE_ETHERNET;
        b[offset + 2] = 6;
        NetworkBytes.put32(b, offset + 4, transactionId);
        NetworkBytes.put16(b, offset + 8, secs);
        NetworkBytes.put16(b, offset + 10, flags);
        NetworkBytes.put32(b, offset + 12, clientAddress);
        NetworkBytes.put32(b, offset + 16, yourAddress);
        NetworkBytes.put32(b, offset + 20, serverAddress);
        NetworkBytes.put32(b, offset + 24, relayAddress);
        NetworkBytes.put48(b, offset + 28, clientMac);
        NetworkBytes.put32(b, offset + FIXED_LENGTH, MAGIC_COOKIE);
        int at = offset + FIXED_LENGTH + 4;
        b[at++] = OPTION_MESSAGE_TYPE;
        b[at++] = 1;
        b[at++] = (byte) messageType;
        if (messageType == DISCOVER || messageType == REQUEST) {
            b[at++] = (byte) OPTION_PARAMETER_REQUEST_LIST;
            b[at++] = 4;
            b[at++] = OPTION_SUBNET_MASK;
            b[at++] = OPTION_ROUTER;
            b[at++] = OPTION_DNS;
            b[at++] = (byte) OPTION_LEASE_TIME;
        }
        b[at++] = (byte) OPTION_MAX_MESSAGE_SIZE;
        b[at++] = 2;
        NetworkBytes.put16(b, at, 1500);
        at += 2;
        b[at++] = (byte) OPTION_CLIENT_IDENTIFIER;
        b[at++] = 7;
        b[at++] = (byte) ArpPacket.HARDWARE_ETHERNET;
        NetworkBytes.put48(b, at, clientMac);
        at += 6;
        at = writeAddressOption(b, at, OPTION_REQUESTED_ADDRESS, requestedAddress);
        at = writeAddressOption(b, at, OPTION_SERVER_IDENTIFIER, serverIdentifier);
        at = writeAddressOption(b, at, OPTION_SUBNET_MASK, subnetMask);
        at = writeAddressOption(b, at, OPTION_ROUTER, router);
        if (leaseSeconds >= 0) {
            b[at++] = (byte) OPTION_LEASE_TIME;
            b[at++] = 4;
            NetworkBytes.put32(b, at, leaseSeconds);
            at += 4;
        }
        b[at] = (byte) OPTION_END;
        return length;
    }

    private static int writeAddressOption(byte[] b, int at, int code, int address) {
        if (address == 0) {
            return at;
        }
        b[at] = (byte) code;
        b[at + 1] = 4;
        NetworkBytes.put32(b, at + 2, address);
        return at + 6;
    }
}
