package dev.mayfly.net.wire;

/**
 * The fields of a TCP segment as values (RFC 9293 §3.1), with the options this stack understands.
 *
 * <p>A repr is mutable so one instance can be reused for every segment: the hot path never
 * allocates. An absent option reads as {@code mss == 0}, {@code windowScale == -1},
 * {@code hasTimestamps == false}.
 */
public final class TcpRepr {
    /** FIN: no more data from sender (RFC 9293 §3.1). */
    public static final int FIN = 0x01;
    /** SYN: synchronize sequence numbers. */
    public static final int SYN = 0x02;
    /** RST: reset the connection. */
    public static final int RST = 0x04;
    /** PSH: push function. */
    public static final int PSH = 0x08;
    /** ACK: acknowledgment field is significant. */
    public static final int ACK = 0x10;
    /** URG: urgent pointer field is significant (not supported, ignored). */
    public static final int URG = 0x20;
    /** Most SACK blocks an option can carry: 4, or 3 beside timestamps (RFC 2018 §3). */
    public static final int MAX_SACK_BLOCKS = 4;
    /** Largest shift count of the window-scale option (RFC 7323 §2.3). */
    public static final int MAX_WINDOW_SCALE = 14;

    public int sourcePort;
    public int destinationPort;
    public int sequenceNumber;
    public int acknowledgmentNumber;
    public int flags;
    /** The unscaled 16-bit window field. */
    public int window;
    public int mss;
    public int windowScale = -1;
    public boolean sackPermitted;
    public boolean hasTimestamps;
    public int timestampValue;
    public int timestampEcho;
    /** Left edges of SACK blocks (RFC 2018 §3), {@link #sackCount} of them. */
    public final int[] sackLeft = new int[MAX_SACK_BLOCKS];
    /** Right edges (first sequence number after the block) of SACK blocks. */
    public final int[] sackRight = new int[MAX_SACK_BLOCKS];
    public int sackCount;
    /** Payload bytes of a parsed segment; for an outgoing segment the sender copies its payload separately. */
    public byte[] payloadBuffer;
    public int payloadOffset;
    public int payloadLength;

    /** Clears every field. */
    public TcpRepr clear() {
        sourcePort = destinationPort = sequenceNumber = acknowledgmentNumber = flags = window = mss = 0;
        windowScale = -1;
        sackPermitted = hasTimestamps = false;
        timestampValue = timestampEcho = 0;
        sackCount = 0;
        payloadBuffer = null;
        payloadOffset = payloadLength = 0;
        return this;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Returns the length of this segment in sequence space: payload plus one each for SYN and FIN. */
    public int sequenceLength() {
        return payloadLength + (has(SYN) ? 1 : 0) + (has(FIN) ? 1 : 0);
    }

    /** Fills this repr from a segment that {@link TcpSegment#wrap} accepted. */
    public void parse(TcpSegment segment) {
        clear();
        sourcePort = segment.sourcePort();
        destinationPort = segment.destinationPort();
        sequenceNumber = segment.sequenceNumber();
        acknowledgmentNumber = segment.acknowledgmentNumber();
        flags = segment.flags();
        window = segment.window();
        payloadBuffer = segment.buffer();
        payloadOffset = segment.payloadOffset();
        payloadLength = segment.payloadLength();
        byte[] b = segment.buffer();
        int at = segment.optionsOffset();
        int end = segment.optionsEnd();
        while (at < end) {
            int kind = b[at] & 0xff;
            if (kind == TcpSegment.OPTION_END) {
                break;
            }
            if (kind == TcpSegment.OPTION_NOP) {
                at++;
                continue;
            }
            int len = b[at + 1] & 0xff;
            switch (kind) {
                case TcpSegment.OPTION_MSS -> mss = NetworkBytes.u16(b, at + 2);
                case TcpSegment.OPTION_WINDOW_SCALE -> windowScale = Math.min(b[at + 2] & 0xff, MAX_WINDOW_SCALE);
                case TcpSegment.OPTION_SACK_PERMITTED -> sackPermitted = true;
                case TcpSegment.OPTION_SACK -> {
                    int blocks = Math.min((len - 2) / 8, MAX_SACK_BLOCKS);
                    for (int i = 0; i < blocks; i++) {
                        sackLeft[i] = NetworkBytes.u32(b, at + 2 + 8 * i);
                        sackRight[i] = NetworkBytes.u32(b, at + 6 + 8 * i);
                    }
                    sackCount = blocks;
                }
                case TcpSegment.OPTION_TIMESTAMPS -> {
                    hasTimestamps = true;
                    timestampValue = NetworkBytes.u32(b, at + 2);
                    timestampEcho = NetworkBytes.u32(b, at + 6);
                }
                default -> { }
            }
            at += len;
        }
    }

    /** Returns the header length this repr emits, options padded to a multiple of four bytes. */
    public int headerLength() {
        int options = 0;
        if (mss > 0) options += 4;
        if (windowScale >= 0) options += 4; // NOP + 3
        if (sackPermitted) options += 4;    // NOP NOP + 2
        if (hasTimestamps) options += 12;   // NOP NOP + 10
        if (sackCount > 0) options += 4 + 8 * sackCount; // NOP NOP + 2 + 8n
        return TcpSegment.MIN_HEADER_LENGTH + options;
    }

    /** Writes the header (checksum zero) at {@code offset} and returns its length. */
    public int writeHeader(byte[] b, int offset) {
        int headerLength = headerLength();
        NetworkBytes.put16(b, offset, sourcePort);
        NetworkBytes.put16(b, offset + 2, destinationPort);
        NetworkBytes.put32(b, offset + 4, sequenceNumber);
        NetworkBytes.put32(b, offset + 8, acknowledgmentNumber);
        b[offset + 12] = (byte) ((headerLength / 4) << 4);
        b[offset + 13] = (byte) flags;
        NetworkBytes.put16(b, offset + 14, window);
        NetworkBytes.put16(b, offset + 16, 0);
        NetworkBytes.put16(b, offset + 18, 0);
        int at = offset + TcpSegment.MIN_HEADER_LENGTH;
        if (mss > 0) {
            b[at] = TcpSegment.OPTION_MSS;
            b[at + 1] = 4;
            NetworkBytes.put16(b, at + 2, mss);
            at += 4;
        }
        if (windowScale >= 0) {
            b[at] = TcpSegment.OPTION_NOP;
            b[at + 1] = TcpSegment.OPTION_WINDOW_SCALE;
            b[at + 2] = 3;
            b[at + 3] = (byte) windowScale;
            at += 4;
        }
        if (sackPermitted) {
            b[at] = TcpSegment.OPTION_NOP;
            b[at + 1] = TcpSegment.OPTION_NOP;
            b[at + 2] = TcpSegment.OPTION_SACK_PERMITTED;
            b[at + 3] = 2;
            at += 4;
        }
        if (hasTimestamps) {
            b[at] = TcpSegment.OPTION_NOP;
            b[at + 1] = TcpSegment.OPTION_NOP;
            b[at + 2] = TcpSegment.OPTION_TIMESTAMPS;
            b[at + 3] = 10;
            NetworkBytes.put32(b, at + 4, timestampValue);
            NetworkBytes.put32(b, at + 8, timestampEcho);
            at += 12;
        }
        if (sackCount > 0) {
            b[at] = TcpSegment.OPTION_NOP;
            b[at + 1] = TcpSegment.OPTION_NOP;
            b[at + 2] = TcpSegment.OPTION_SACK;
            b[at + 3] = (byte) (2 + 8 * sackCount);
            for (int i = 0; i < sackCount; i++) {
                NetworkBytes.put32(b, at + 4 + 8 * i, sackLeft[i]);
                NetworkBytes.put32(b, at + 8 + 8 * i, sackRight[i]);
            }
        }
        return headerLength;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TCP ").append(sourcePort).append("->").append(destinationPort);
        if (has(SYN)) sb.append(" SYN");
        if (has(ACK)) sb.append(" ACK");
        if (has(FIN)) sb.append(" FIN");
        if (has(RST)) sb.append(" RST");
        if (has(PSH)) sb.append(" PSH");
        sb.append(" seq=").append(sequenceNumber & 0xffffffffL);
        sb.append(" ack=").append(acknowledgmentNumber & 0xffffffffL);
        sb.append(" win=").append(window).append(" len=").append(payloadLength);
        if (mss > 0) sb.append(" mss=").append(mss);
        if (windowScale >= 0) sb.append(" ws=").append(windowScale);
        return sb.toString();
    }
}
