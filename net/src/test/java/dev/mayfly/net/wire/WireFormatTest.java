package dev.mayfly.net.wire;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Round trips and known answers for the wire formats. */
class WireFormatTest {

    @Test
    void checksumMatchesRfc1071Example() {
        // RFC 1071 §3: the bytes 00 01 f2 03 f4 f5 f6 f7 sum to ddf2 (ones' complement 220d).
        byte[] b = {0x00, 0x01, (byte) 0xf2, 0x03, (byte) 0xf4, (byte) 0xf5, (byte) 0xf6, (byte) 0xf7};
        assertEquals(0x220d, InternetChecksum.finish(InternetChecksum.add(0, b, 0, b.length)));
    }

    @Test
    void ipv4HeaderRoundTrips() {
        byte[] b = new byte[40];
        Ipv4Packet.writeHeader(b, 0, Ipv4Address.of(10, 0, 0, 1), Ipv4Address.of(10, 0, 0, 2), 6, 20, 64, 7);
        Ipv4Packet p = new Ipv4Packet();
        assertEquals(WireError.NONE, p.wrap(b, 0, b.length));
        assertEquals(Ipv4Address.of(10, 0, 0, 1), p.source());
        assertEquals(Ipv4Address.of(10, 0, 0, 2), p.destination());
        assertEquals(6, p.protocol());
        assertEquals(20, p.payloadLength());
        assertFalse(p.isFragment());
        assertTrue(p.dontFragment());
    }

    @Test
    void ipv4RejectsBadChecksum() {
        byte[] b = new byte[20];
        Ipv4Packet.writeHeader(b, 0, 1, 2, 6, 0, 64, 0);
        b[8] ^= 1;
        assertEquals(WireError.BAD_CHECKSUM, new Ipv4Packet().wrap(b, 0, b.length));
    }

    @Test
    void ipv4ExcludesEthernetPadding() {
        byte[] b = new byte[46];
        Ipv4Packet.writeHeader(b, 0, 1, 2, 17, 8, 64, 0);
        Ipv4Packet p = new Ipv4Packet();
        assertEquals(WireError.NONE, p.wrap(b, 0, b.length));
        assertEquals(8, p.payloadLength());
    }

    @Test
    void ipv4ReportsFragments() {
        byte[] b = new byte[28];
        Ipv4Packet.writeHeader(b, 0, 1, 2, 17, 8, 64, 0);
        NetworkBytes.put16(b, 6, Ipv4Packet.FLAG_MORE_FRAGMENTS);
        NetworkBytes.put16(b, 10, 0);
        NetworkBytes.put16(b, 10, InternetChecksum.finish(InternetChecksum.add(0, b, 0, 20)));
        Ipv4Packet p = new Ipv4Packet();
        assertEquals(WireError.NONE, p.wrap(b, 0, b.length));
        assertTrue(p.isFragment());
    }

    @Property(tries = 500)
    void tcpReprRoundTripsThroughBytes(@ForAll int seq, @ForAll int ack, @ForAll @IntRange(max = 0xff) int flags,
                                       @ForAll @IntRange(max = 0xffff) int window, @ForAll @IntRange(max = 0xffff) int mss,
                                       @ForAll @IntRange(min = -1, max = 14) int scale, @ForAll boolean sack,
                                       @ForAll boolean ts, @ForAll int tsVal, @ForAll @IntRange(max = 100) int payload) {
        TcpRepr r = new TcpRepr();
        r.sourcePort = 1234;
        r.destinationPort = 80;
        r.sequenceNumber = seq;
        r.acknowledgmentNumber = ack;
        r.flags = flags;
        r.window = window;
        r.mss = mss;
        r.windowScale = scale;
        r.sackPermitted = sack;
        r.hasTimestamps = ts;
        r.timestampValue = tsVal;
        r.timestampEcho = ~tsVal;
        byte[] b = new byte[r.headerLength() + payload];
        int hl = r.writeHeader(b, 0);
        for (int i = 0; i < payload; i++) {
            b[hl + i] = (byte) i;
        }
        TcpSegment.fillChecksum(b, 0, b.length, 11, 22);
        TcpSegment s = new TcpSegment();
        assertEquals(WireError.NONE, s.wrap(b, 0, b.length, 11, 22));
        TcpRepr q = new TcpRepr();
        q.parse(s);
        assertEquals(seq, q.sequenceNumber);
        assertEquals(ack, q.acknowledgmentNumber);
        assertEquals(flags, q.flags);
        assertEquals(window, q.window);
        assertEquals(mss, q.mss);
        assertEquals(scale, q.windowScale);
        assertEquals(sack, q.sackPermitted);
        assertEquals(ts, q.hasTimestamps);
        if (ts) {
            assertEquals(tsVal, q.timestampValue);
            assertEquals(~tsVal, q.timestampEcho);
        }
        assertEquals(payload, q.payloadLength);
        assertEquals(WireError.BAD_CHECKSUM, s.wrap(b, 0, b.length, 12, 22));
    }

    @Test
    void tcpSackBlocksRoundTrip() {
        TcpRepr r = new TcpRepr();
        r.flags = TcpRepr.ACK;
        r.hasTimestamps = true;
        r.sackCount = 3;
        for (int i = 0; i < 3; i++) {
            r.sackLeft[i] = 1000 * i + 1;
            r.sackRight[i] = 1000 * i + 500;
        }
        byte[] b = new byte[r.headerLength()];
        assertEquals(TcpSegment.MAX_HEADER_LENGTH, b.length, "timestamps and three SACK blocks fill the header");
        r.writeHeader(b, 0);
        TcpSegment.fillChecksum(b, 0, b.length, 1, 2);
        TcpSegment s = new TcpSegment();
        assertEquals(WireError.NONE, s.wrap(b, 0, b.length, 1, 2));
        TcpRepr q = new TcpRepr();
        q.parse(s);
        assertEquals(3, q.sackCount);
        assertEquals(2001, q.sackLeft[2]);
        assertEquals(2500, q.sackRight[2]);
    }

    @Test
    void tcpRejectsOptionRunningPastHeader() {
        byte[] b = new byte[24];
        b[12] = 0x60; // data offset 6
        b[20] = TcpSegment.OPTION_MSS;
        b[21] = 8;    // claims 8 bytes, only 4 in the header
        TcpSegment.fillChecksum(b, 0, b.length, 1, 2);
        assertEquals(WireError.MALFORMED_OPTION, new TcpSegment().wrap(b, 0, b.length, 1, 2));
    }

    @Test
    void tcpRejectsZeroLengthOption() {
        byte[] b = new byte[24];
        b[12] = 0x60;
        b[20] = 30;
        b[21] = 0;
        TcpSegment.fillChecksum(b, 0, b.length, 1, 2);
        assertEquals(WireError.MALFORMED_OPTION, new TcpSegment().wrap(b, 0, b.length, 1, 2));
    }

    @Test
    void udpAcceptsZeroChecksumAndRejectsWrongOne() {
        byte[] b = new byte[12];
        UdpDatagram.writeHeader(b, 0, 1, 2, 53, 5353, 4);
        UdpDatagram d = new UdpDatagram();
        assertEquals(WireError.NONE, d.wrap(b, 0, b.length, 1, 2));
        assertEquals(4, d.payloadLength());
        assertEquals(WireError.BAD_CHECKSUM, d.wrap(b, 0, b.length, 1, 3));
        b[6] = b[7] = 0;
        assertEquals(WireError.NONE, d.wrap(b, 0, b.length, 1, 3));
    }

    @Test
    void udpRejectsLengthBeyondBuffer() {
        byte[] b = new byte[12];
        UdpDatagram.writeHeader(b, 0, 1, 2, 53, 53, 4);
        NetworkBytes.put16(b, 4, 100);
        assertEquals(WireError.BAD_LENGTH, new UdpDatagram().wrap(b, 0, b.length, 1, 2));
    }

    @Test
    void arpRoundTripsAndRejectsOtherHardware() {
        byte[] b = new byte[28];
        ArpPacket.write(b, 0, ArpPacket.OPERATION_REQUEST, 0x0200_0000_0001L, 0x0a000001, 0, 0x0a000002);
        ArpPacket p = new ArpPacket();
        assertEquals(WireError.NONE, p.wrap(b, 0, b.length));
        assertEquals(0x0200_0000_0001L, p.senderMac());
        assertEquals(0x0a000002, p.targetIp());
        b[1] = 6; // IEEE 802 hardware
        assertEquals(WireError.UNSUPPORTED, p.wrap(b, 0, b.length));
    }

    @Test
    void dhcpMessageRoundTrips() {
        DhcpMessage m = new DhcpMessage();
        m.op = DhcpMessage.OP_REPLY;
        m.transactionId = 0x12345678;
        m.clientMac = 0x0200_0000_0001L;
        m.messageType = DhcpMessage.ACK;
        m.yourAddress = Ipv4Address.of(10, 0, 2, 15);
        m.serverIdentifier = Ipv4Address.of(10, 0, 2, 2);
        m.subnetMask = Ipv4Address.netmask(24);
        m.router = Ipv4Address.of(10, 0, 2, 2);
        m.leaseSeconds = 86400;
        byte[] b = new byte[m.length()];
        assertEquals(b.length, m.write(b, 0));
        DhcpMessage q = new DhcpMessage();
        assertEquals(WireError.NONE, q.parse(b, 0, b.length));
        assertEquals(0x12345678, q.transactionId);
        assertEquals(DhcpMessage.ACK, q.messageType);
        assertEquals(Ipv4Address.of(10, 0, 2, 15), q.yourAddress);
        assertEquals(Ipv4Address.netmask(24), q.subnetMask);
        assertEquals(86400, q.leaseSeconds);
        assertEquals(0x0200_0000_0001L, q.clientMac);
    }

    @Test
    void addressesFormatAndParse() {
        assertEquals("192.168.1.254", Ipv4Address.toString(Ipv4Address.parse("192.168.1.254")));
        assertThrows(IllegalArgumentException.class, () -> Ipv4Address.parse("1.2.3"));
        assertThrows(IllegalArgumentException.class, () -> Ipv4Address.parse("1.2.3.256"));
        assertThrows(IllegalArgumentException.class, () -> Ipv4Address.parse("1..2.3"));
        assertEquals("52:54:00:12:34:56", MacAddress.toString(MacAddress.parse("52:54:00:12:34:56")));
        assertEquals(24, Ipv4Address.prefixLength(Ipv4Address.parse("255.255.255.0")));
        assertEquals(-1, Ipv4Address.prefixLength(Ipv4Address.parse("255.0.255.0")));
    }
}
