package dev.mayfly.net.socket;

import dev.mayfly.net.storage.RingBuffer;
import dev.mayfly.net.wire.TcpRepr;

/**
 * Where sockets hand their outgoing segments and datagrams: the interface implements it.
 *
 * <p>A send returns false when the segment cannot leave now (no transmit buffer, or the
 * next hop's link address is still unknown); the socket keeps its state and tries again later.
 */
public interface SegmentSink {
    /**
     * Sends a TCP segment described by {@code repr} whose {@code repr.payloadLength} payload bytes
     * are taken from {@code payload} starting {@code payloadOffset} bytes into its data.
     */
    boolean sendTcp(long nowMillis, int source, int destination, TcpRepr repr, RingBuffer payload, int payloadOffset);

    /** Sends a UDP datagram with the given payload. */
    boolean sendUdp(long nowMillis, int source, int destination, int sourcePort, int destinationPort,
                    byte[] payload, int offset, int length);
}
