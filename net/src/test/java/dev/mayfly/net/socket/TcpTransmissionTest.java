package dev.mayfly.net.socket;

import dev.mayfly.net.NetCounter;
import dev.mayfly.net.wire.TcpRepr;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.mayfly.net.socket.TcpHarness.*;
import static org.junit.jupiter.api.Assertions.*;

/** Data transfer behaviour of one socket: windows, acknowledgments, timers and congestion control. */
class TcpTransmissionTest {

    @Test
    void deliversInOrderDataAndDelaysTheAck() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.deliverData(bytes(100));
        h.expectSilence();
        assertEquals(100, h.socket.bytesToRead());
        h.advance(TcpSocket.DEFAULT_ACK_DELAY_MILLIS);
        TcpRepr ack = h.pollOne();
        assertEquals(h.peerNxt, ack.acknowledgmentNumber);
        byte[] got = new byte[100];
        assertEquals(100, h.socket.read(got, 0, 100));
        assertArrayEquals(bytes(100), got);
    }

    @Test
    void acksEverySecondFullSegmentAtOnce() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.deliverData(bytes(1460));
        h.expectSilence();
        h.deliverData(bytes(1460));
        assertEquals(h.peerNxt, h.pollOne().acknowledgmentNumber);
    }

    @Test
    void reassemblesOutOfOrderDataAndSendsDuplicateAcks() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        int base = h.peerNxt;
        byte[] all = bytes(300);
        byte[] second = java.util.Arrays.copyOfRange(all, 100, 200);
        byte[] third = java.util.Arrays.copyOfRange(all, 200, 300);
        h.deliver(withPayload(segment(TcpRepr.ACK, base + 200, h.socket.sendNext()), third));
        h.deliver(withPayload(segment(TcpRepr.ACK, base + 100, h.socket.sendNext()), second));
        List<TcpRepr> dupAcks = h.poll();
        assertEquals(2, dupAcks.size(), "one duplicate ACK per out-of-order segment");
        assertEquals(base, dupAcks.get(0).acknowledgmentNumber);
        assertEquals(0, h.socket.bytesToRead());
        h.deliver(withPayload(segment(TcpRepr.ACK, base, h.socket.sendNext()), java.util.Arrays.copyOfRange(all, 0, 100)));
        assertEquals(base + 300, h.pollOne().acknowledgmentNumber, "filling the hole is acknowledged at once");
        byte[] got = new byte[300];
        assertEquals(300, h.socket.read(got, 0, 300));
        assertArrayEquals(all, got);
    }

    @Test
    void trimsRetransmittedOverlapAndKeepsOnlyNewBytes() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        int base = h.peerNxt;
        byte[] all = bytes(200);
        h.deliver(withPayload(segment(TcpRepr.ACK, base, h.socket.sendNext()), java.util.Arrays.copyOf(all, 120)));
        h.deliver(withPayload(segment(TcpRepr.ACK, base + 50, h.socket.sendNext()), java.util.Arrays.copyOfRange(all, 50, 200)));
        byte[] got = new byte[200];
        assertEquals(200, h.socket.read(got, 0, 200));
        assertArrayEquals(all, got);
    }

    @Test
    void dropsOutOfWindowSegmentAndAnswersWithAck() {
        TcpHarness h = new TcpHarness(1000, 1000);
        h.establishActive();
        h.deliver(withPayload(segment(TcpRepr.ACK, h.peerNxt + 5000, h.socket.sendNext()), bytes(10)));
        assertEquals(0, h.socket.bytesToRead());
        assertEquals(1, h.stats.get(NetCounter.TCP_DROP_OUT_OF_WINDOW));
        assertEquals(h.peerNxt, h.pollOne().acknowledgmentNumber);
        h.deliver(withPayload(segment(TcpRepr.ACK, h.peerNxt - 500, h.socket.sendNext()), bytes(10)));
        assertEquals(2, h.stats.get(NetCounter.TCP_DROP_OUT_OF_WINDOW));
    }

    @Test
    void truncatesDataBeyondTheReceiveWindow() {
        TcpHarness h = new TcpHarness(100, 1000);
        h.establishActive();
        h.deliver(withPayload(segment(TcpRepr.ACK, h.peerNxt, h.socket.sendNext()), bytes(150)));
        assertEquals(100, h.socket.bytesToRead());
        h.advance(100);
        TcpRepr ack = h.pollOne();
        assertEquals(h.peerNxt + 100, ack.acknowledgmentNumber);
        assertEquals(0, ack.window);
    }

    @Test
    void ackAboveWhatWasSentIsChallengedAndNotProcessed() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.write(bytes(10), 0, 10);
        h.pollOne();
        int una = h.socket.sendUnacknowledged();
        h.deliver(segment(TcpRepr.ACK, h.peerNxt, una + 1000));
        assertEquals(una, h.socket.sendUnacknowledged());
        assertEquals(1, h.stats.get(NetCounter.TCP_DROP_UNACCEPTABLE_ACK));
        assertEquals(TcpRepr.ACK, h.pollOne().flags);
    }

    @Test
    void honoursPeerMssAndCongestionWindow() {
        TcpHarness h = new TcpHarness(65535, 100_000);
        h.socket.connect(h.now, LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        int iss = h.pollOne().sequenceNumber;
        TcpRepr synAck = segment(TcpRepr.SYN | TcpRepr.ACK, PEER_ISS, iss + 1);
        synAck.mss = 1000;
        h.deliver(synAck);
        h.poll();
        h.socket.write(bytes(10_000), 0, 10_000);
        List<TcpRepr> burst = h.poll();
        assertEquals(4, burst.size(), "initial window: min(4*MSS, max(2*MSS, 4380)) = 4 segments (RFC 5681 §3.1)");
        for (TcpRepr r : burst) {
            assertEquals(1000, r.payloadLength);
        }
    }

    @Test
    void appliesPeerWindowScaleToItsWindow() {
        TcpHarness h = new TcpHarness(1 << 20, 1 << 20);
        h.socket.connect(h.now, LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        int iss = h.pollOne().sequenceNumber;
        TcpRepr synAck = segment(TcpRepr.SYN | TcpRepr.ACK, PEER_ISS, iss + 1);
        synAck.windowScale = 3;
        synAck.window = 1000;
        h.deliver(synAck);
        assertTrue(h.socket.windowScaling());
        assertEquals(1000, h.socket.sendWindow(), "the SYN's own window is not scaled");
        TcpRepr ack = h.pollOne();
        assertEquals((1 << 20) >> 5, ack.window, "our window is sent scaled by our shift");
        h.deliver(segment(TcpRepr.ACK, PEER_ISS + 1, iss + 1));
        assertEquals(65535 << 3, h.socket.sendWindow());
    }

    @Test
    void withoutPeerWindowScaleNeitherSideScales() {
        TcpHarness h = new TcpHarness(1 << 20, 1 << 20);
        h.establishActive();
        assertFalse(h.socket.windowScaling());
        assertEquals(0, h.socket.receiveWindowShift());
        h.deliverData(bytes(10));
        h.advance(100);
        assertEquals(65535, h.pollOne().window, "window capped at 65535 without scaling");
    }

    @Test
    void negotiatesTimestampsAndEchoesThePeersValue() {
        TcpHarness h = new TcpHarness();
        h.socket.connect(h.now, LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        int iss = h.pollOne().sequenceNumber;
        TcpRepr synAck = segment(TcpRepr.SYN | TcpRepr.ACK, PEER_ISS, iss + 1);
        synAck.mss = 1460;
        synAck.hasTimestamps = true;
        synAck.timestampValue = 4242;
        h.deliver(synAck);
        assertTrue(h.socket.timestampsEnabled());
        assertEquals(1448, h.socket.sendMss(), "12 bytes of the MSS go to the timestamps option");
        TcpRepr ack = h.pollOne();
        assertTrue(ack.hasTimestamps);
        assertEquals(4242, ack.timestampEcho);
    }

    @Test
    void retransmitsAfterTimeoutWithExponentialBackoff() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.write(bytes(100), 0, 100);
        TcpRepr first = h.pollOne();
        long sentAt = h.now;
        h.advanceToDeadline();
        long rto1 = h.now - sentAt;
        TcpRepr again = h.pollOne();
        assertEquals(first.sequenceNumber, again.sequenceNumber);
        assertEquals(100, again.payloadLength);
        long resentAt = h.now;
        h.advanceToDeadline();
        assertEquals(2 * rto1, h.now - resentAt, "RFC 6298 §5.5: the timeout doubles");
        h.pollOne();
        assertTrue(h.stats.get(NetCounter.TCP_RETRANSMISSION_TIMEOUTS) >= 2);
    }

    @Test
    void givesUpAfterMaxRetransmissionsAndResets() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.setMaxRetransmissions(3, 3);
        h.socket.write(bytes(100), 0, 100);
        h.pollOne();
        for (int i = 0; i < 3; i++) {
            h.advanceToDeadline();
            h.pollOne();
        }
        h.advanceToDeadline();
        TcpRepr rst = h.pollOne();
        assertEquals(TcpRepr.RST, rst.flags);
        assertEquals(TcpState.CLOSED, h.socket.state());
        assertEquals(TcpError.TIMED_OUT, h.socket.error());
    }

    @Test
    void fastRetransmitsOnTheThirdDuplicateAck() {
        TcpHarness h = new TcpHarness(65535, 100_000);
        h.establishActive();
        h.socket.write(bytes(20_000), 0, 20_000);
        // Open the congestion window so enough segments are in flight.
        List<TcpRepr> burst = h.poll();
        int una = h.socket.sendUnacknowledged();
        h.deliver(segment(TcpRepr.ACK, h.peerNxt, una + 1460));
        burst = h.poll();
        int hole = h.socket.sendUnacknowledged();
        for (int i = 0; i < 2; i++) {
            h.deliver(segment(TcpRepr.ACK, h.peerNxt, hole));
        }
        List<TcpRepr> limited = h.poll();
        for (TcpRepr r : limited) {
            assertNotEquals(hole, r.sequenceNumber, "limited transmit sends new data, not the hole");
        }
        h.deliver(segment(TcpRepr.ACK, h.peerNxt, hole));
        List<TcpRepr> out = h.poll();
        assertFalse(out.isEmpty());
        assertEquals(hole, out.get(0).sequenceNumber, "the hole is retransmitted first");
        assertEquals(1, h.stats.get(NetCounter.TCP_FAST_RETRANSMITS));
        assertEquals(0, h.stats.get(NetCounter.TCP_RETRANSMISSION_TIMEOUTS));
    }

    @Test
    void nagleHoldsSmallSegmentWhileDataIsUnacknowledged() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.write(bytes(10), 0, 10);
        assertEquals(10, h.pollOne().payloadLength);
        h.socket.write(bytes(10), 0, 10);
        h.expectSilence();
        h.deliverAckOfAll();
        assertEquals(10, h.pollOne().payloadLength);
    }

    @Test
    void noDelaySendsSmallSegmentsAtOnce() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.setNoDelay(true);
        h.socket.write(bytes(10), 0, 10);
        h.pollOne();
        h.socket.write(bytes(10), 0, 10);
        assertEquals(10, h.pollOne().payloadLength);
    }

    @Test
    void probesZeroWindowWithBackoffAndResumesWhenItOpens() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        TcpRepr closed = segment(TcpRepr.ACK, h.peerNxt, h.socket.sendNext());
        closed.window = 0;
        h.deliver(closed);
        assertEquals(0, h.socket.sendWindow());
        h.socket.write(bytes(100), 0, 100);
        h.expectSilence();
        h.advanceToDeadline();
        TcpRepr probe = h.pollOne();
        assertEquals(h.socket.sendUnacknowledged() - 1, probe.sequenceNumber, "probe below SND.UNA elicits an ACK");
        long first = h.now;
        h.advanceToDeadline();
        h.pollOne();
        assertTrue(h.now - first >= 2000, "probes back off");
        assertEquals(2, h.stats.get(NetCounter.TCP_ZERO_WINDOW_PROBES));
        h.deliver(segment(TcpRepr.ACK, h.peerNxt, h.socket.sendNext()));
        assertEquals(100, h.pollOne().payloadLength);
        assertEquals(TcpState.ESTABLISHED, h.socket.state());
    }

    @Test
    void sendsWindowUpdateWhenReadingReopensAClosedWindow() {
        TcpHarness h = new TcpHarness(4000, 1000);
        h.establishActive();
        h.deliverData(bytes(1460));
        h.deliverData(bytes(1460));
        h.deliverData(bytes(1080));
        assertEquals(0, h.pollOne().window);
        h.socket.read(new byte[4000], 0, 4000);
        TcpRepr update = h.pollOne();
        assertEquals(4000, update.window);
    }

    @Test
    void keepAliveProbesAnIdleConnectionAndGivesUp() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.setKeepAlive(true, 10_000, 1_000, 3);
        h.advance(10_000);
        TcpRepr probe = h.pollOne();
        assertEquals(h.socket.sendUnacknowledged() - 1, probe.sequenceNumber);
        h.deliverAckOfAll(); // an answer resets the count
        h.advance(10_000);
        h.pollOne();
        for (int i = 0; i < 2; i++) {
            h.advance(1_000);
            h.pollOne();
        }
        h.advance(1_000);
        assertEquals(TcpRepr.RST, h.pollOne().flags);
        assertEquals(TcpError.TIMED_OUT, h.socket.error());
    }

    @Test
    void writeIsRefusedAfterShutdown() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.shutdownOutput();
        assertEquals(-1, h.socket.write(bytes(1), 0, 1));
        assertFalse(h.socket.canWrite());
    }

    @Test
    void segmentsStayQueuedWhileTheLinkRefusesThem() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.write(bytes(10), 0, 10);
        h.refuse = true;
        h.poll();
        assertEquals(0, h.socket.pollAt(), "still due");
        h.refuse = false;
        assertEquals(10, h.pollOne().payloadLength);
    }

    @Test
    void rttEstimatorFollowsRfc6298() {
        RttEstimator e = new RttEstimator();
        assertEquals(1000, e.rto());
        e.setMinimumRto(1);
        e.sample(100);
        assertEquals(100, e.srtt());
        assertEquals(100 + 4 * 50, e.rto(), "RTO = SRTT + 4*RTTVAR with RTTVAR = R/2");
        e.sample(100);
        assertEquals(100, e.srtt());
        assertTrue(e.rto() < 300);
        e.backOff();
        e.backOff();
        assertTrue(e.rto() >= 4 * 100);
        for (int i = 0; i < 20; i++) e.backOff();
        assertEquals(RttEstimator.MAX_RTO_MILLIS, e.rto());
    }
}
