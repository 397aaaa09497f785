package dev.mayfly.net.socket;

import dev.mayfly.net.wire.DhcpMessage;
import dev.mayfly.net.wire.Ipv4Address;

/**
 * A DHCP client (RFC 2131 §4.4): obtains an IPv4 address, netmask, router and DNS servers by
 * DISCOVER/OFFER/REQUEST/ACK, renews the lease at T1 by unicast, rebinds at T2 by broadcast, and
 * gives the address up when the lease expires.
 *
 * <p>The interface feeds it replies to port 68 with {@link #process} and collects its messages
 * with {@link #dispatch}; {@link #takeChange()} tells the interface to apply a new configuration.
 */
public final class DhcpClient {
    /** Client states of RFC 2131 figure 5 (INIT-REBOOT and REBOOTING are not used). */
    public enum State { INIT, SELECTING, REQUESTING, BOUND, RENEWING, REBINDING }

    /** First retransmission delay: 4 seconds, doubling up to 64 (RFC 2131 §4.1). */
    public static final int INITIAL_RETRANSMIT_MILLIS = 4000;
    /** Longest retransmission delay, 64 seconds (RFC 2131 §4.1). */
    public static final int MAX_RETRANSMIT_MILLIS = 64_000;
    /** REQUESTs sent in REQUESTING before starting over from INIT. */
    public static final int MAX_REQUESTS = 4;
    /** Shortest wait between renewal retries, 60 seconds (RFC 2131 §4.4.5). */
    public static final int MIN_RENEW_RETRY_MILLIS = 60_000;
    /** Wait before trying again when a message could not leave (no ARP entry yet, device full). */
    public static final int SEND_RETRY_MILLIS = 1000;

    private final long mac;
    private final byte[] scratch = new byte[576];
    private final DhcpMessage message = new DhcpMessage();
    private long random;
    private State state = State.INIT;
    private int transactionId;
    private long nextSendAt;
    private int retransmitDelay = INITIAL_RETRANSMIT_MILLIS;
    private int requestsSent;
    private long boundAt, t1At, t2At, expiresAt;
    private int offeredAddress, serverIdentifier;
    private int address, prefixLength, router, leaseSeconds;
    private final int[] dns = new int[DhcpMessage.MAX_DNS_SERVERS];
    private int dnsCount;
    private boolean changed;
    private int initialRetransmitMillis = INITIAL_RETRANSMIT_MILLIS;

    /** Creates a client for the interface with MAC {@code mac}; {@code seed} randomises transaction ids. */
    public DhcpClient(long mac, long seed) {
        this.mac = mac;
        this.random = seed ^ mac;
    }

    /** Shortens the first retransmission delay (for simulations); RFC 2131 §4.1 uses 4 s. */
    public void setInitialRetransmitMillis(int millis) {
        initialRetransmitMillis = Math.max(1, millis);
        retransmitDelay = initialRetransmitMillis;
    }

    public State state() { return state; }
    /** The leased address, or 0 while none is bound. */
    public int address() { return address; }
    public int prefixLength() { return prefixLength; }
    public int router() { return router; }
    public int dnsServerCount() { return dnsCount; }
    public int dnsServer(int i) { return dns[i]; }
    public int leaseSeconds() { return leaseSeconds; }
    public long renewAt() { return t1At; }

    /** Returns whether the configuration changed since the last call (bound, renewed elsewhere, or lost). */
    public boolean takeChange() {
        boolean c = changed;
        changed = false;
        return c;
    }

    /** Handles a DHCP message received on the client port. Returns false if it was not for us. */
    public boolean process(long now, DhcpMessage m) {
        if (m.op != DhcpMessage.OP_REPLY || m.transactionId != transactionId || m.clientMac != mac) {
            return false;
        }
        switch (state) {
            case SELECTING -> {
                if (m.messageType != DhcpMessage.OFFER || m.yourAddress == 0 || m.serverIdentifier == 0) {
                    return false;
                }
                offeredAddress = m.yourAddress;
                serverIdentifier = m.serverIdentifier;
                state = State.REQUESTING;
                requestsSent = 0;
                retransmitDelay = initialRetransmitMillis;
                nextSendAt = now;
                return true;
            }
            case REQUESTING, RENEWING, REBINDING -> {
                if (m.messageType == DhcpMessage.NAK) {
                    restart(now);
                    return true;
                }
                if (m.messageType != DhcpMessage.ACK || m.yourAddress == 0) {
                    return false;
                }
                bind(now, m);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void bind(long now, DhcpMessage m) {
        int newPrefix = m.subnetMask != 0 ? Ipv4Address.prefixLength(m.subnetMask) : 24;
        if (newPrefix < 0) {
            newPrefix = 24;
        }
        if (address != m.yourAddress || prefixLength != newPrefix || router != m.router) {
            changed = true;
        }
        address = m.yourAddress;
        prefixLength = newPrefix;
        router = m.router;
        if (m.serverIdentifier != 0) {
            serverIdentifier = m.serverIdentifier;
        }
        dnsCount = m.dnsServerCount;
        System.arraycopy(m.dnsServers, 0, dns, 0, dnsCount);
        leaseSeconds = m.leaseSeconds < 0 ? 3600 : m.leaseSeconds;
        long lease = leaseSeconds * 1000L;
        long t1 = m.renewalSeconds >= 0 ? m.renewalSeconds * 1000L : lease / 2;        // RFC 2131 §4.4.5: T1 = 0.5 lease
        long t2 = m.rebindingSeconds >= 0 ? m.rebindingSeconds * 1000L : lease * 7 / 8; // T2 = 0.875 lease
        boundAt = now;
        t1At = now + t1;
        t2At = now + Math.max(t1, t2);
        expiresAt = now + Math.max(lease, t2);
        state = State.BOUND;
        nextSendAt = t1At;
    }

    private void restart(long now) {
        if (address != 0) {
            changed = true;
        }
        address = 0;
        prefixLength = 0;
        router = 0;
        dnsCount = 0;
        state = State.INIT;
        retransmitDelay = initialRetransmitMillis;
        nextSendAt = now;
    }

    /** Sends the message that is due, if any; returns whether one left. */
    public boolean dispatch(long now, SegmentSink sink) {
        if (now < nextSendAt) {
            return false;
        }
        switch (state) {
            case INIT -> {
                transactionId = nextTransactionId();
                state = State.SELECTING;
                retransmitDelay = initialRetransmitMillis;
                return sendDiscover(now, sink);
            }
            case SELECTING -> {
                return sendDiscover(now, sink);
            }
            case REQUESTING -> {
                if (requestsSent >= MAX_REQUESTS) {
                    restart(now);
                    return false;
                }
                requestsSent++;
                return send(now, sink, DhcpMessage.REQUEST, 0, offeredAddress, serverIdentifier, Ipv4Address.BROADCAST, true);
            }
            case BOUND -> {
                state = State.RENEWING;
                transactionId = nextTransactionId();
                return renewOrRebind(now, sink);
            }
            case RENEWING, REBINDING -> {
                return renewOrRebind(now, sink);
            }
            default -> {
                return false;
            }
        }
    }

    private boolean renewOrRebind(long now, SegmentSink sink) {
        if (now >= expiresAt) {
            restart(now);
            return false;
        }
        if (state == State.RENEWING && now >= t2At) {
            state = State.REBINDING;
        }
        long deadline = state == State.RENEWING ? t2At : expiresAt;
        boolean broadcast = state == State.REBINDING;
        boolean sent = send(now, sink, DhcpMessage.REQUEST, address, 0, 0,
                broadcast ? Ipv4Address.BROADCAST : serverIdentifier, false);
        // RFC 2131 §4.4.5: wait half the remaining time, but at least 60 s.
        nextSendAt = sent ? Math.min(deadline, now + Math.max(MIN_RENEW_RETRY_MILLIS, (deadline - now) / 2))
                : Math.min(deadline, now + SEND_RETRY_MILLIS); // e.g. the server's MAC is being resolved
        return sent;
    }

    private boolean sendDiscover(long now, SegmentSink sink) {
        return send(now, sink, DhcpMessage.DISCOVER, 0, 0, 0, Ipv4Address.BROADCAST, true);
    }

    private boolean send(long now, SegmentSink sink, int type, int clientAddress, int requested, int server,
                         int destination, boolean backOff) {
        message.clear();
        message.op = DhcpMessage.OP_REQUEST;
        message.transactionId = transactionId;
        message.clientMac = mac;
        message.messageType = type;
        message.clientAddress = clientAddress;
        message.requestedAddress = requested;
        message.serverIdentifier = server;
        message.flags = clientAddress == 0 ? DhcpMessage.FLAG_BROADCAST : 0;
        int len = message.write(scratch, 0);
        boolean sent = sink.sendUdp(now, clientAddress, destination, DhcpMessage.CLIENT_PORT, DhcpMessage.SERVER_PORT, scratch, 0, len);
        if (backOff) {
            nextSendAt = now + retransmitDelay;
            retransmitDelay = Math.min(retransmitDelay * 2, MAX_RETRANSMIT_MILLIS);
        }
        return sent;
    }

    private int nextTransactionId() {
        long z = (random += 0x9e3779b97f4a7c15L);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        return (int) (z ^ (z >>> 31));
    }

    /** Returns when {@link #dispatch} next has something to do. */
    public long pollAt() {
        return nextSendAt;
    }
}
