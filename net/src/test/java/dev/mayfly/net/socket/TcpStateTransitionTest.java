package dev.mayfly.net.socket;

import dev.mayfly.net.NetCounter;
import dev.mayfly.net.wire.TcpRepr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.mayfly.net.socket.TcpHarness.*;
import static org.junit.jupiter.api.Assertions.*;

/** One test per transition of the RFC 9293 §3.3.2 state diagram, plus FIN and RST in every state. */
class TcpStateTransitionTest {

    // ---------------------------------------------------------------- passive open

    @Test
    void listenAnswersSynWithSynAckAndEntersSynReceived() {
        TcpHarness h = new TcpHarness();
        h.socket.listenFor(LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        TcpRepr syn = segment(TcpRepr.SYN, PEER_ISS, 0);
        syn.mss = 1400;
        syn.windowScale = 2;
        h.deliver(syn);
        assertEquals(TcpState.SYN_RECEIVED, h.socket.state());
        TcpRepr synAck = h.pollOne();
        assertEquals(TcpRepr.SYN | TcpRepr.ACK, synAck.flags);
        assertEquals(PEER_ISS + 1, synAck.acknowledgmentNumber);
        assertEquals(TcpSocket.ETHERNET_MSS, synAck.mss);
        assertEquals(0, synAck.windowScale, "answers window scaling because the peer offered it");
        assertFalse(synAck.hasTimestamps, "no timestamps because the peer did not offer them");
        assertEquals(1400, h.socket.sendMss());
    }

    @Test
    void listenIgnoresRst() {
        TcpHarness h = new TcpHarness();
        h.socket.listenFor(LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        h.deliver(segment(TcpRepr.RST, 5, 0));
        assertEquals(TcpState.LISTEN, h.socket.state());
        h.expectSilence();
    }

    @Test
    void listenAnswersAckWithReset() {
        TcpHarness h = new TcpHarness();
        h.socket.listenFor(LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        h.deliver(segment(TcpRepr.ACK, 5, 12345));
        TcpRepr rst = h.pollOne();
        assertEquals(TcpRepr.RST, rst.flags);
        assertEquals(12345, rst.sequenceNumber);
    }

    @Test
    void synReceivedEntersEstablishedOnAckOfSyn() {
        TcpHarness h = new TcpHarness();
        h.establishPassive();
        assertTrue(h.socket.isEstablished());
    }

    @Test
    void synReceivedAnswersBadAckWithReset() {
        TcpHarness h = new TcpHarness();
        h.socket.listenFor(LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        h.deliver(segment(TcpRepr.SYN, PEER_ISS, 0));
        int iss = h.pollOne().sequenceNumber;
        h.deliver(segment(TcpRepr.ACK, PEER_ISS + 1, iss + 1000));
        assertEquals(TcpState.SYN_RECEIVED, h.socket.state());
        TcpRepr rst = h.pollOne();
        assertEquals(TcpRepr.RST, rst.flags);
        assertEquals(iss + 1000, rst.sequenceNumber);
        assertEquals(1, h.stats.get(NetCounter.TCP_DROP_UNACCEPTABLE_ACK));
    }

    @Test
    void synReceivedRetransmitsSynAckWhenSynRepeats() {
        TcpHarness h = new TcpHarness();
        h.socket.listenFor(LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        h.deliver(segment(TcpRepr.SYN, PEER_ISS, 0));
        TcpRepr first = h.pollOne();
        h.deliver(segment(TcpRepr.SYN, PEER_ISS, 0));
        TcpRepr again = h.pollOne();
        assertEquals(first.sequenceNumber, again.sequenceNumber);
        assertEquals(TcpRepr.SYN | TcpRepr.ACK, again.flags);
    }

    @Test
    void synReceivedRetransmitsSynAckAfterTimeoutAndGivesUp() {
        TcpHarness h = new TcpHarness();
        h.socket.listenFor(LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        h.deliver(segment(TcpRepr.SYN, PEER_ISS, 0));
        h.pollOne();
        for (int i = 0; i < TcpSocket.DEFAULT_SYN_RETRANSMISSIONS; i++) {
            h.advanceToDeadline();
            assertEquals(TcpRepr.SYN | TcpRepr.ACK, h.pollOne().flags);
        }
        h.advanceToDeadline();
        h.poll();
        assertEquals(TcpState.CLOSED, h.socket.state());
        assertEquals(TcpError.TIMED_OUT, h.socket.error());
    }

    // ---------------------------------------------------------------- active open

    @Test
    void connectSendsSynWithMssWindowScaleAndTimestamps() {
        TcpHarness h = new TcpHarness(1 << 20, 65535);
        h.socket.connect(h.now, LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        assertEquals(TcpState.SYN_SENT, h.socket.state());
        TcpRepr syn = h.pollOne();
        assertEquals(TcpRepr.SYN, syn.flags);
        assertEquals(TcpSocket.ETHERNET_MSS, syn.mss);
        assertEquals(5, syn.windowScale, "1 MiB needs a shift of 5 to fit 16 bits");
        assertTrue(syn.hasTimestamps);
        assertEquals(65535, syn.window, "the window of a SYN is never scaled");
    }

    @Test
    void synSentEntersEstablishedOnSynAck() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        assertEquals(PEER_ISS + 1, h.socket.receiveNext());
        assertEquals(h.ourIss + 1, h.socket.sendUnacknowledged());
    }

    @Test
    void synSentAnswersBadAckWithReset() {
        TcpHarness h = new TcpHarness();
        h.socket.connect(h.now, LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        int iss = h.pollOne().sequenceNumber;
        h.deliver(segment(TcpRepr.SYN | TcpRepr.ACK, PEER_ISS, iss + 77));
        assertEquals(TcpState.SYN_SENT, h.socket.state());
        TcpRepr rst = h.pollOne();
        assertEquals(TcpRepr.RST, rst.flags);
        assertEquals(iss + 77, rst.sequenceNumber);
    }

    @Test
    void synSentIsRefusedByResetWithAcceptableAck() {
        TcpHarness h = new TcpHarness();
        h.socket.connect(h.now, LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        int iss = h.pollOne().sequenceNumber;
        h.deliver(segment(TcpRepr.RST | TcpRepr.ACK, 0, iss + 1));
        assertEquals(TcpState.CLOSED, h.socket.state());
        assertEquals(TcpError.REFUSED, h.socket.error());
        assertEquals(-1, h.socket.read(new byte[1], 0, 1));
    }

    @Test
    void synSentIgnoresResetWithoutAck() {
        TcpHarness h = new TcpHarness();
        h.socket.connect(h.now, LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        h.pollOne();
        h.deliver(segment(TcpRepr.RST, 0, 0));
        assertEquals(TcpState.SYN_SENT, h.socket.state());
    }

    @Test
    void synSentDropsSegmentWithoutSynOrAck() {
        TcpHarness h = new TcpHarness();
        h.socket.connect(h.now, LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        h.pollOne();
        h.deliver(withPayload(segment(0, PEER_ISS, 0), bytes(10)));
        assertEquals(TcpState.SYN_SENT, h.socket.state());
        h.expectSilence();
    }

    @Test
    void simultaneousOpenGoesThroughSynReceived() {
        TcpHarness h = new TcpHarness();
        h.socket.connect(h.now, LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        int iss = h.pollOne().sequenceNumber;
        h.deliver(segment(TcpRepr.SYN, PEER_ISS, 0));
        assertEquals(TcpState.SYN_RECEIVED, h.socket.state());
        TcpRepr synAck = h.pollOne();
        assertEquals(TcpRepr.SYN | TcpRepr.ACK, synAck.flags);
        assertEquals(iss, synAck.sequenceNumber);
        h.deliver(segment(TcpRepr.ACK, PEER_ISS + 1, iss + 1));
        assertEquals(TcpState.ESTABLISHED, h.socket.state());
    }

    @Test
    void synSentRetransmitsSynWithBackoffThenTimesOut() {
        TcpHarness h = new TcpHarness();
        h.socket.connect(h.now, LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        h.pollOne();
        long last = h.now;
        long gap = 0;
        for (int i = 0; i < TcpSocket.DEFAULT_SYN_RETRANSMISSIONS; i++) {
            h.advanceToDeadline();
            assertTrue(h.now - last > gap, "back-off grows");
            gap = h.now - last;
            last = h.now;
            assertEquals(TcpRepr.SYN, h.pollOne().flags);
        }
        h.advanceToDeadline();
        h.expectSilence();
        assertEquals(TcpState.CLOSED, h.socket.state());
        assertEquals(TcpError.TIMED_OUT, h.socket.error());
    }

    @Test
    void closeInSynSentGoesStraightToClosed() {
        TcpHarness h = new TcpHarness();
        h.socket.connect(h.now, LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
        h.pollOne();
        h.socket.close();
        assertEquals(TcpState.CLOSED, h.socket.state());
        h.expectSilence();
    }

    // ---------------------------------------------------------------- closing

    @Test
    void activeCloseGoesThroughFinWaitAndTimeWaitToClosed() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.close();
        assertEquals(TcpState.FIN_WAIT_1, h.socket.state());
        TcpRepr fin = h.pollOne();
        assertTrue(fin.has(TcpRepr.FIN));
        h.deliverAckOfAll();
        assertEquals(TcpState.FIN_WAIT_2, h.socket.state());
        h.deliver(segment(TcpRepr.FIN | TcpRepr.ACK, h.peerNxt, h.socket.sendNext()));
        assertEquals(TcpState.TIME_WAIT, h.socket.state());
        assertEquals(h.peerNxt + 1, h.pollOne().acknowledgmentNumber);
        h.advance(2L * TcpSocket.DEFAULT_MSL_MILLIS - 1);
        h.poll();
        assertEquals(TcpState.TIME_WAIT, h.socket.state());
        h.advance(1);
        h.poll();
        assertEquals(TcpState.CLOSED, h.socket.state());
        assertEquals(TcpError.NONE, h.socket.error());
    }

    @Test
    void finWait1GoesToTimeWaitOnFinThatAcksOurFin() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.close();
        h.pollOne();
        h.deliver(segment(TcpRepr.FIN | TcpRepr.ACK, h.peerNxt, h.socket.sendNext()));
        assertEquals(TcpState.TIME_WAIT, h.socket.state());
    }

    @Test
    void simultaneousCloseGoesThroughClosing() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.close();
        TcpRepr fin = h.pollOne();
        h.deliver(segment(TcpRepr.FIN | TcpRepr.ACK, h.peerNxt, fin.sequenceNumber)); // does not ack our FIN
        assertEquals(TcpState.CLOSING, h.socket.state());
        h.deliver(segment(TcpRepr.ACK, h.peerNxt + 1, fin.sequenceNumber + 1));
        assertEquals(TcpState.TIME_WAIT, h.socket.state());
    }

    @Test
    void passiveCloseGoesThroughCloseWaitAndLastAck() {
        TcpHarness h = new TcpHarness();
        h.establishPassive();
        h.deliver(segment(TcpRepr.FIN | TcpRepr.ACK, h.peerNxt, h.socket.sendNext()));
        assertEquals(TcpState.CLOSE_WAIT, h.socket.state());
        assertTrue(h.socket.isEndOfStream());
        assertEquals(-1, h.socket.read(new byte[4], 0, 4));
        assertEquals(h.peerNxt + 1, h.pollOne().acknowledgmentNumber);
        assertEquals(3, h.socket.write(new byte[3], 0, 3), "CLOSE-WAIT may still send");
        h.socket.close();
        assertEquals(TcpState.LAST_ACK, h.socket.state());
        TcpRepr last = h.pollOne();
        assertTrue(last.has(TcpRepr.FIN));
        assertEquals(3, last.payloadLength);
        h.deliver(segment(TcpRepr.ACK, h.peerNxt + 1, last.sequenceNumber + 4));
        assertEquals(TcpState.CLOSED, h.socket.state());
        assertEquals(TcpError.NONE, h.socket.error());
    }

    @Test
    void finIsRetransmittedUntilAcknowledged() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.close();
        TcpRepr fin = h.pollOne();
        h.advanceToDeadline();
        TcpRepr again = h.pollOne();
        assertTrue(again.has(TcpRepr.FIN));
        assertEquals(fin.sequenceNumber, again.sequenceNumber);
    }

    @Test
    void timeWaitAcksRetransmittedFinAndRestartsTimer() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.close();
        h.pollOne();
        h.deliver(segment(TcpRepr.FIN | TcpRepr.ACK, h.peerNxt, h.socket.sendNext()));
        h.pollOne();
        h.advance(50_000);
        h.deliver(segment(TcpRepr.FIN | TcpRepr.ACK, h.peerNxt, h.socket.sendNext()));
        assertEquals(h.peerNxt + 1, h.pollOne().acknowledgmentNumber);
        h.advance(50_000);
        h.poll();
        assertEquals(TcpState.TIME_WAIT, h.socket.state(), "timer restarted by the retransmitted FIN");
        h.advance(2L * TcpSocket.DEFAULT_MSL_MILLIS);
        h.poll();
        assertEquals(TcpState.CLOSED, h.socket.state());
    }

    @Test
    void timeWaitIgnoresReset() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.close();
        h.pollOne();
        h.deliver(segment(TcpRepr.FIN | TcpRepr.ACK, h.peerNxt, h.socket.sendNext()));
        h.deliver(segment(TcpRepr.RST, h.peerNxt + 1, 0));
        assertEquals(TcpState.TIME_WAIT, h.socket.state(), "RFC 1337: no TIME-WAIT assassination");
    }

    @Test
    void finWait2TimesOutWhenPeerNeverCloses() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.close();
        h.pollOne();
        h.deliverAckOfAll();
        assertEquals(TcpState.FIN_WAIT_2, h.socket.state());
        h.advance(TcpSocket.FIN_WAIT_2_TIMEOUT_MILLIS);
        h.poll();
        assertEquals(TcpState.CLOSED, h.socket.state());
    }

    @Test
    void closeWithUnreadDataSendsReset() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.deliverData(bytes(10));
        h.socket.close();
        assertEquals(TcpState.CLOSED, h.socket.state());
        TcpRepr rst = h.pollOne();
        assertEquals(TcpRepr.RST, rst.flags);
    }

    @Test
    void abortSendsResetFromEstablished() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        h.socket.abort();
        assertEquals(TcpError.ABORTED, h.socket.error());
        TcpRepr rst = h.pollOne();
        assertEquals(TcpRepr.RST, rst.flags);
        assertEquals(h.socket.sendNext(), rst.sequenceNumber);
        assertTrue(h.socket.isFinished());
    }

    @Test
    void outOfOrderFinIsHeldUntilTheDataBeforeItArrives() {
        TcpHarness h = new TcpHarness();
        h.establishActive();
        byte[] data = bytes(100);
        h.deliver(segment(TcpRepr.FIN | TcpRepr.ACK, h.peerNxt + 100, h.socket.sendNext()));
        assertEquals(TcpState.ESTABLISHED, h.socket.state());
        h.deliverData(data);
        assertEquals(TcpState.CLOSE_WAIT, h.socket.state());
        assertEquals(h.peerNxt + 1, h.socket.receiveNext());
    }

    // ---------------------------------------------------------------- RST and SYN in every state

    enum Synchronized { SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK }

    /** Brings a harness into the given state with nothing unacknowledged except possibly our FIN. */
    static TcpHarness inState(Synchronized state) {
        TcpHarness h = new TcpHarness();
        if (state == Synchronized.SYN_RECEIVED) {
            h.socket.listenFor(LOCAL, LOCAL_PORT, REMOTE, REMOTE_PORT);
            h.deliver(segment(TcpRepr.SYN, PEER_ISS, 0));
            h.pollOne();
            return h;
        }
        h.establishActive();
        switch (state) {
            case FIN_WAIT_1 -> {
                h.socket.close();
                h.pollOne();
            }
            case FIN_WAIT_2 -> {
                h.socket.close();
                h.pollOne();
                h.deliverAckOfAll();
            }
            case CLOSE_WAIT -> {
                h.deliver(segment(TcpRepr.FIN | TcpRepr.ACK, h.peerNxt++, h.socket.sendNext()));
                h.poll();
            }
            case CLOSING -> {
                h.socket.close();
                TcpRepr fin = h.pollOne();
                h.deliver(segment(TcpRepr.FIN | TcpRepr.ACK, h.peerNxt++, fin.sequenceNumber));
                h.poll();
            }
            case LAST_ACK -> {
                h.deliver(segment(TcpRepr.FIN | TcpRepr.ACK, h.peerNxt++, h.socket.sendNext()));
                h.poll();
                h.socket.close();
                h.pollOne();
            }
            default -> { }
        }
        assertEquals(state.name(), h.socket.state().name());
        return h;
    }

    @ParameterizedTest
    @EnumSource(Synchronized.class)
    void resetWithExactSequenceClosesTheConnection(Synchronized state) {
        TcpHarness h = inState(state);
        h.deliver(segment(TcpRepr.RST, h.peerNxt, 0));
        assertEquals(TcpState.CLOSED, h.socket.state());
        assertEquals(TcpError.RESET, h.socket.error());
        assertEquals(1, h.stats.get(NetCounter.TCP_CONNECTIONS_RESET));
        h.expectSilence();
    }

    @ParameterizedTest
    @EnumSource(Synchronized.class)
    void resetInsideWindowWithWrongSequenceGetsChallengeAck(Synchronized state) {
        TcpHarness h = inState(state);
        h.deliver(segment(TcpRepr.RST, h.peerNxt + 100, 0));
        assertEquals(state.name(), h.socket.state().name());
        TcpRepr ack = h.pollOne();
        assertEquals(TcpRepr.ACK, ack.flags);
        assertEquals(h.peerNxt, ack.acknowledgmentNumber);
        assertEquals(1, h.stats.get(NetCounter.TCP_CHALLENGE_ACKS_SENT));
    }

    @ParameterizedTest
    @EnumSource(Synchronized.class)
    void resetOutsideWindowIsIgnoredAndCounted(Synchronized state) {
        TcpHarness h = inState(state);
        h.deliver(segment(TcpRepr.RST, h.peerNxt + 1_000_000, 0));
        assertEquals(state.name(), h.socket.state().name());
        h.expectSilence();
        assertEquals(1, h.stats.get(NetCounter.TCP_DROP_RST_OUT_OF_WINDOW));
    }

    @ParameterizedTest
    @EnumSource(Synchronized.class)
    void synInWindowGetsChallengeAck(Synchronized state) {
        TcpHarness h = inState(state);
        h.deliver(segment(TcpRepr.SYN, h.peerNxt + 10, 0));
        assertEquals(state.name(), h.socket.state().name());
        TcpRepr ack = h.pollOne();
        assertEquals(TcpRepr.ACK, ack.flags);
    }

    @ParameterizedTest
    @EnumSource(Synchronized.class)
    void segmentWithoutAckIsDropped(Synchronized state) {
        TcpHarness h = inState(state);
        h.deliver(withPayload(segment(0, h.peerNxt, 0), bytes(5)));
        assertEquals(state.name(), h.socket.state().name());
        assertEquals(0, h.socket.bytesToRead());
        assertEquals(1, h.stats.get(NetCounter.TCP_DROP_WITHOUT_ACK));
    }

    @ParameterizedTest
    @EnumSource(Synchronized.class)
    void abortSendsResetInEveryState(Synchronized state) {
        TcpHarness h = inState(state);
        h.socket.abort();
        List<TcpRepr> out = h.poll();
        assertEquals(1, out.size());
        assertEquals(TcpRepr.RST, out.get(0).flags);
        assertEquals(TcpState.CLOSED, h.socket.state());
    }
}
