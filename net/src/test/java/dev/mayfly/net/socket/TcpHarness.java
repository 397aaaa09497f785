package dev.mayfly.net.socket;

import dev.mayfly.net.NetStatistics;
import dev.mayfly.net.storage.RingBuffer;
import dev.mayfly.net.wire.Ipv4Address;
import dev.mayfly.net.wire.TcpRepr;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Drives one {@link TcpSocket} directly: hands it crafted segments and captures what it sends. */
final class TcpHarness implements SegmentSink {
    static final int LOCAL = Ipv4Address.of(10, 0, 0, 1);
    static final int REMOTE = Ipv4Address.of(10, 0, 0, 2);
    static final int LOCAL_PORT = 80;
    static final int REMOTE_PORT = 40000;
    static final int PEER_ISS = 1_000_000;

    final TcpSocket socket;
    final NetStatistics stats = new NetStatistics();
    final List<TcpRepr> sent = new ArrayList<>();
    final List<byte[]> payloads = new ArrayList<>();
    long now = 1000;
    int ourIss;
    /** The next sequence number the simulated peer sends. */
    int peerNxt = PEER_ISS + 1;
    boolean refuse;

    TcpHarness(int rx, int tx) {
        socket = new TcpSocket(rx, tx);
        socket.attach(stats, new InitialSequenceNumbers(7));
    }

    TcpHarness() {
        this(65535, 65535);
    }

    @Override
    public boolean sendTcp(long nowMillis, int source, int destination, TcpRepr repr, RingBuffer payload, int payloadOffset) {
        if (refuse) {
            return false;
        }
        assertEquals(LOCAL, source);
        assertEquals(REMOTE, destination);
        TcpRepr copy = new TcpRepr();
        copy.sourcePort = repr.sourcePort;
        copy.destinationPort = repr.destinationPort;
        copy.sequenceNumber = repr.sequenceNumber;
        copy.acknowledgmentNumber = repr.acknowledgmentNumber;
        copy.flags = repr.flags;
        copy.window = repr.window;
        copy.mss = repr.mss;
        copy.windowScale = repr.windowScale;
        copy.sackPermitted = repr.sackPermitted;
        copy.hasTimestamps = repr.hasTimestamps;
        copy.timestampValue = repr.timestampValue;
        copy.timestampEcho = repr.timestampEcho;
        copy.sackCount = repr.sackCount;
        System.arraycopy(repr.sackLeft, 0, copy.sackLeft, 0, repr.sackCount);
        System.arraycopy(repr.sackRight, 0, copy.sackRight, 0, repr.sackCount);
        copy.payloadLength = repr.payloadLength;
        byte[] data = new byte[repr.payloadLength];
        if (repr.payloadLength > 0) {
            payload.peek(payloadOffset, data, 0, data.length);
        }
        copy.payloadBuffer = data;
        sent.add(copy);
        payloads.add(data);
        return true;
    }

    @Override
    public boolean sendUdp(long nowMillis, int source, int destination, int sourcePort, int destinationPort, byte[] payload, int offset, int length) {
        throw new AssertionError("no UDP expected");
    }

    /** Dispatches everything due now and returns the segments sent. */
    List<TcpRepr> poll() {
        int before = sent.size();
        for (int i = 0; i < 1000 && socket.dispatch(now, this); i++) { }
        return new ArrayList<>(sent.subList(before, sent.size()));
    }

    /** Dispatches and expects exactly one segment. */
    TcpRepr pollOne() {
        List<TcpRepr> out = poll();
        assertEquals(1, out.size(), "segments sent: " + out);
        return out.get(0);
    }

    void expectSilence() {
        List<TcpRepr> out = poll();
        assertTrue(out.isEmpty(), "unexpected segments: " + out);
    }

    void advance(long millis) {
        now += millis;
    }

    /** Advances to the socket's next deadline. */
    void advanceToDeadline() {
        long at = socket.pollAt();
        assertNotEquals(Long.MAX_VALUE, at, "no deadline");
        now = Math.max(now, at);
    }

    static TcpRepr segment(int flags, int seq, int ack) {
        TcpRepr r = new TcpRepr();
        r.sourcePort = REMOTE_PORT;
        r.destinationPort = LOCAL_PORT;
        r.sequenceNumber = seq;
        r.acknowledgmentNumber = ack;
        r.flags = flags;
        r.window = 65535;
        r.payloadBuffer = new byte[0];
        return r;
    }

    static TcpRepr withPayload(TcpRepr r, byte[] data) {
        r.payloadBuffer = data;
        r.payloadOffset = 0;
        r.payloadLength = data.length;
        return r;
    }

    void deliver(TcpRepr r) {
        socket.process(now, r);
    }

    /** Sends the peer's next data segment (with ACK of everything we sent) and advances peerNxt. */
    void deliverData(byte[] data) {
        deliver(withPayload(segment(TcpRepr.ACK | TcpRepr.PSH, peerNxt, socket.sendNext()), data));
        peerNxt += data.length;
    }

    /** Acknowledges everything we sent so far. */
    void deliverAckOfAll() {
        deliver(segment(TcpRepr.ACK, peerNxt, socket.sendNext()));
    }

    /** Active open through to ESTABLISHED, the peer offering MSS 1460 and no other option. */
    void establishActive() {
        socket.connect(now, LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        TcpRepr syn = pollOne();
        ourIss = syn.sequenceNumber;
        TcpRepr synAck = segment(TcpRepr.SYN | TcpRepr.ACK, PEER_ISS, ourIss + 1);
        synAck.mss = 1460;
        deliver(synAck);
        assertEquals(TcpState.ESTABLISHED, socket.state());
        TcpRepr ack = pollOne();
        assertEquals(TcpRepr.ACK, ack.flags);
    }

    /** Passive open through to ESTABLISHED. */
    void establishPassive() {
        socket.listenFor(LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        TcpRepr syn = segment(TcpRepr.SYN, PEER_ISS, 0);
        syn.mss = 1460;
        deliver(syn);
        TcpRepr synAck = pollOne();
        ourIss = synAck.sequenceNumber;
        deliver(segment(TcpRepr.ACK, PEER_ISS + 1, ourIss + 1));
        assertEquals(TcpState.ESTABLISHED, socket.state());
    }

    static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) (i * 7 + 1);
        return b;
    }
}
