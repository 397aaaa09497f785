package dev.mayfly.net.socket;

import dev.mayfly.net.wire.TcpRepr;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.mayfly.net.socket.TcpHarness.*;
import static org.junit.jupiter.api.Assertions.*;

/** Selective acknowledgment (RFC 2018) on both sides of a connection. */
class TcpSackTest {

    static TcpHarness establishWithSack(int rx, int tx) {
        TcpHarness h = new TcpHarness(rx, tx);
        h.socket.connect(h.now, LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        TcpRepr syn = h.pollOne();
        assertTrue(syn.sackPermitted, "SACK-permitted offered in the SYN");
        h.ourIss = syn.sequenceNumber;
        TcpRepr synAck = segment(TcpRepr.SYN | TcpRepr.ACK, PEER_ISS, h.ourIss + 1);
        synAck.mss = 1460;
        synAck.sackPermitted = true;
        h.deliver(synAck);
        h.pollOne();
        assertTrue(h.socket.sackEnabled());
        return h;
    }

    @Test
    void passiveSideAgreesToSackOnlyWhenOffered() {
        TcpHarness h = new TcpHarness();
        h.socket.listenFor(LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        TcpRepr syn = segment(TcpRepr.SYN, PEER_ISS, 0);
        syn.sackPermitted = true;
        h.deliver(syn);
        assertTrue(h.pollOne().sackPermitted);
        TcpHarness plain = new TcpHarness();
        plain.socket.listenFor(LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        plain.deliver(segment(TcpRepr.SYN, PEER_ISS, 0));
        assertFalse(plain.pollOne().sackPermitted);
        assertFalse(plain.socket.sackEnabled());
    }

    @Test
    void receiverReportsOutOfOrderBlocksMostRecentFirst() {
        TcpHarness h = establishWithSack(65535, 65535);
        int base = h.peerNxt;
        h.deliver(withPayload(segment(TcpRepr.ACK, base + 1000, h.socket.sendNext()), bytes(100)));
        h.deliver(withPayload(segment(TcpRepr.ACK, base + 3000, h.socket.sendNext()), bytes(100)));
        List<TcpRepr> acks = h.poll();
        TcpRepr last = acks.get(acks.size() - 1);
        assertEquals(base, last.acknowledgmentNumber);
        assertEquals(2, last.sackCount);
        assertEquals(base + 3000, last.sackLeft[0], "the block of the latest segment comes first");
        assertEquals(base + 3100, last.sackRight[0]);
        assertEquals(base + 1000, last.sackLeft[1]);
    }

    @Test
    void senderRetransmitsEveryLostHoleDuringOneRecovery() {
        TcpHarness h = establishWithSack(65535, 200_000);
        h.socket.setNoDelay(true);
        h.socket.write(bytes(100_000), 0, 100_000);
        // Grow the window: acknowledge everything for a few rounds.
        for (int i = 0; i < 4; i++) {
            h.poll();
            h.deliverAckOfAll();
        }
        List<TcpRepr> flight = h.poll();
        assertTrue(flight.size() >= 12, "enough in flight: " + flight.size());
        int mss = h.socket.sendMss();
        int una = h.socket.sendUnacknowledged();
        // Segments 0 and 4 are lost; the peer SACKs 1..3 and 5..n.
        int hole2 = una + 4 * mss;
        int end = h.socket.sendNext();
        for (int k = 1; k <= 3; k++) {
            TcpRepr dup = segment(TcpRepr.ACK, h.peerNxt, una);
            dup.sackCount = 2;
            dup.sackLeft[0] = una + mss;
            dup.sackRight[0] = una + (k + 1) * mss;
            dup.sackLeft[1] = hole2 + mss;
            dup.sackRight[1] = end;
            h.deliver(dup);
        }
        List<TcpRepr> out = h.poll();
        boolean first = out.stream().anyMatch(r -> r.sequenceNumber == una);
        assertTrue(first, "the first hole is retransmitted: " + out);
        TcpRepr dup = segment(TcpRepr.ACK, h.peerNxt, una);
        dup.sackCount = 2;
        dup.sackLeft[0] = una + mss;
        dup.sackRight[0] = hole2;
        dup.sackLeft[1] = hole2 + mss;
        dup.sackRight[1] = end;
        h.deliver(dup);
        out = h.poll();
        assertTrue(out.stream().anyMatch(r -> r.sequenceNumber == hole2),
                "the second hole is retransmitted before the first is acknowledged: " + out);
    }
}
