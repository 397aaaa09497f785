package dev.mayfly.net.socket;

import dev.mayfly.net.storage.PacketRing;

/**
 * A UDP endpoint (RFC 768) bound to a local port, with fixed rings of datagrams in each direction.
 */
public final class UdpSocket {
    private final PacketRing rx;
    private final PacketRing tx;
    private int localPort;
    private int localAddress;

    /** Creates an unbound socket holding up to {@code slots} datagrams of {@code maxPayload} bytes per direction. */
    public UdpSocket(int slots, int maxPayload) {
        rx = new PacketRing(slots, maxPayload);
        tx = new PacketRing(slots, maxPayload);
    }

    /** Binds the socket to {@code port} on {@code address} (0 for any address). */
    public void bind(int address, int port) {
        if (port <= 0 || port > 0xffff) {
            throw new IllegalArgumentException("port " + port);
        }
        localAddress = address;
        localPort = port;
    }

    public int localPort() { return localPort; }
    public int localAddress() { return localAddress; }
    public boolean isBound() { return localPort != 0; }
    public boolean canReceive() { return !rx.isEmpty(); }
    public boolean canSend() { return !tx.isFull(); }

    /** Queues a datagram to {@code address:port}; returns false if the ring is full or it is too large. */
    public boolean sendTo(byte[] data, int off, int len, int address, int port) {
        return isBound() && tx.offer(data, off, len, address, port);
    }

    /**
     * Takes the oldest received datagram into {@code dst} (truncating it as {@code recvfrom} does)
     * and returns its length, or -1 if none is waiting. Its sender is then in
     * {@link #lastSourceAddress()} and {@link #lastSourcePort()}.
     */
    public int receiveFrom(byte[] dst, int off, int len) {
        if (rx.isEmpty()) {
            return -1;
        }
        int n = Math.min(len, rx.peekLength());
        System.arraycopy(rx.peekPayload(), 0, dst, off, n);
        lastSourceAddress = rx.peekAddress();
        lastSourcePort = rx.peekPort();
        rx.remove();
        return n;
    }

    private int lastSourceAddress;
    private int lastSourcePort;
    public int lastSourceAddress() { return lastSourceAddress; }
    public int lastSourcePort() { return lastSourcePort; }

    /** Returns whether the socket takes a datagram for {@code address:port}. */
    public boolean matches(int address, int port) {
        return isBound() && port == localPort && (localAddress == 0 || localAddress == address);
    }

    /** Stores a received datagram; returns false if the ring is full (the interface counts the drop). */
    public boolean deliver(byte[] data, int off, int len, int sourceAddress, int sourcePort) {
        return rx.offer(data, off, Math.min(len, rx.maxPayload()), sourceAddress, sourcePort);
    }

    /** Sends at most one queued datagram; returns whether one left. */
    public boolean dispatch(long now, int sourceAddress, SegmentSink sink) {
        if (tx.isEmpty()) {
            return false;
        }
        if (!sink.sendUdp(now, sourceAddress, tx.peekAddress(), localPort, tx.peekPort(), tx.peekPayload(), 0, tx.peekLength())) {
            return false;
        }
        tx.remove();
        return true;
    }

    /** Returns 0 if a datagram waits to be sent, else Long.MAX_VALUE. */
    public long pollAt() {
        return tx.isEmpty() ? Long.MAX_VALUE : 0;
    }
}
