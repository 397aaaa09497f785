package dev.mayfly.net.iface;

import dev.mayfly.net.wire.ArpPacket;
import dev.mayfly.net.wire.EthernetFrame;
import dev.mayfly.net.wire.IcmpPacket;
import dev.mayfly.net.wire.Ipv4Packet;
import dev.mayfly.net.wire.TcpRepr;
import dev.mayfly.net.wire.TcpSegment;
import dev.mayfly.net.wire.UdpDatagram;
import dev.mayfly.net.wire.WireError;

/** Builds and parses whole Ethernet frames for interface tests. */
final class Frames {
    static final int L2 = EthernetFrame.HEADER_LENGTH;
    static final int L3 = L2 + Ipv4Packet.MIN_HEADER_LENGTH;

    static byte[] ipv4(long srcMac, long dstMac, int src, int dst, int protocol, byte[] payload) {
        byte[] f = new byte[L3 + payload.length];
        EthernetFrame.writeHeader(f, 0, dstMac, srcMac, EthernetFrame.ETHERTYPE_IPV4);
        Ipv4Packet.writeHeader(f, L2, src, dst, protocol, payload.length, 64, 1);
        System.arraycopy(payload, 0, f, L3, payload.length);
        return f;
    }

    static byte[] tcp(long srcMac, long dstMac, int src, int dst, TcpRepr r, byte[] payload) {
        r.payloadLength = payload.length;
        byte[] seg = new byte[r.headerLength() + payload.length];
        int hl = r.writeHeader(seg, 0);
        System.arraycopy(payload, 0, seg, hl, payload.length);
        TcpSegment.fillChecksum(seg, 0, seg.length, src, dst);
        return ipv4(srcMac, dstMac, src, dst, Ipv4Packet.PROTOCOL_TCP, seg);
    }

    static byte[] udp(long srcMac, long dstMac, int src, int dst, int srcPort, int dstPort, byte[] payload) {
        byte[] d = new byte[UdpDatagram.HEADER_LENGTH + payload.length];
        System.arraycopy(payload, 0, d, UdpDatagram.HEADER_LENGTH, payload.length);
        UdpDatagram.writeHeader(d, 0, src, dst, srcPort, dstPort, payload.length);
        return ipv4(srcMac, dstMac, src, dst, Ipv4Packet.PROTOCOL_UDP, d);
    }

    static byte[] echoRequest(long srcMac, long dstMac, int src, int dst, int id, int seq, byte[] data) {
        byte[] m = new byte[IcmpPacket.HEADER_LENGTH + data.length];
        System.arraycopy(data, 0, m, IcmpPacket.HEADER_LENGTH, data.length);
        IcmpPacket.writeEcho(m, 0, IcmpPacket.TYPE_ECHO_REQUEST, id, seq, data.length);
        return ipv4(srcMac, dstMac, src, dst, Ipv4Packet.PROTOCOL_ICMP, m);
    }

    static byte[] arp(long srcMac, long dstMac, int op, long senderMac, int senderIp, long targetMac, int targetIp) {
        byte[] f = new byte[L2 + ArpPacket.LENGTH];
        EthernetFrame.writeHeader(f, 0, dstMac, srcMac, EthernetFrame.ETHERTYPE_ARP);
        ArpPacket.write(f, L2, op, senderMac, senderIp, targetMac, targetIp);
        return f;
    }

    /** Parses a frame carrying TCP; fails the test if it does not. */
    static TcpRepr parseTcp(byte[] frame) {
        EthernetFrame e = new EthernetFrame();
        if (e.wrap(frame, 0, frame.length) != WireError.NONE || e.etherType() != EthernetFrame.ETHERTYPE_IPV4) {
            throw new AssertionError("not IPv4");
        }
        Ipv4Packet ip = new Ipv4Packet();
        if (ip.wrap(frame, e.payloadOffset(), e.payloadLength()) != WireError.NONE || ip.protocol() != Ipv4Packet.PROTOCOL_TCP) {
            throw new AssertionError("not TCP");
        }
        TcpSegment s = new TcpSegment();
        if (s.wrap(frame, ip.payloadOffset(), ip.payloadLength(), ip.source(), ip.destination()) != WireError.NONE) {
            throw new AssertionError("bad TCP");
        }
        TcpRepr r = new TcpRepr();
        r.parse(s);
        return r;
    }

    static Ipv4Packet parseIpv4(byte[] frame) {
        Ipv4Packet ip = new Ipv4Packet();
        if (ip.wrap(frame, L2, frame.length - L2) != WireError.NONE) {
            throw new AssertionError("not IPv4");
        }
        return ip;
    }

    static void refreshIpv4Checksum(byte[] f) {
        f[L2 + 10] = f[L2 + 11] = 0;
        int sum = dev.mayfly.net.wire.InternetChecksum.finish(dev.mayfly.net.wire.InternetChecksum.add(0, f, L2, (f[L2] & 0xf) * 4));
        dev.mayfly.net.wire.NetworkBytes.put16(f, L2 + 10, sum);
    }
}
