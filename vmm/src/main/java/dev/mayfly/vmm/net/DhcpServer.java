package dev.mayfly.vmm.net;

import dev.mayfly.net.iface.Interface;
import dev.mayfly.net.socket.UdpSocket;
import dev.mayfly.net.wire.ArpPacket;
import dev.mayfly.net.wire.DhcpMessage;
import dev.mayfly.net.wire.Ipv4Address;
import dev.mayfly.net.wire.NetworkBytes;
import dev.mayfly.net.wire.WireError;

/**
 * The user-mode network's DHCP server (RFC 2131) for its one guest: it offers and acknowledges one
 * address with mask, router, server identifier and lease times (RFC 2132), and NAKs requests for any
 * other address.
 *
 * <p>The lease is bound to the first client hardware address that asks; other clients are ignored
 * (and counted). Replies go by broadcast unless the client already has its address (ciaddr set, BROADCAST
 * flag clear), as RFC 2131 §4.1 allows. It runs on the gateway's thread.
 */
public final class DhcpServer {
    private static final int MAX_MESSAGE = 1472;

    private final int serverAddress;
    private final int leaseAddress;
    private final int netmask;
    private final int leaseSeconds;
    private final UdpSocket socket = new UdpSocket(8, MAX_MESSAGE);
    private final DhcpMessage request = new DhcpMessage();
    private final byte[] in = new byte[MAX_MESSAGE];
    private final byte[] out = new byte[MAX_MESSAGE];
    private long boundMac;
    private volatile long offers, acks, naks, ignored, malformed;

    /**
     * A server on {@code iface} (whose address is the server identifier and router) leasing
     * {@code leaseAddress}/{@code prefixLength} for {@code leaseSeconds}.
     */
    public DhcpServer(Interface iface, int leaseAddress, int prefixLength, int leaseSeconds) {
        this.serverAddress = iface.config().address();
        this.leaseAddress = leaseAddress;
        this.netmask = Ipv4Address.netmask(prefixLength);
        this.leaseSeconds = leaseSeconds;
        socket.bind(0, DhcpMessage.SERVER_PORT);
        iface.addSocket(socket);
    }

    public long offers() { return offers; }
    public long acks() { return acks; }
    public long naks() { return naks; }
    /** Messages not for this server: replies, other servers' clients, other hardware addresses, unsupported types. */
    public long ignored() { return ignored; }
    public long malformed() { return malformed; }

    /** Answers every request that has arrived; returns whether there was any. */
    public boolean serve() {
        boolean any = false;
        int n;
        while ((n = socket.receiveFrom(in, 0, in.length)) >= 0) {
            any = true;
            handle(n);
        }
        return any;
    }

    private void handle(int length) {
        if (request.parse(in, 0, length) != WireError.NONE) {
            malformed++;
            return;
        }
        if (request.op != DhcpMessage.OP_REQUEST || request.clientMac == 0) {
            ignored++;
            return;
        }
        if (boundMac != 0 && request.clientMac != boundMac) {
            ignored++;
            return;
        }
        switch (request.messageType) {
            case DhcpMessage.DISCOVER -> {
                reply(DhcpMessage.OFFER);
                offers++;
            }
            case DhcpMessage.REQUEST -> handleRequest();
            case DhcpMessage.RELEASE -> {
                if (request.clientAddress == leaseAddress) {
                    boundMac = 0;
                }
            }
            default -> ignored++; // DECLINE, INFORM, or a server's message type
        }
    }

    /** RFC 2131 §4.3.2: SELECTING (server id set), INIT-REBOOT (requested address), RENEWING/REBINDING (ciaddr). */
    private void handleRequest() {
        if (request.serverIdentifier != 0 && request.serverIdentifier != serverAddress) {
            ignored++; // the client chose another server
            return;
        }
        int wanted = request.requestedAddress != 0 ? request.requestedAddress : request.clientAddress;
        if (wanted == leaseAddress) {
            boundMac = request.clientMac;
            reply(DhcpMessage.ACK);
            acks++;
        } else {
            reply(DhcpMessage.NAK);
            naks++;
        }
    }

    /** Writes a reply per RFC 2131 §4.3.1, table 3, and queues it. */
    private void reply(int type) {
        java.util.Arrays.fill(out, 0, DhcpMessage.FIXED_LENGTH, (byte) 0);
        out[0] = (byte) DhcpMessage.OP_REPLY;
        out[1] = (byte) ArpPacket.HARDWARE_ETHERNET;
        out[2] = 6;
        NetworkBytes.put32(out, 4, request.transactionId);
        NetworkBytes.put16(out, 10, request.flags);
        boolean nak = type == DhcpMessage.NAK;
        if (type == DhcpMessage.ACK) {
            NetworkBytes.put32(out, 12, request.clientAddress);
        }
        NetworkBytes.put32(out, 16, nak ? 0 : leaseAddress);
        NetworkBytes.put32(out, 24, request.relayAddress);
        NetworkBytes.put48(out, 28, request.clientMac);
        NetworkBytes.put32(out, DhcpMessage.FIXED_LENGTH, DhcpMessage.MAGIC_COOKIE);
        int at = DhcpMessage.FIXED_LENGTH + 4;
        at = option8(at, DhcpMessage.OPTION_MESSAGE_TYPE, type);
        at = option32(at, DhcpMessage.OPTION_SERVER_IDENTIFIER, serverAddress);
        if (!nak) {
            at = option32(at, DhcpMessage.OPTION_LEASE_TIME, leaseSeconds);
            at = option32(at, DhcpMessage.OPTION_RENEWAL_TIME, leaseSeconds / 2);
            at = option32(at, DhcpMessage.OPTION_REBINDING_TIME, (int) (leaseSeconds * 7L / 8));
            at = option32(at, DhcpMessage.OPTION_SUBNET_MASK, netmask);
            at = option32(at, DhcpMessage.OPTION_ROUTER, serverAddress);
        }
        out[at++] = (byte) DhcpMessage.OPTION_END;
        boolean broadcast = nak || request.clientAddress == 0 || (request.flags & DhcpMessage.FLAG_BROADCAST) != 0;
        int destination = broadcast ? Ipv4Address.BROADCAST : request.clientAddress;
        if (!socket.sendTo(out, 0, at, destination, DhcpMessage.CLIENT_PORT)) {
            ignored++; // the send ring is full: the client retransmits
        }
    }

    private int option8(int at, int code, int value) {
        out[at] = (byte) code;
        out[at + 1] = 1;
        out[at + 2] = (byte) value;
        return at + 3;
    }

    private int option32(int at, int code, int value) {
        out[at] = (byte) code;
        out[at + 1] = 4;
        NetworkBytes.put32(out, at + 2, value);
        return at + 6;
    }
}
