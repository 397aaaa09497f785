package dev.mayfly.net.wire;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Every parser takes any bytes: it accepts or rejects them, and its accessors never throw. */
class ParsersNeverThrowProperties {

    @Provide
    Arbitrary<byte[]> frames() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(1600);
    }

    @Property(tries = 2000)
    void ethernetFrameAcceptsOrRejectsAnyBytes(@ForAll("frames") byte[] bytes, @ForAll @IntRange(min = -2, max = 40) int offset) {
        EthernetFrame f = new EthernetFrame();
        f.wrap(bytes, offset, bytes.length - Math.max(offset, 0));
        f.destination();
        f.source();
        f.etherType();
        checkSlice(f.buffer(), f.payloadOffset(), f.payloadLength());
    }

    @Property(tries = 2000)
    void arpPacketAcceptsOrRejectsAnyBytes(@ForAll("frames") byte[] bytes) {
        ArpPacket p = new ArpPacket();
        p.wrap(bytes, 0, bytes.length);
        p.operation();
        p.senderMac();
        p.targetIp();
    }

    @Property(tries = 3000)
    void ipv4PacketAcceptsOrRejectsAnyBytes(@ForAll("frames") byte[] bytes) {
        Ipv4Packet p = new Ipv4Packet();
        WireError e = p.wrap(bytes, 0, bytes.length);
        p.isFragment();
        p.protocol();
        p.ttl();
        p.source();
        p.destination();
        p.identification();
        checkSlice(p.buffer(), p.payloadOffset(), p.payloadLength());
        if (e == WireError.NONE && p.payloadLength() < 0) {
            throw new AssertionError("negative payload");
        }
    }

    @Property(tries = 3000)
    void ipv4PacketWithValidChecksumStillChecksLengths(@ForAll("frames") byte[] bytes) {
        if (bytes.length >= 20) {
            bytes[0] = (byte) (0x40 | (bytes[0] & 0x0f));
            int hl = Math.min((bytes[0] & 0xf) * 4, bytes.length);
            if (hl >= 20) {
                bytes[10] = bytes[11] = 0;
                int sum = InternetChecksum.finish(InternetChecksum.add(0, bytes, 0, hl));
                NetworkBytes.put16(bytes, 10, sum);
            }
        }
        ipv4PacketAcceptsOrRejectsAnyBytes(bytes);
    }

    @Property(tries = 2000)
    void icmpPacketAcceptsOrRejectsAnyBytes(@ForAll("frames") byte[] bytes) {
        IcmpPacket p = new IcmpPacket();
        p.wrap(bytes, 0, bytes.length);
        p.type();
        p.code();
        p.echoIdentifier();
        p.echoSequence();
        checkSlice(p.buffer(), p.dataOffset(), p.dataLength());
    }

    @Property(tries = 2000)
    void udpDatagramAcceptsOrRejectsAnyBytes(@ForAll("frames") byte[] bytes, @ForAll int src, @ForAll int dst) {
        UdpDatagram d = new UdpDatagram();
        d.wrap(bytes, 0, bytes.length, src, dst);
        d.sourcePort();
        d.destinationPort();
        checkSlice(d.buffer(), d.payloadOffset(), d.payloadLength());
    }

    @Property(tries = 3000)
    void tcpSegmentAcceptsOrRejectsAnyBytes(@ForAll("frames") byte[] bytes, @ForAll int src, @ForAll int dst) {
        parseTcp(bytes, src, dst);
    }

    @Property(tries = 3000)
    void tcpSegmentWithValidChecksumParsesAnyOptions(@ForAll("frames") byte[] bytes, @ForAll int src, @ForAll int dst) {
        if (bytes.length >= 20) {
            TcpSegment.fillChecksum(bytes, 0, bytes.length, src, dst);
        }
        parseTcp(bytes, src, dst);
    }

    private static void parseTcp(byte[] bytes, int src, int dst) {
        TcpSegment s = new TcpSegment();
        WireError e = s.wrap(bytes, 0, bytes.length, src, dst);
        s.sourcePort();
        s.flags();
        s.window();
        checkSlice(s.buffer(), s.payloadOffset(), s.payloadLength());
        TcpRepr r = new TcpRepr();
        if (e == WireError.NONE) {
            r.parse(s);
            checkSlice(r.payloadBuffer, r.payloadOffset, r.payloadLength);
            if (r.windowScale > TcpRepr.MAX_WINDOW_SCALE) {
                throw new AssertionError("window scale above 14");
            }
        }
    }

    @Property(tries = 3000)
    void dhcpMessageAcceptsOrRejectsAnyBytes(@ForAll("frames") byte[] bytes) {
        new DhcpMessage().parse(bytes, 0, bytes.length);
    }

    @Property(tries = 3000)
    void dhcpMessageWithCookieParsesAnyOptions(@ForAll @Size(min = 0, max = 400) byte[] options, @ForAll byte op) {
        byte[] b = new byte[DhcpMessage.FIXED_LENGTH + 4 + options.length];
        b[0] = op;
        b[1] = 1;
        b[2] = 6;
        NetworkBytes.put32(b, DhcpMessage.FIXED_LENGTH, DhcpMessage.MAGIC_COOKIE);
        System.arraycopy(options, 0, b, DhcpMessage.FIXED_LENGTH + 4, options.length);
        DhcpMessage m = new DhcpMessage();
        if (m.parse(b, 0, b.length) == WireError.NONE && (m.dnsServerCount > DhcpMessage.MAX_DNS_SERVERS)) {
            throw new AssertionError("too many DNS servers");
        }
    }

    static void checkSlice(byte[] buffer, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > buffer.length) {
            throw new AssertionError("slice " + offset + "+" + length + " outside " + buffer.length);
        }
    }
}
