package dev.mayfly.net.socket;

import dev.mayfly.net.NetCounter;
import dev.mayfly.net.NetStatistics;
import dev.mayfly.net.storage.Assembler;
import dev.mayfly.net.storage.RingBuffer;
import dev.mayfly.net.wire.TcpRepr;

/**
 * One TCP connection endpoint: the state machine of RFC 9293 with the transmission control of
 * RFC 6298 (retransmission timer), RFC 5681 and RFC 6582 (congestion control with fast
 * retransmit and NewReno recovery), RFC 7323 (window scaling, timestamps for RTT measurement) and
 * RFC 5961 (RST, SYN and ACK validation against blind attacks).
 *
 * <p>The socket is passive: the interface feeds it received segments with {@link #process} and
 * asks it for segments to send with {@link #dispatch}. The user side ({@link #connect},
 * {@link #write}, {@link #read}, {@link #close}) only changes state and buffers. Both buffers are
 * fixed rings; nothing is allocated per segment. All times are milliseconds supplied by the caller.
 */
public final class TcpSocket {
    /** Send MSS assumed when the peer sends no MSS option: 536 (RFC 9293 §3.7.1, RFC 1122 §4.2.2.6). */
    public static final int DEFAULT_MSS = 536;
    /** MSS we advertise on an Ethernet link: 1500-byte MTU minus 40 bytes of IPv4 and TCP header. */
    public static final int ETHERNET_MSS = 1460;
    /** Delayed-ACK timeout; RFC 9293 §3.8.6.3 requires less than 0.5 s. */
    public static final int DEFAULT_ACK_DELAY_MILLIS = 40;
    /** Maximum segment lifetime; RFC 9293 §3.4.2 calls 2 minutes an engineering choice, we use 30 s (TIME-WAIT 60 s, as Linux). */
    public static final int DEFAULT_MSL_MILLIS = 30_000;
    /** Retransmissions of data before giving up; with back-off this exceeds R2 = 100 s (RFC 1122 §4.2.3.5). */
    public static final int DEFAULT_MAX_RETRANSMISSIONS = 12;
    /** Retransmissions of a SYN before giving up, at least 3 minutes with back-off capped at 60 s (RFC 1122 §4.2.3.5). */
    public static final int DEFAULT_SYN_RETRANSMISSIONS = 6;
    /** Keep-alive idle time before the first probe: no less than two hours (RFC 1122 §4.2.3.6). */
    public static final long DEFAULT_KEEPALIVE_IDLE_MILLIS = 2 * 60 * 60 * 1000L;
    /** Interval between unanswered keep-alive probes (Linux's default 75 s). */
    public static final long DEFAULT_KEEPALIVE_INTERVAL_MILLIS = 75_000;
    /** Unanswered keep-alive probes before the connection is dropped (Linux's default 9). */
    public static final int DEFAULT_KEEPALIVE_PROBES = 9;
    /** Time a fully closed-for-sending connection waits in FIN-WAIT-2 for the peer's FIN (Linux's 60 s). */
    public static final long FIN_WAIT_2_TIMEOUT_MILLIS = 60_000;
    /** Duplicate ACKs that trigger fast retransmit (RFC 5681 §3.2). */
    public static final int DUPLICATE_ACK_THRESHOLD = 3;
    /** Challenge ACKs allowed per second (RFC 5961 §7 asks for a limit). */
    public static final int CHALLENGE_ACK_LIMIT_PER_SECOND = 100;
    /** SACKed ranges the send side remembers. */
    public static final int MAX_SACK_RANGES = 32;
    /** Out-of-order ranges the receive side keeps before it must drop segments. */
    public static final int MAX_REASSEMBLY_RANGES = 16;

    private static final long NEVER = Long.MAX_VALUE;
    private static final InitialSequenceNumbers DEFAULT_ISNS = new InitialSequenceNumbers(0x5eed);

    private final RingBuffer rx;
    private final RingBuffer tx;
    private final Assembler assembler = new Assembler(MAX_REASSEMBLY_RANGES);
    private final TcpRepr out = new TcpRepr();
    private final RttEstimator rtt = new RttEstimator();
    private NetStatistics stats = new NetStatistics();
    private InitialSequenceNumbers isns = DEFAULT_ISNS;
    TcpListener listener;

    private TcpState state = TcpState.CLOSED;
    private TcpError error = TcpError.NONE;
    private int localAddress, localPort, remoteAddress, remotePort;

    // Send sequence variables (RFC 9293 §3.3.1); sndMax is the highest sequence number sent + 1.
    private int iss, sndUna, sndNxt, sndMax, sndWnd, sndWl1, sndWl2, maxSndWnd;
    private int txSeq;          // sequence number of the first byte in tx
    private int sndShift;       // peer's window scale (RFC 7323)
    private int sndMss = DEFAULT_MSS;
    private boolean finQueued;  // the user closed the sending side
    private boolean userClosed; // the user called close(): received data will never be read

    // Receive sequence variables.
    private int irs, rcvNxt, rcvShift, lastAckSent, lastWindowSent;
    private boolean finReceived;
    private boolean remoteFinPending;
    private int remoteFinSeq;
    private int unackedBytes;

    // Options.
    private int ourMss = ETHERNET_MSS;
    private boolean windowScaling;
    private boolean timestamps;
    private int tsRecent;
    private boolean offerTimestamps = true;
    private boolean noDelay;

    // Congestion control (RFC 5681, RFC 6582).
    private int cwnd, ssthresh = Integer.MAX_VALUE, dupAcks, recover, bytesAckedInAvoidance;
    private boolean inRecovery, retransmitOne;

    // Selective acknowledgment (RFC 2018) and SACK-based loss recovery (RFC 6675, simplified).
    private boolean sack;
    private boolean offerSack = true;
    private final Assembler scoreboard = new Assembler(MAX_SACK_RANGES); // SACKed ranges relative to SND.UNA
    private int highRxt;     // next byte a SACK recovery may retransmit (HighRxt of RFC 6675)
    private int lastOutOfOrderSeq; // start of the latest out-of-order segment, reported first (RFC 2018 §4)
    private int holeStart, holeEnd;
    private int sackRetransmitBudget;

    // Timers.
    private long retransmitAt = NEVER, ackDueAt = NEVER, timeWaitUntil = NEVER, finWait2Until = NEVER;
    private long persistAt = NEVER, keepAliveAt = NEVER;
    private int retransmits, persistBackoff, keepAliveProbesSent;
    private boolean probePending;
    private boolean rttTiming;
    private int rttSeq;
    private long rttStart;
    private long lastReceivedAt;
    private int ackDelayMillis = DEFAULT_ACK_DELAY_MILLIS;
    private int mslMillis = DEFAULT_MSL_MILLIS;
    private int maxRetransmissions = DEFAULT_MAX_RETRANSMISSIONS;
    private int synRetransmissions = DEFAULT_SYN_RETRANSMISSIONS;
    private boolean keepAlive;
    private long keepAliveIdle = DEFAULT_KEEPALIVE_IDLE_MILLIS;
    private long keepAliveInterval = DEFAULT_KEEPALIVE_INTERVAL_MILLIS;
    private int keepAliveProbes = DEFAULT_KEEPALIVE_PROBES;
    private long challengeWindowStart = Long.MIN_VALUE;
    private int challengeCount;

    // A reset to send in answer to a bad segment or an abort (RFC 9293 §3.10.7).
    private boolean rstPending;
    private int rstSeq, rstAck;
    private boolean rstWithAck;

    /** Creates a closed socket with receive and transmit rings of the given sizes in bytes. */
    public TcpSocket(int rxCapacity, int txCapacity) {
        rx = new RingBuffer(rxCapacity);
        tx = new RingBuffer(txCapacity);
    }

    // ------------------------------------------------------------------ configuration

    /** Disables Nagle's algorithm (RFC 9293 §3.7.4): small segments go out even with data unacknowledged. */
    public void setNoDelay(boolean noDelay) { this.noDelay = noDelay; }
    public boolean noDelay() { return noDelay; }

    /** Enables keep-alive probes after {@code idleMillis} of silence (RFC 9293 §3.8.4, RFC 1122 §4.2.3.6). */
    public void setKeepAlive(boolean enabled, long idleMillis, long intervalMillis, int probes) {
        keepAlive = enabled;
        keepAliveIdle = idleMillis;
        keepAliveInterval = intervalMillis;
        keepAliveProbes = probes;
        keepAliveAt = NEVER;
        if (enabled && state.isSynchronized()) {
            keepAliveAt = lastReceivedAt + idleMillis;
        }
    }

    /** Enables keep-alive with the defaults of RFC 1122 §4.2.3.6 and Linux. */
    public void setKeepAlive(boolean enabled) {
        setKeepAlive(enabled, DEFAULT_KEEPALIVE_IDLE_MILLIS, DEFAULT_KEEPALIVE_INTERVAL_MILLIS, DEFAULT_KEEPALIVE_PROBES);
    }

    public boolean keepAlive() { return keepAlive; }
    public void setAckDelay(int millis) { ackDelayMillis = Math.max(0, Math.min(500, millis)); }
    /** Sets the maximum segment lifetime; TIME-WAIT lasts twice this (RFC 9293 §3.6.1). */
    public void setMsl(int millis) { mslMillis = Math.max(0, millis); }
    /** Sets the lower bound of the retransmission timeout (RFC 6298 §2.4). */
    public void setMinimumRto(int millis) { rtt.setMinimumRto(millis); }
    public void setMaxRetransmissions(int data, int syn) { maxRetransmissions = data; synRetransmissions = syn; }
    /** Chooses whether to offer the RFC 7323 timestamps option in our SYN. */
    public void setOfferTimestamps(boolean offer) { offerTimestamps = offer; }
    /** Chooses whether to offer SACK (RFC 2018) in our SYN. */
    public void setOfferSack(boolean offer) { offerSack = offer; }
    public boolean sackEnabled() { return sack; }
    /** Sets the MSS we advertise, normally the interface's IP MTU minus 40 (RFC 9293 §3.7.1). */
    public void setMaximumSegmentSize(int mss) { ourMss = Math.max(DEFAULT_MSS, Math.min(mss, 65495)); }

    /** Binds the socket to the interface's statistics and sequence-number generator. */
    public void attach(NetStatistics statistics, InitialSequenceNumbers initialSequenceNumbers) {
        stats = statistics;
        isns = initialSequenceNumbers;
    }

    // ------------------------------------------------------------------ queries

    public TcpState state() { return state; }
    public TcpError error() { return error; }
    public int localAddress() { return localAddress; }
    public int localPort() { return localPort; }
    public int remoteAddress() { return remoteAddress; }
    public int remotePort() { return remotePort; }
    /** Returns whether the connection exists in any form (not CLOSED, not LISTEN). */
    public boolean isOpen() { return state != TcpState.CLOSED && state != TcpState.LISTEN; }
    /** Returns whether the three-way handshake has completed. */
    public boolean isEstablished() { return state.isSynchronized(); }
    /** Returns whether {@link #read} would return data or end-of-stream now. */
    public boolean canRead() { return !rx.isEmpty() || finReceived || state == TcpState.CLOSED; }
    /** Returns whether {@link #write} would accept at least one byte now. */
    public boolean canWrite() { return mayWrite() && tx.free() > 0; }
    /** Returns whether the peer has sent FIN and every byte before it has been read. */
    public boolean isEndOfStream() { return finReceived && rx.isEmpty(); }
    public int bytesToRead() { return rx.length(); }
    /** Returns how many bytes {@link #write} would accept now. */
    public int writeCapacity() { return mayWrite() ? tx.free() : 0; }
    /** Returns the bytes written but not yet acknowledged by the peer. */
    public int bytesUnacknowledged() { return tx.length(); }
    public int sendWindow() { return sndWnd; }
    public int congestionWindow() { return cwnd; }
    public int sendMss() { return sndMss; }
    public int retransmissionTimeout() { return rtt.rto(); }
    public int smoothedRtt() { return rtt.srtt(); }
    public boolean windowScaling() { return windowScaling; }
    public int sendWindowShift() { return sndShift; }
    public int receiveWindowShift() { return rcvShift; }
    public boolean timestampsEnabled() { return timestamps; }
    public int receiveNext() { return rcvNxt; }
    public int sendNext() { return sndNxt; }
    public int sendUnacknowledged() { return sndUna; }

    /** Returns whether the socket matches an incoming segment's four-tuple. */
    public boolean matches(int dstAddress, int dstPort, int srcAddress, int srcPort) {
        return state != TcpState.CLOSED && localPort == dstPort && remotePort == srcPort
                && remoteAddress == srcAddress && (localAddress == dstAddress || localAddress == 0);
    }

    /** Returns whether the socket is closed and has nothing more to send: the interface may forget it. */
    public boolean isFinished() {
        return state == TcpState.CLOSED && !rstPending;
    }

    // ------------------------------------------------------------------ user calls (RFC 9293 §3.10)

    /**
     * Starts an active open (RFC 9293 §3.10.1): CLOSED → SYN-SENT. The SYN leaves on the next
     * dispatch. Normally called through the interface, which picks the addresses.
     */
    public void connect(long now, int localAddress, int localPort, int remoteAddress, int remotePort) {
        if (state != TcpState.CLOSED) {
            throw new IllegalStateException("connect in state " + state);
        }
        bind(localAddress, localPort, remoteAddress, remotePort);
        resetConnection();
        iss = isns.next(now, localAddress, localPort, remoteAddress, remotePort);
        sndUna = sndNxt = sndMax = recover = iss;
        txSeq = iss + 1;
        lastReceivedAt = now;
        state = TcpState.SYN_SENT;
    }

    /** Puts a fresh socket in LISTEN for one specific peer; the listener does this for each SYN. */
    void listenFor(int localAddress, int localPort, int remoteAddress, int remotePort) {
        bind(localAddress, localPort, remoteAddress, remotePort);
        resetConnection();
        state = TcpState.LISTEN;
    }

    private void bind(int localAddress, int localPort, int remoteAddress, int remotePort) {
        this.localAddress = localAddress;
        this.localPort = localPort;
        this.remoteAddress = remoteAddress;
        this.remotePort = remotePort;
    }

    private void resetConnection() {
        rx.clear();
        tx.clear();
        assembler.clear();
        error = TcpError.NONE;
        finQueued = finReceived = remoteFinPending = userClosed = false;
        rstPending = false;
        retransmitAt = ackDueAt = timeWaitUntil = finWait2Until = persistAt = keepAliveAt = NEVER;
        retransmits = persistBackoff = keepAliveProbesSent = dupAcks = unackedBytes = 0;
        inRecovery = retransmitOne = probePending = rttTiming = false;
        windowScaling = timestamps = sack = false;
        scoreboard.clear();
        sndShift = rcvShift = 0;
        sndWnd = maxSndWnd = 0;
        ssthresh = Integer.MAX_VALUE;
    }

    /**
     * Queues up to {@code len} bytes for sending and returns how many were taken (0 when the
     * ring is full), or -1 if the connection can no longer send.
     */
    public int write(byte[] src, int off, int len) {
        if (!mayWrite()) {
            return -1;
        }
        return tx.write(src, off, len);
    }

    private boolean mayWrite() {
        return !finQueued && (state == TcpState.ESTABLISHED || state == TcpState.CLOSE_WAIT
                || state == TcpState.SYN_SENT || state == TcpState.SYN_RECEIVED);
    }

    /**
     * Reads up to {@code len} received bytes; returns how many (0 if none yet), or -1 at the end of
     * the stream (FIN received and everything read, or the connection gone).
     */
    public int read(byte[] dst, int off, int len) {
        if (rx.isEmpty()) {
            return finReceived || state == TcpState.CLOSED ? -1 : 0;
        }
        return rx.read(dst, off, len);
    }

    /**
     * Closes the sending side (RFC 9293 §3.10.4): a FIN follows the queued data. LISTEN and
     * SYN-SENT go straight to CLOSED.
     */
    public void shutdownOutput() {
        switch (state) {
            case LISTEN, SYN_SENT -> enterClosed(TcpError.NONE);
            case SYN_RECEIVED -> finQueued = true;
            case ESTABLISHED -> {
                finQueued = true;
                state = TcpState.FIN_WAIT_1;
            }
            case CLOSE_WAIT -> {
                finQueued = true;
                state = TcpState.LAST_ACK;
            }
            default -> { }
        }
    }

    /**
     * Closes the connection (RFC 9293 §3.10.4). If received data is still unread the connection is
     * reset instead, as RFC 1122 §4.2.2.13 says, so the peer learns it was not consumed.
     */
    public void close() {
        userClosed = true;
        if (!rx.isEmpty() && state.isSynchronized()) {
            abort();
            return;
        }
        shutdownOutput();
    }

    /** Aborts the connection (RFC 9293 §3.10.5): sends RST from a synchronized state and goes to CLOSED. */
    public void abort() {
        if (state == TcpState.SYN_RECEIVED || state.isSynchronized() && state != TcpState.TIME_WAIT) {
            queueReset(sndNxt, 0, false);
        }
        enterClosed(TcpError.ABORTED);
    }

    // ------------------------------------------------------------------ segment arrival (RFC 9293 §3.10.7)

    /** Processes a segment addressed to this socket's four-tuple. */
    public void process(long now, TcpRepr seg) {
        switch (state) {
            case CLOSED -> { }
            case LISTEN -> processListen(now, seg);
            case SYN_SENT -> processSynSent(now, seg);
            default -> processSynchronized(now, seg);
        }
    }

    private void processListen(long now, TcpRepr seg) {
        if (seg.has(TcpRepr.RST)) {
            return; // RFC 9293 §3.10.7.2: an incoming RST is ignored
        }
        if (seg.has(TcpRepr.ACK)) {
            stats.count(NetCounter.TCP_DROP_UNACCEPTABLE_ACK);
            queueReset(seg.acknowledgmentNumber, 0, false);
            enterClosed(TcpError.NONE);
            return;
        }
        if (!seg.has(TcpRepr.SYN)) {
            stats.count(NetCounter.TCP_DROP_WITHOUT_ACK);
            return;
        }
        irs = seg.sequenceNumber;
        rcvNxt = irs + 1;
        negotiateOptions(seg, true);
        iss = isns.next(now, localAddress, localPort, remoteAddress, remotePort);
        sndUna = sndNxt = sndMax = recover = iss;
        txSeq = iss + 1;
        sndWnd = seg.window; // never scaled in a SYN (RFC 7323 §2.2)
        maxSndWnd = sndWnd;
        sndWl1 = seg.sequenceNumber;
        sndWl2 = seg.acknowledgmentNumber;
        lastReceivedAt = now;
        state = TcpState.SYN_RECEIVED;
    }

    private void processSynSent(long now, TcpRepr seg) {
        boolean ack = seg.has(TcpRepr.ACK);
        if (ack && (SeqNumber.le(seg.acknowledgmentNumber, iss) || SeqNumber.gt(seg.acknowledgmentNumber, sndMax))) {
            stats.count(NetCounter.TCP_DROP_UNACCEPTABLE_ACK);
            if (!seg.has(TcpRepr.RST)) {
                queueReset(seg.acknowledgmentNumber, 0, false);
            }
            return;
        }
        if (seg.has(TcpRepr.RST)) {
            if (ack) {
                stats.count(NetCounter.TCP_CONNECTIONS_RESET);
                enterClosed(TcpError.REFUSED);
            } else {
                stats.count(NetCounter.TCP_DROP_RST_OUT_OF_WINDOW);
            }
            return;
        }
        if (!seg.has(TcpRepr.SYN)) {
            stats.count(NetCounter.TCP_DROP_WITHOUT_ACK);
            return;
        }
        irs = seg.sequenceNumber;
        rcvNxt = irs + 1;
        negotiateOptions(seg, false);
        sndWnd = seg.window;
        maxSndWnd = sndWnd;
        sndWl1 = seg.sequenceNumber;
        sndWl2 = seg.acknowledgmentNumber;
        lastReceivedAt = now;
        if (ack) {
            if (retransmits == 0) {
                rtt.sample((int) (now - rttStart));
            }
            sndUna = seg.acknowledgmentNumber;
            enterEstablished(now);
            ackNow();
        } else {
            state = TcpState.SYN_RECEIVED; // simultaneous open: answer with SYN,ACK (RFC 9293 §3.5)
            sndNxt = iss;
            retransmitAt = NEVER;
        }
    }

    private void negotiateOptions(TcpRepr seg, boolean passive) {
        int peerMss = seg.mss > 0 ? seg.mss : DEFAULT_MSS;
        windowScaling = seg.windowScale >= 0;
        if (windowScaling) {
            sndShift = seg.windowScale;
            rcvShift = ourWindowShift();
        } else {
            sndShift = rcvShift = 0;
        }
        timestamps = seg.hasTimestamps && (passive || offerTimestamps);
        sack = seg.sackPermitted && (passive || offerSack);
        if (timestamps) {
            tsRecent = seg.timestampValue;
        }
        sndMss = Math.max(64, Math.min(peerMss, ourMss) - (timestamps ? 12 : 0));
    }

    private int ourWindowShift() {
        int shift = 0;
        while (shift < TcpRepr.MAX_WINDOW_SCALE && (rx.capacity() >> shift) > 0xffff) {
            shift++;
        }
        return shift;
    }

    private void enterEstablished(long now) {
        state = finQueued ? TcpState.FIN_WAIT_1 : TcpState.ESTABLISHED;
        retransmits = 0;
        retransmitAt = sndUna == sndMax ? NEVER : now + rtt.rto();
        cwnd = initialWindow();
        if (keepAlive) {
            keepAliveAt = now + keepAliveIdle;
        }
    }

    /** Initial congestion window IW = min(4*SMSS, max(2*SMSS, 4380)) (RFC 5681 §3.1, RFC 3390). */
    private int initialWindow() {
        return Math.min(4 * sndMss, Math.max(2 * sndMss, 4380));
    }

    private void processSynchronized(long now, TcpRepr seg) {
        int seq = seg.sequenceNumber;
        int segLen = seg.sequenceLength();
        int rcvWnd = rx.free();
        if (!acceptable(seq, segLen, rcvWnd)) {
            if (seg.has(TcpRepr.RST)) {
                stats.count(NetCounter.TCP_DROP_RST_OUT_OF_WINDOW);
                return;
            }
            if (state == TcpState.SYN_RECEIVED && seg.has(TcpRepr.SYN) && seq == irs) {
                sndNxt = iss; // the peer lost our SYN,ACK: send it again
                return;
            }
            if (state == TcpState.TIME_WAIT && seg.has(TcpRepr.FIN)) {
                timeWaitUntil = now + 2L * mslMillis; // RFC 9293 §3.10.7.4: restart the 2 MSL timeout
            }
            stats.count(NetCounter.TCP_DROP_OUT_OF_WINDOW);
            ackNow(); // RFC 9293 §3.10.7.4: send an ACK unless RST
            return;
        }
        lastReceivedAt = now;
        keepAliveProbesSent = 0;
        if (keepAlive && keepAliveAt != NEVER) {
            keepAliveAt = now + keepAliveIdle;
        }
        if (seg.has(TcpRepr.RST)) {
            processReset(now, seq);
            return;
        }
        if (seg.has(TcpRepr.SYN)) {
            challengeAck(now); // RFC 5961 §4.2: a SYN in a synchronized state gets a challenge ACK
            return;
        }
        if (!seg.has(TcpRepr.ACK)) {
            stats.count(NetCounter.TCP_DROP_WITHOUT_ACK);
            return;
        }
        int ack = seg.acknowledgmentNumber;
        if (state == TcpState.SYN_RECEIVED) {
            if (SeqNumber.gt(ack, sndUna) && SeqNumber.le(ack, sndMax)) {
                if (retransmits == 0 && !timestamps) {
                    rtt.sample((int) (now - rttStart));
                }
                enterEstablished(now);
                sndWnd = seg.window << sndShift;
                maxSndWnd = Math.max(maxSndWnd, sndWnd);
                sndWl1 = seq;
                sndWl2 = ack;
            } else {
                stats.count(NetCounter.TCP_DROP_UNACCEPTABLE_ACK);
                queueReset(ack, 0, false);
                return;
            }
        }
        // RFC 5961 §5.2: acceptable if SND.UNA - MAX.SND.WND <= SEG.ACK <= SND.NXT (here SND.MAX,
        // since after a retransmission timeout SND.NXT was pulled back).
        if (SeqNumber.gt(ack, sndMax)) {
            stats.count(NetCounter.TCP_DROP_UNACCEPTABLE_ACK);
            challengeAck(now);
            return;
        }
        if (SeqNumber.lt(ack, sndUna - Math.max(maxSndWnd, 1))) {
            stats.count(NetCounter.TCP_DROP_UNACCEPTABLE_ACK);
            challengeAck(now);
            return;
        }
        processAck(now, seg);
        if (state == TcpState.CLOSED) {
            return;
        }
        if (timestamps && seg.hasTimestamps && SeqNumber.le(seq, lastAckSent)
                && SeqNumber.ge(seg.timestampValue, tsRecent)) {
            tsRecent = seg.timestampValue; // RFC 7323 §4.3
        }
        if (state == TcpState.ESTABLISHED || state == TcpState.FIN_WAIT_1 || state == TcpState.FIN_WAIT_2) {
            receiveData(now, seg);
        }
        if (seg.has(TcpRepr.FIN)) {
            receiveFin(now, seg);
        }
    }

    /** The four cases of RFC 9293 §3.10.7.4, with the zero-window allowance for ACKs at RCV.NXT. */
    private boolean acceptable(int seq, int segLen, int rcvWnd) {
        if (rcvWnd == 0) {
            return seq == rcvNxt;
        }
        if (segLen == 0) {
            return SeqNumber.inWindow(seq, rcvNxt, rcvWnd);
        }
        return SeqNumber.inWindow(seq, rcvNxt, rcvWnd) || SeqNumber.inWindow(seq + segLen - 1, rcvNxt, rcvWnd);
    }

    /** RFC 5961 §3.2: reset only on an exact match with RCV.NXT; an in-window RST gets a challenge ACK. */
    private void processReset(long now, int seq) {
        if (seq != rcvNxt) {
            challengeAck(now);
            return;
        }
        if (state == TcpState.TIME_WAIT) {
            return; // RFC 1337: ignore RST in TIME-WAIT (no assassination)
        }
        stats.count(NetCounter.TCP_CONNECTIONS_RESET);
        enterClosed(TcpError.RESET);
    }

    private void challengeAck(long now) {
        if (now - challengeWindowStart >= 1000) {
            challengeWindowStart = now;
            challengeCount = 0;
        }
        if (challengeCount >= CHALLENGE_ACK_LIMIT_PER_SECOND) {
            stats.count(NetCounter.TCP_CHALLENGE_ACKS_RATE_LIMITED);
            return;
        }
        challengeCount++;
        stats.count(NetCounter.TCP_CHALLENGE_ACKS_SENT);
        ackNow();
    }

    private void processAck(long now, TcpRepr seg) {
        int ack = seg.acknowledgmentNumber;
        int segWnd = seg.window << sndShift;
        if (SeqNumber.gt(ack, sndUna)) {
            int acked = ack - sndUna;
            if (timestamps && seg.hasTimestamps && seg.timestampEcho != 0) {
                rtt.sample((int) now - seg.timestampEcho);
            } else if (rttTiming && SeqNumber.gt(ack, rttSeq)) {
                rtt.sample((int) (now - rttStart));
            }
            if (rttTiming && SeqNumber.gt(ack, rttSeq)) {
                rttTiming = false;
            }
            int dataAcked = Math.max(0, Math.min(ack - txSeq, tx.length()));
            tx.discard(dataAcked);
            txSeq += dataAcked;
            sndUna = ack;
            scoreboard.advanceFront(acked);
            if (SeqNumber.lt(highRxt, sndUna)) {
                highRxt = sndUna;
            }
            if (SeqNumber.lt(sndNxt, sndUna)) {
                sndNxt = sndUna;
            }
            recordSackBlocks(seg);
            onNewAck(acked);
            retransmits = 0;
            retransmitAt = sndUna == sndMax ? NEVER : now + rtt.rto();
            persistAt = NEVER;
            persistBackoff = 0;
        } else if (ack == sndUna && seg.payloadLength == 0 && !seg.has(TcpRepr.SYN) && !seg.has(TcpRepr.FIN)
                && sndMax != sndUna) {
            // RFC 5681 §2 also asks for an unchanged window; that condition is relaxed because a
            // receiver's window moves whenever its application reads, which hid most duplicate
            // ACKs and turned losses into timeouts. A spurious fast retransmit costs less.
            recordSackBlocks(seg);
            onDuplicateAck();
        } else {
            recordSackBlocks(seg);
        }
        // RFC 9293 §3.10.7.4: update the send window from the newest segment.
        if (SeqNumber.lt(sndWl1, seg.sequenceNumber) || (sndWl1 == seg.sequenceNumber && SeqNumber.le(sndWl2, ack))) {
            sndWnd = segWnd;
            sndWl1 = seg.sequenceNumber;
            sndWl2 = ack;
            maxSndWnd = Math.max(maxSndWnd, sndWnd);
            if (sndWnd > 0) {
                persistAt = NEVER;
                persistBackoff = 0;
            }
        }
        if (finQueued && SeqNumber.gt(sndUna, finSeq())) {
            switch (state) {
                case FIN_WAIT_1 -> {
                    state = TcpState.FIN_WAIT_2;
                    finWait2Until = now + FIN_WAIT_2_TIMEOUT_MILLIS;
                }
                case CLOSING -> enterTimeWait(now);
                case LAST_ACK -> enterClosed(TcpError.NONE);
                default -> { }
            }
        }
    }

    /** Congestion window growth on new data acknowledged (RFC 5681 §3.1) and NewReno partial ACKs (RFC 6582 §3.2). */
    private void onNewAck(int acked) {
        if (inRecovery) {
            if (SeqNumber.ge(sndUna, recover)) {
                inRecovery = false; // full acknowledgment: deflate the window
                cwnd = Math.min(ssthresh, Math.max(sndMax - sndUna, sndMss) + sndMss);
                dupAcks = 0;
            } else {
                sackRetransmitBudget++;
                retransmitOne = true; // partial acknowledgment: the next hole is lost too
                cwnd = Math.max(sndMss, cwnd - acked + sndMss);
            }
            return;
        }
        dupAcks = 0;
        // Appropriate byte counting (RFC 3465): grow by the bytes acknowledged, not per ACK, so a
        // receiver (or a batching driver) that acknowledges many segments at once does not slow
        // the sender down. Slow start takes all acknowledged bytes (as Linux does, no L limit);
        // congestion avoidance adds one SMSS per cwnd of bytes acknowledged (RFC 3465 §2.1).
        if (cwnd < ssthresh) {
            cwnd += acked;
        } else {
            bytesAckedInAvoidance += acked;
            if (bytesAckedInAvoidance >= cwnd) {
                bytesAckedInAvoidance -= cwnd;
                cwnd += sndMss;
            }
        }
        cwnd = Math.min(cwnd, 1 << 30);
    }

    /** Fast retransmit on the third duplicate ACK, window inflation after it (RFC 5681 §3.2). */
    private void onDuplicateAck() {
        dupAcks++;
        if (inRecovery) {
            cwnd = Math.min(cwnd + sndMss, 1 << 30);
            sackRetransmitBudget++;
        } else if (dupAcks == duplicateAckThreshold() && SeqNumber.gt(sndUna, recover - 1)) {
            enterRecovery();
        }
    }

    /**
     * Starts fast recovery (RFC 5681 §3.2, NewReno RFC 6582). With SACK, every duplicate or
     * partial ACK during recovery also lets one lost hole be retransmitted (the holes chosen as
     * RFC 6675's IsLost does), so several losses in one window heal in about one round trip.
     */
    private void enterRecovery() {
        int flight = sndMax - sndUna;
        ssthresh = Math.max(flight / 2, 2 * sndMss);
        recover = sndMax;
        inRecovery = true;
        rttTiming = false;
        stats.count(NetCounter.TCP_FAST_RETRANSMITS);
        retransmitOne = true; // RFC 5681 §3.2 (2): the first unacknowledged segment at once
        cwnd = ssthresh + DUPLICATE_ACK_THRESHOLD * sndMss;
        highRxt = sndUna;
        sackRetransmitBudget = 0;
    }

    /** Adds the SACK blocks of an acceptable ACK to the scoreboard, ignoring blocks outside (SND.UNA, SND.MAX]. */
    private void recordSackBlocks(TcpRepr seg) {
        if (!sack) {
            return;
        }
        for (int i = 0; i < seg.sackCount; i++) {
            int left = seg.sackLeft[i];
            int right = seg.sackRight[i];
            if (SeqNumber.lt(left, sndUna)) {
                left = sndUna;
            }
            if (SeqNumber.gt(right, sndMax) || SeqNumber.le(right, left)) {
                continue; // a D-SACK, or a block we never sent
            }
            scoreboard.add(left - sndUna, right - left);
        }
    }

    /** Returns the bytes SACKed above range {@code i}'s start: ranges i..end. */
    private int sackedFrom(int i) {
        int n = 0;
        for (int j = i; j < scoreboard.rangeCount(); j++) {
            n += scoreboard.rangeEnd(j) - scoreboard.rangeStart(j);
        }
        return n;
    }

    /**
     * Returns whether the hole below SACK range {@code i} counts as lost: more than
     * (DupThresh - 1) * SMSS bytes SACKed above it (RFC 6675 §4, IsLost).
     */
    private boolean holeLost(int i) {
        return sackedFrom(i) > (DUPLICATE_ACK_THRESHOLD - 1) * sndMss;
    }

    /** Finds the first lost hole at or after offset {@code from} (relative to SND.UNA) into holeStart/holeEnd. */
    private boolean findLostHole(int from) {
        int previousEnd = 0;
        for (int i = 0; i < scoreboard.rangeCount(); i++) {
            int start = Math.max(previousEnd, from);
            int end = scoreboard.rangeStart(i);
            if (start < end && holeLost(i)) {
                holeStart = start;
                holeEnd = end;
                return true;
            }
            previousEnd = scoreboard.rangeEnd(i);
        }
        return false;
    }

    /**
     * The duplicate ACKs that trigger fast retransmit: 3 (RFC 5681 §3.2), or one less than the
     * segments outstanding when fewer than four are and no new segment may be sent (early
     * retransmit, RFC 5827 §3.1).
     */
    private int duplicateAckThreshold() {
        int outstanding = (sndMax - sndUna + sndMss - 1) / Math.max(sndMss, 1);
        boolean newDataBlocked = tx.length() <= sndMax - txSeq || sndWnd - (sndMax - sndUna) < sndMss;
        if (outstanding < 4 && newDataBlocked) {
            return Math.max(1, outstanding - 1);
        }
        return DUPLICATE_ACK_THRESHOLD;
    }

    private void receiveData(long now, TcpRepr seg) {
        int len = seg.payloadLength;
        if (len == 0) {
            return;
        }
        int offset = seg.sequenceNumber - rcvNxt;
        int from = seg.payloadOffset;
        if (offset < 0) {
            if (-offset >= len) {
                ackNow(); // entirely old: the peer missed our ACK
                return;
            }
            from -= offset;
            len += offset;
            offset = 0;
        }
        int window = rx.free();
        if (offset >= window) {
            stats.count(NetCounter.TCP_DROP_WINDOW_FULL);
            ackNow();
            return;
        }
        len = Math.min(len, window - offset);
        if (!assembler.add(offset, len)) {
            stats.count(NetCounter.TCP_DROP_REASSEMBLY_FULL);
            ackNow();
            return;
        }
        rx.writeAt(offset, seg.payloadBuffer, from, len);
        int ready = Math.min(assembler.takeFront(), rx.free());
        if (ready > 0) {
            rx.commit(ready);
            rcvNxt += ready;
            unackedBytes += ready;
        }
        if (offset > 0) {
            lastOutOfOrderSeq = rcvNxt + offset;
            // RFC 5681 §4.2: one immediate duplicate ACK per out-of-order segment, so the
            // sender can count them; they must not be merged into one.
            duplicateAcksOwed = Math.min(duplicateAcksOwed + 1, MAX_OWED_DUPLICATE_ACKS);
        } else if (!assembler.isEmpty() || ready > len) {
            ackNow(); // a hole filled: ACK at once (RFC 5681 §4.2)
        } else if (unackedBytes >= 2 * (ourMss - (timestamps ? 12 : 0)) || ackDelayMillis == 0) {
            ackNow(); // at least every second full-sized segment (RFC 9293 §3.8.6.3)
        } else if (ackDueAt == NEVER) {
            ackDueAt = now + ackDelayMillis;
        }
        tryConsumeFin(now);
    }

    private void receiveFin(long now, TcpRepr seg) {
        int dataStart = seg.sequenceNumber;
        int finSeq = dataStart + seg.payloadLength;
        if (!finReceived && SeqNumber.ge(finSeq, rcvNxt) && finSeq - rcvNxt <= rx.free()) {
            remoteFinPending = true;
            remoteFinSeq = finSeq;
        }
        tryConsumeFin(now);
    }

    private void tryConsumeFin(long now) {
        if (!remoteFinPending || rcvNxt != remoteFinSeq) {
            return;
        }
        remoteFinPending = false;
        finReceived = true;
        rcvNxt += 1;
        ackNow();
        switch (state) {
            case SYN_RECEIVED, ESTABLISHED -> state = TcpState.CLOSE_WAIT;
            case FIN_WAIT_1 -> state = TcpState.CLOSING;
            case FIN_WAIT_2 -> enterTimeWait(now);
            default -> { }
        }
    }

    private void enterTimeWait(long now) {
        state = TcpState.TIME_WAIT;
        timeWaitUntil = now + 2L * mslMillis;
        retransmitAt = persistAt = keepAliveAt = finWait2Until = NEVER;
        tx.release();
        if (userClosed) {
            rx.release(); // a TIME-WAIT connection keeps no buffer memory
        }
    }

    private void enterClosed(TcpError why) {
        if (state != TcpState.CLOSED && why != TcpError.NONE) {
            error = why;
        }
        state = TcpState.CLOSED;
        retransmitAt = ackDueAt = timeWaitUntil = finWait2Until = persistAt = keepAliveAt = NEVER;
        ackNowFlag = false;
        duplicateAcksOwed = 0;
        probePending = retransmitOne = false;
        tx.release();
        if (why == TcpError.RESET || why == TcpError.ABORTED || why == TcpError.REFUSED || why == TcpError.TIMED_OUT) {
            rx.release(); // RFC 9293 §3.10.7.4: queues are flushed on reset
            finReceived = true;
        }
    }

    private boolean ackNowFlag;
    private int duplicateAcksOwed;
    /** Duplicate ACKs queued at most between two polls; more than the fast-retransmit threshold is of no use. */
    private static final int MAX_OWED_DUPLICATE_ACKS = 8;

    private void ackNow() {
        ackNowFlag = true;
    }

    private void queueReset(int seq, int ack, boolean withAck) {
        rstPending = true;
        rstSeq = seq;
        rstAck = ack;
        rstWithAck = withAck;
    }

    private int finSeq() {
        return txSeq + tx.length();
    }

    // ------------------------------------------------------------------ timers

    private void checkTimers(long now) {
        if (timeWaitUntil <= now || finWait2Until <= now) {
            enterClosed(TcpError.NONE);
            return;
        }
        if (retransmitAt <= now) {
            onRetransmitTimeout(now);
            if (state == TcpState.CLOSED) {
                return;
            }
        }
        if (ackDueAt <= now) {
            ackDueAt = NEVER;
            ackNowFlag = true;
        }
        if (persistAt <= now) {
            stats.count(NetCounter.TCP_ZERO_WINDOW_PROBES);
            probePending = true;
            persistBackoff = Math.min(persistBackoff + 1, 6);
            persistAt = now + Math.min((long) rtt.rto() << persistBackoff, RttEstimator.MAX_RTO_MILLIS);
        }
        if (keepAliveAt <= now) {
            if (keepAliveProbesSent >= keepAliveProbes) {
                stats.count(NetCounter.TCP_CONNECTIONS_TIMED_OUT);
                queueReset(sndNxt, 0, false);
                enterClosed(TcpError.TIMED_OUT);
                return;
            }
            if (sndMax == sndUna) {
                stats.count(NetCounter.TCP_KEEPALIVE_PROBES);
                keepAliveProbesSent++;
                probePending = true;
            }
            keepAliveAt = now + keepAliveInterval;
        }
    }

    /** Retransmission timer expiry (RFC 6298 §5.4–5.6, RFC 5681 §3.1 eq. 4): back off and go back to SND.UNA. */
    private void onRetransmitTimeout(long now) {
        retransmitAt = NEVER;
        stats.count(NetCounter.TCP_RETRANSMISSION_TIMEOUTS);
        retransmits++;
        boolean synState = state == TcpState.SYN_SENT || state == TcpState.SYN_RECEIVED;
        if (retransmits > (synState ? synRetransmissions : maxRetransmissions)) {
            stats.count(NetCounter.TCP_CONNECTIONS_TIMED_OUT);
            if (state != TcpState.SYN_SENT) {
                queueReset(sndNxt, 0, false);
            }
            enterClosed(TcpError.TIMED_OUT);
            return;
        }
        rtt.backOff();
        // Re-armed at once, not when the retransmission leaves: if it cannot leave (no ARP entry,
        // device full) the connection must still time out.
        retransmitAt = now + rtt.rto();
        if (!synState) {
            ssthresh = Math.max((sndMax - sndUna) / 2, 2 * sndMss);
            cwnd = sndMss;
        }
        inRecovery = false;
        retransmitOne = false;
        dupAcks = 0;
        recover = sndMax;
        rttTiming = false;
        sndNxt = sndUna;
        if (retransmits > 1) {
            scoreboard.clear(); // SACK information is advisory (RFC 2018 §8): stop trusting it
        }
    }

    // ------------------------------------------------------------------ sending

    private static final int PLAN_NEW = 0, PLAN_RETRANSMIT_ONE = 1, PLAN_SACK_HOLE = 2;
    private int planSeq, planLen, planKind;
    private boolean planFin;

    /** Decides the next data/FIN segment; returns false if none is due (RFC 9293 §3.8.6.2.1, Nagle §3.7.4). */
    private boolean planSend() {
        switch (state) {
            case ESTABLISHED, CLOSE_WAIT, FIN_WAIT_1, CLOSING, LAST_ACK -> { }
            default -> {
                return false;
            }
        }
        planKind = PLAN_NEW;
        if (retransmitOne) {
            int off = sndUna - txSeq;
            int len = Math.max(0, Math.min(sndMss, tx.length() - off));
            boolean fin = finQueued && off + len == tx.length() && SeqNumber.gt(sndMax, finSeq());
            if (len > 0 || fin) {
                planSeq = sndUna;
                planLen = len;
                planFin = fin;
                planKind = PLAN_RETRANSMIT_ONE;
                return true;
            }
            retransmitOne = false;
        }
        if (sack && inRecovery && sackRetransmitBudget > 0) {
            if (findLostHole(Math.max(0, highRxt - sndUna))) {
                int off = sndUna - txSeq + holeStart;
                int len = Math.max(0, Math.min(Math.min(sndMss, holeEnd - holeStart), tx.length() - off));
                boolean fin = finQueued && off + len == tx.length() && SeqNumber.gt(sndMax, finSeq());
                if (len > 0 || fin) {
                    planSeq = sndUna + holeStart;
                    planLen = len;
                    planFin = fin;
                    planKind = PLAN_SACK_HOLE;
                    return true;
                }
            }
        }
        if (sack && SeqNumber.lt(sndNxt, sndMax)) {
            int range = scoreboard.rangeContaining(sndNxt - sndUna);
            if (range >= 0) {
                sndNxt = sndUna + scoreboard.rangeEnd(range); // go-back-N skips what the peer SACKed
            }
        }
        int off = sndNxt - txSeq;
        int available = Math.max(0, tx.length() - off);
        int flight = sndNxt - sndUna;
        // Limited transmit (RFC 3042): each of the first two duplicate ACKs lets one new segment out.
        int limitedTransmit = inRecovery ? 0 : Math.min(dupAcks, 2) * sndMss;
        int usable = Math.min(sndWnd, cwnd + limitedTransmit) - flight;
        int len = Math.max(0, Math.min(Math.min(available, sndMss), usable));
        if (len > 0 && len < sndMss) {
            boolean nagleAllows = noDelay || finQueued || flight == 0;
            boolean sendSmall = (len == available && nagleAllows) || flight == 0 || len >= maxSndWnd / 2;
            if (!sendSmall) {
                len = 0;
            }
        }
        boolean fin = finQueued && SeqNumber.le(sndNxt, finSeq()) && off + len == tx.length();
        if (len == 0 && !fin) {
            return false;
        }
        planSeq = sndNxt;
        planLen = len;
        planFin = fin;
        return true;
    }

    private boolean windowUpdateDue() {
        if (state != TcpState.ESTABLISHED && state != TcpState.FIN_WAIT_1 && state != TcpState.FIN_WAIT_2) {
            return false;
        }
        int capacity = rx.capacity();
        if (lastWindowSent >= capacity / 2) {
            return false;
        }
        int newEdge = rcvNxt + (advertisedWindowField() << rcvShift);
        int lastEdge = lastAckSent + lastWindowSent;
        return newEdge - lastEdge >= Math.min(capacity / 2, 2 * ourMss);
    }

    private int advertisedWindowField() {
        return Math.min(rx.free() >> rcvShift, 0xffff);
    }

    /**
     * Sends at most one segment that is due; returns whether one was sent. The interface calls
     * this repeatedly until it returns false.
     */
    public boolean dispatch(long now, SegmentSink sink) {
        checkTimers(now);
        if (rstPending) {
            return sendReset(now, sink);
        }
        switch (state) {
            case CLOSED, LISTEN -> {
                return false;
            }
            case SYN_SENT, SYN_RECEIVED -> {
                if (sndNxt == iss) {
                    return sendSyn(now, sink);
                }
                if (ackNowFlag && state == TcpState.SYN_RECEIVED) {
                    return send(now, sink, sndNxt, TcpRepr.ACK, 0, 0);
                }
                return false;
            }
            default -> { }
        }
        if (duplicateAcksOwed > 0) {
            duplicateAcksOwed--;
            return send(now, sink, sndMax, TcpRepr.ACK, 0, 0);
        }
        if (planSend()) {
            int flags = TcpRepr.ACK | (planFin ? TcpRepr.FIN : 0) | (planLen > 0 ? TcpRepr.PSH : 0);
            boolean retransmission = planKind != PLAN_NEW || SeqNumber.lt(planSeq, sndMax);
            if (!send(now, sink, planSeq, flags, planSeq - txSeq, planLen)) {
                return false;
            }
            if (planKind == PLAN_RETRANSMIT_ONE) {
                retransmitOne = false;
                if (SeqNumber.lt(highRxt, planSeq + planLen)) {
                    highRxt = planSeq + Math.max(planLen, 1);
                }
            } else if (planKind == PLAN_SACK_HOLE) {
                sackRetransmitBudget--;
                highRxt = planSeq + Math.max(planLen, 1);
            } else {
                sndNxt = planSeq + planLen + (planFin ? 1 : 0);
                if (SeqNumber.gt(sndNxt, sndMax)) {
                    if (!rttTiming && !timestamps && !retransmission) {
                        rttTiming = true;
                        rttSeq = planSeq;
                        rttStart = now;
                    }
                    sndMax = sndNxt;
                }
            }
            if (retransmitAt == NEVER) {
                retransmitAt = now + rtt.rto();
            }
            return true;
        }
        armPersistTimer(now);
        if (ackNowFlag || windowUpdateDue()) {
            // SND.MAX, not SND.NXT: after a timeout pulled SND.NXT back, an ACK carrying it would
            // fall left of the peer's window and be dropped unread.
            return send(now, sink, sndMax, TcpRepr.ACK, 0, 0);
        }
        if (probePending) {
            probePending = false;
            return send(now, sink, sndUna - 1, TcpRepr.ACK, 0, 0);
        }
        return false;
    }

    /** Zero-window probing (RFC 9293 §3.8.6.1): data waits, the window is closed, nothing is in flight. */
    private boolean persistNeeded() {
        boolean sending = state == TcpState.ESTABLISHED || state == TcpState.CLOSE_WAIT
                || state == TcpState.FIN_WAIT_1 || state == TcpState.CLOSING || state == TcpState.LAST_ACK;
        return sending && sndWnd == 0 && sndNxt == sndUna && sndMax == sndUna && tx.length() > sndNxt - txSeq;
    }

    private void armPersistTimer(long now) {
        if (persistNeeded()) {
            if (persistAt == NEVER) {
                persistAt = now + rtt.rto();
            }
        } else if (sndWnd > 0) {
            persistAt = NEVER;
        }
    }

    private boolean sendSyn(long now, SegmentSink sink) {
        boolean synAck = state == TcpState.SYN_RECEIVED;
        if (!send(now, sink, iss, TcpRepr.SYN | (synAck ? TcpRepr.ACK : 0), 0, 0)) {
            return false;
        }
        sndNxt = iss + 1;
        if (SeqNumber.gt(sndNxt, sndMax)) {
            sndMax = sndNxt;
        }
        if (retransmits == 0) {
            rttStart = now;
        }
        if (retransmitAt == NEVER) {
            retransmitAt = now + rtt.rto();
        }
        return true;
    }

    private boolean sendReset(long now, SegmentSink sink) {
        out.clear();
        out.sourcePort = localPort;
        out.destinationPort = remotePort;
        out.sequenceNumber = rstSeq;
        out.acknowledgmentNumber = rstAck;
        out.flags = TcpRepr.RST | (rstWithAck ? TcpRepr.ACK : 0);
        boolean sent = sink.sendTcp(now, localAddress, remoteAddress, out, tx, 0);
        if (sent || state == TcpState.CLOSED) {
            rstPending = false; // a reset is best effort: a closed socket does not wait for a neighbour
        }
        return sent;
    }

    private boolean send(long now, SegmentSink sink, int seq, int flags, int payloadOffset, int len) {
        out.clear();
        out.sourcePort = localPort;
        out.destinationPort = remotePort;
        out.sequenceNumber = seq;
        out.flags = flags;
        boolean syn = (flags & TcpRepr.SYN) != 0;
        boolean withAck = (flags & TcpRepr.ACK) != 0;
        out.acknowledgmentNumber = withAck ? rcvNxt : 0;
        int windowField = syn ? Math.min(rx.free(), 0xffff) : advertisedWindowField();
        out.window = windowField;
        if (syn) {
            out.mss = ourMss;
            boolean active = state == TcpState.SYN_SENT;
            out.windowScale = active ? ourWindowShift() : (windowScaling ? rcvShift : -1);
            out.hasTimestamps = active ? offerTimestamps : timestamps;
            out.sackPermitted = active ? offerSack : sack;
        } else {
            out.hasTimestamps = timestamps;
            if (sack && withAck && !assembler.isEmpty()) {
                // Options count against the MSS (RFC 6691): blocks that do not fit beside the data are left out.
                fillSackBlocks(Math.min(timestamps ? 3 : TcpRepr.MAX_SACK_BLOCKS, (sndMss - len - 4) / 8));
            }
        }
        if (out.hasTimestamps) {
            out.timestampValue = (int) now == 0 ? 1 : (int) now;
            out.timestampEcho = withAck ? tsRecent : 0;
        }
        out.payloadLength = len;
        if (!sink.sendTcp(now, localAddress, remoteAddress, out, tx, payloadOffset)) {
            return false;
        }
        if (withAck) {
            lastAckSent = rcvNxt;
            lastWindowSent = syn ? windowField : windowField << rcvShift;
            ackNowFlag = false;
            ackDueAt = NEVER;
            unackedBytes = 0;
        }
        return true;
    }

    /** Reports the out-of-order ranges held, the most recent first (RFC 2018 §4). */
    private void fillSackBlocks(int max) {
        if (max <= 0) {
            return;
        }
        int recent = assembler.rangeContaining(lastOutOfOrderSeq - rcvNxt);
        int n = 0;
        if (recent >= 0) {
            out.sackLeft[n] = rcvNxt + assembler.rangeStart(recent);
            out.sackRight[n] = rcvNxt + assembler.rangeEnd(recent);
            n++;
        }
        for (int i = 0; i < assembler.rangeCount() && n < max; i++) {
            if (i != recent) {
                out.sackLeft[n] = rcvNxt + assembler.rangeStart(i);
                out.sackRight[n] = rcvNxt + assembler.rangeEnd(i);
                n++;
            }
        }
        out.sackCount = n;
    }

    /**
     * Returns when this socket next needs {@link #dispatch}: 0 if it has something to send now,
     * {@link Long#MAX_VALUE} if it waits for nothing.
     */
    public long pollAt() {
        if (rstPending) {
            return 0;
        }
        switch (state) {
            case CLOSED, LISTEN -> {
                return NEVER;
            }
            case SYN_SENT, SYN_RECEIVED -> {
                if (sndNxt == iss || (ackNowFlag && state == TcpState.SYN_RECEIVED)) {
                    return 0;
                }
            }
            default -> {
                if (ackNowFlag || probePending || duplicateAcksOwed > 0 || planSend() || windowUpdateDue()) {
                    return 0;
                }
            }
        }
        long at = Math.min(retransmitAt, ackDueAt);
        at = Math.min(at, Math.min(timeWaitUntil, finWait2Until));
        at = Math.min(at, Math.min(persistAt, keepAliveAt));
        if (persistAt == NEVER && persistNeeded()) {
            return 0; // the persist timer is armed on the next dispatch
        }
        return at;
    }

    @Override
    public String toString() {
        return "TcpSocket[" + state + " " + localPort + "->" + remotePort + " una=" + (sndUna & 0xffffffffL)
                + " nxt=" + (sndNxt & 0xffffffffL) + " rcv=" + (rcvNxt & 0xffffffffL)
                + " wnd=" + sndWnd + " cwnd=" + cwnd + " tx=" + tx.length() + " rx=" + rx.length() + "]";
    }
}
