package dev.mayfly.net.iface;

import dev.mayfly.net.NetCounter;
import dev.mayfly.net.phy.Device;
import dev.mayfly.net.socket.TcpListener;
import dev.mayfly.net.socket.TcpSocket;
import dev.mayfly.net.socket.TcpState;
import dev.mayfly.net.socket.UdpSocket;
import dev.mayfly.net.wire.ArpPacket;
import dev.mayfly.net.wire.EthernetFrame;
import dev.mayfly.net.wire.IcmpPacket;
import dev.mayfly.net.wire.Ipv4Address;
import dev.mayfly.net.wire.Ipv4Packet;
import dev.mayfly.net.wire.MacAddress;
import dev.mayfly.net.wire.NetworkBytes;
import dev.mayfly.net.wire.TcpRepr;
import dev.mayfly.net.wire.WireError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.mayfly.net.iface.Frames.*;
import static org.junit.jupiter.api.Assertions.*;

/** The interface against well-formed and hostile frames. */
class InterfaceTest {
    static final long OUR_MAC = 0x02_00_00_00_00_01L;
    static final long PEER_MAC = 0x02_00_00_00_00_02L;
    static final int US = Ipv4Address.of(192, 168, 1, 10);
    static final int PEER = Ipv4Address.of(192, 168, 1, 20);
    static final int GATEWAY = Ipv4Address.of(192, 168, 1, 1);

    ScriptedDevice device;
    Interface iface;
    long now = 1000;

    @BeforeEach
    void setUp() {
        device = new ScriptedDevice();
        iface = new Interface(device, OUR_MAC, Ipv4Config.ofStatic(US, 24, GATEWAY), 99);
    }

    List<byte[]> receive(byte[]... frames) {
        for (byte[] f : frames) {
            device.incoming.add(f);
        }
        iface.poll(now);
        return device.takeSent();
    }

    long count(NetCounter c) {
        return iface.statistics().get(c);
    }

    TcpRepr syn(int srcPort, int dstPort, int seq) {
        TcpRepr r = new TcpRepr();
        r.sourcePort = srcPort;
        r.destinationPort = dstPort;
        r.sequenceNumber = seq;
        r.flags = TcpRepr.SYN;
        r.window = 65535;
        r.mss = 1460;
        return r;
    }

    void learnPeer() {
        receive(arp(PEER_MAC, OUR_MAC, ArpPacket.OPERATION_REQUEST, PEER_MAC, PEER, 0, US));
    }

    // ---------------------------------------------------------------- ARP and ICMP

    @Test
    void answersArpRequestForItsAddressAndLearnsTheSender() {
        List<byte[]> out = receive(arp(PEER_MAC, MacAddress.BROADCAST, ArpPacket.OPERATION_REQUEST, PEER_MAC, PEER, 0, US));
        assertEquals(1, out.size());
        ArpPacket reply = new ArpPacket();
        assertEquals(WireError.NONE, reply.wrap(out.get(0), L2, out.get(0).length - L2));
        assertEquals(ArpPacket.OPERATION_REPLY, reply.operation());
        assertEquals(OUR_MAC, reply.senderMac());
        assertEquals(US, reply.senderIp());
        assertEquals(PEER_MAC, iface.arpCache().lookup(PEER, now));
    }

    @Test
    void ignoresArpForAnotherAddress() {
        assertTrue(receive(arp(PEER_MAC, MacAddress.BROADCAST, ArpPacket.OPERATION_REQUEST, PEER_MAC, PEER, 0, GATEWAY)).isEmpty());
        assertEquals(1, count(NetCounter.ARP_DROP_NOT_FOR_US));
        assertFalse(iface.arpCache().contains(PEER, now));
    }

    @Test
    void dropsArpFromBroadcastSender() {
        receive(arp(PEER_MAC, MacAddress.BROADCAST, ArpPacket.OPERATION_REQUEST, MacAddress.BROADCAST, PEER, 0, US));
        assertEquals(1, count(NetCounter.ARP_DROP_BAD_SENDER));
    }

    @Test
    void arpEntriesExpire() {
        learnPeer();
        assertTrue(iface.arpCache().contains(PEER, now));
        assertFalse(iface.arpCache().contains(PEER, now + ArpCache.ENTRY_LIFETIME_MILLIS));
    }

    @Test
    void repliesToEchoRequest() {
        learnPeer();
        byte[] data = "ping payload".getBytes();
        List<byte[]> out = receive(echoRequest(PEER_MAC, OUR_MAC, PEER, US, 7, 9, data));
        assertEquals(1, out.size());
        Ipv4Packet ip = parseIpv4(out.get(0));
        assertEquals(PEER, ip.destination());
        IcmpPacket icmp = new IcmpPacket();
        assertEquals(WireError.NONE, icmp.wrap(ip.buffer(), ip.payloadOffset(), ip.payloadLength()));
        assertEquals(IcmpPacket.TYPE_ECHO_REPLY, icmp.type());
        assertEquals(7, icmp.echoIdentifier());
        assertEquals(9, icmp.echoSequence());
        assertEquals(data.length, icmp.dataLength());
        assertEquals(1, count(NetCounter.ICMP_ECHO_REPLIES_SENT));
    }

    @Test
    void echoReplyWaitsForArpThenIsDropped() {
        List<byte[]> out = receive(echoRequest(PEER_MAC, OUR_MAC, PEER, US, 1, 1, new byte[8]));
        assertEquals(1, out.size(), "an ARP request instead of the reply");
        assertEquals(EthernetFrame.ETHERTYPE_ARP, NetworkBytes.u16(out.get(0), 12));
        assertEquals(1, count(NetCounter.IPV4_TX_NEIGHBOR_PENDING));
    }

    // ---------------------------------------------------------------- hostile frames

    @Test
    void dropsTruncatedFrame() {
        receive(new byte[10]);
        assertEquals(1, count(NetCounter.ETH_DROP_TRUNCATED));
    }

    @Test
    void dropsOversizedFrame() {
        byte[] big = new byte[3000];
        EthernetFrame.writeHeader(big, 0, OUR_MAC, PEER_MAC, EthernetFrame.ETHERTYPE_IPV4);
        receive(big);
        assertEquals(1, count(NetCounter.ETH_DROP_OVERSIZED));
    }

    @Test
    void dropsFrameForAnotherMac() {
        receive(echoRequest(PEER_MAC, 0x02_00_00_00_00_99L, PEER, US, 1, 1, new byte[8]));
        assertEquals(1, count(NetCounter.ETH_DROP_NOT_FOR_US));
    }

    @Test
    void dropsUnknownEtherType() {
        byte[] f = new byte[60];
        EthernetFrame.writeHeader(f, 0, OUR_MAC, PEER_MAC, 0x86dd);
        receive(f);
        assertEquals(1, count(NetCounter.ETH_DROP_UNKNOWN_ETHERTYPE));
    }

    @Test
    void dropsDatagramWithBadHeaderChecksum() {
        byte[] f = echoRequest(PEER_MAC, OUR_MAC, PEER, US, 1, 1, new byte[8]);
        f[L2 + 8] ^= 0x10; // change the TTL, keep the old checksum
        receive(f);
        assertEquals(1, count(NetCounter.IPV4_DROP_BAD_CHECKSUM));
    }

    @Test
    void dropsFragmentedDatagram() {
        byte[] f = udp(PEER_MAC, OUR_MAC, PEER, US, 1000, 53, new byte[16]);
        NetworkBytes.put16(f, L2 + 6, Ipv4Packet.FLAG_MORE_FRAGMENTS);
        refreshIpv4Checksum(f);
        byte[] g = udp(PEER_MAC, OUR_MAC, PEER, US, 1000, 53, new byte[16]);
        NetworkBytes.put16(g, L2 + 6, 185); // a later fragment
        refreshIpv4Checksum(g);
        assertTrue(receive(f, g).isEmpty());
        assertEquals(2, count(NetCounter.IPV4_DROP_FRAGMENT));
        assertEquals(0, count(NetCounter.UDP_RX));
    }

    @Test
    void dropsDatagramWithWrongVersionOrLengths() {
        byte[] v6 = echoRequest(PEER_MAC, OUR_MAC, PEER, US, 1, 1, new byte[8]);
        v6[L2] = 0x65;
        byte[] shortHeader = echoRequest(PEER_MAC, OUR_MAC, PEER, US, 1, 1, new byte[8]);
        shortHeader[L2] = 0x44;
        byte[] longTotal = echoRequest(PEER_MAC, OUR_MAC, PEER, US, 1, 1, new byte[8]);
        NetworkBytes.put16(longTotal, L2 + 2, 1000);
        refreshIpv4Checksum(longTotal);
        receive(v6, shortHeader, longTotal);
        assertEquals(1, count(NetCounter.IPV4_DROP_BAD_VERSION));
        assertEquals(1, count(NetCounter.IPV4_DROP_BAD_HEADER_LENGTH));
        assertEquals(1, count(NetCounter.IPV4_DROP_BAD_LENGTH));
    }

    @Test
    void dropsDatagramForAnotherAddressAndFromBroadcastSource() {
        receive(udp(PEER_MAC, OUR_MAC, PEER, Ipv4Address.of(192, 168, 1, 99), 1, 2, new byte[4]),
                udp(PEER_MAC, OUR_MAC, Ipv4Address.BROADCAST, US, 1, 2, new byte[4]));
        assertEquals(1, count(NetCounter.IPV4_DROP_NOT_FOR_US));
        assertEquals(1, count(NetCounter.IPV4_DROP_BAD_SOURCE));
    }

    @Test
    void dropsSegmentWithBadChecksumOrMalformedOptions() {
        learnPeer();
        byte[] bad = tcp(PEER_MAC, OUR_MAC, PEER, US, syn(5000, 80, 1), new byte[0]);
        bad[bad.length - 1] ^= 1;
        TcpRepr r = syn(5000, 80, 1);
        byte[] opts = tcp(PEER_MAC, OUR_MAC, PEER, US, r, new byte[0]);
        opts[L3 + 21] = 9; // MSS option claiming length 9
        int segLen = opts.length - L3;
        dev.mayfly.net.wire.TcpSegment.fillChecksum(opts, L3, segLen, PEER, US);
        assertTrue(receive(bad, opts).isEmpty());
        assertEquals(1, count(NetCounter.TCP_DROP_BAD_CHECKSUM));
        assertEquals(1, count(NetCounter.TCP_DROP_MALFORMED_OPTION));
    }

    @Test
    void dropsSegmentSentToBroadcast() {
        receive(tcp(PEER_MAC, MacAddress.BROADCAST, PEER, Ipv4Address.of(192, 168, 1, 255), syn(5000, 80, 1), new byte[0]));
        assertEquals(1, count(NetCounter.TCP_DROP_BAD_ADDRESS));
    }

    // ---------------------------------------------------------------- TCP dispatch

    @Test
    void answersSynToClosedPortWithReset() {
        learnPeer();
        List<byte[]> out = receive(tcp(PEER_MAC, OUR_MAC, PEER, US, syn(5000, 81, 1000), new byte[0]));
        assertEquals(1, out.size());
        TcpRepr rst = parseTcp(out.get(0));
        assertEquals(TcpRepr.RST | TcpRepr.ACK, rst.flags);
        assertEquals(1001, rst.acknowledgmentNumber);
        assertEquals(0, rst.sequenceNumber);
        assertEquals(1, count(NetCounter.TCP_RST_SENT_NO_CONNECTION));
    }

    @Test
    void answersAckToClosedPortWithResetAtItsAckNumber() {
        learnPeer();
        TcpRepr ack = syn(5000, 81, 1000);
        ack.flags = TcpRepr.ACK;
        ack.acknowledgmentNumber = 777;
        ack.mss = 0;
        TcpRepr rst = parseTcp(receive(tcp(PEER_MAC, OUR_MAC, PEER, US, ack, new byte[0])).get(0));
        assertEquals(TcpRepr.RST, rst.flags);
        assertEquals(777, rst.sequenceNumber);
    }

    @Test
    void neverAnswersResetWithReset() {
        learnPeer();
        TcpRepr rst = syn(5000, 81, 1000);
        rst.flags = TcpRepr.RST;
        assertTrue(receive(tcp(PEER_MAC, OUR_MAC, PEER, US, rst, new byte[0])).isEmpty());
    }

    @Test
    void synFloodIsLimitedByTheSynBacklog() {
        learnPeer();
        TcpListener listener = iface.listen(80, 4, 4096, 4096);
        int synAcks = 0;
        int syns = TcpListener.SYN_BACKLOG + 96;
        for (int i = 0; i < syns; i++) {
            for (byte[] f : receive(tcp(PEER_MAC, OUR_MAC, PEER, US, syn(10000 + i, 80, i * 1000), new byte[0]))) {
                if (parseTcp(f).flags == (TcpRepr.SYN | TcpRepr.ACK)) {
                    synAcks++;
                }
            }
        }
        assertEquals(TcpListener.SYN_BACKLOG, synAcks);
        assertEquals(96, count(NetCounter.TCP_DROP_SYN_BACKLOG_FULL));
        assertEquals(TcpListener.SYN_BACKLOG, listener.pendingCount());
        assertEquals(TcpListener.SYN_BACKLOG, iface.tcpSocketCount());
        assertNull(listener.accept(), "no handshake completed");
        // Half-open connections time out and free the backlog.
        now += 600_000;
        for (int i = 0; i < 20; i++) {
            iface.poll(now);
            now += 60_000;
        }
        device.takeSent();
        assertEquals(0, listener.pendingCount());
        assertEquals(0, iface.tcpSocketCount());
        learnPeer(); // the ARP entry expired meanwhile
        List<byte[]> out = receive(tcp(PEER_MAC, OUR_MAC, PEER, US, syn(20000, 80, 5), new byte[0]));
        assertEquals(TcpRepr.SYN | TcpRepr.ACK, parseTcp(out.get(0)).flags);
    }

    @Test
    void acceptsConnectionAfterHandshake() {
        learnPeer();
        TcpListener listener = iface.listen(80, 4, 4096, 4096);
        TcpRepr synAck = parseTcp(receive(tcp(PEER_MAC, OUR_MAC, PEER, US, syn(10000, 80, 1000), new byte[0])).get(0));
        TcpRepr ack = syn(10000, 80, 1001);
        ack.flags = TcpRepr.ACK;
        ack.mss = 0;
        ack.acknowledgmentNumber = synAck.sequenceNumber + 1;
        receive(tcp(PEER_MAC, OUR_MAC, PEER, US, ack, "hello".getBytes()));
        TcpSocket s = listener.accept();
        assertNotNull(s);
        assertEquals(TcpState.ESTABLISHED, s.state());
        byte[] got = new byte[5];
        assertEquals(5, s.read(got, 0, 5));
        assertEquals("hello", new String(got));
        assertEquals(PEER, s.remoteAddress());
        assertEquals(10000, s.remotePort());
    }

    @Test
    void dropsSynsWhileTheAcceptQueueIsFullAndTakesThemAgainAfterAnAccept() {
        learnPeer();
        TcpListener listener = iface.listen(80, 2, 4096, 4096);
        for (int port = 10000; port < 10002; port++) {
            TcpRepr synAck = parseTcp(receive(tcp(PEER_MAC, OUR_MAC, PEER, US, syn(port, 80, 1000), new byte[0])).get(0));
            TcpRepr ack = syn(port, 80, 1001);
            ack.flags = TcpRepr.ACK;
            ack.mss = 0;
            ack.acknowledgmentNumber = synAck.sequenceNumber + 1;
            receive(tcp(PEER_MAC, OUR_MAC, PEER, US, ack, new byte[0]));
        }
        assertTrue(receive(tcp(PEER_MAC, OUR_MAC, PEER, US, syn(10002, 80, 1000), new byte[0])).isEmpty(),
                "two established connections wait: the backlog of 2 is full");
        assertEquals(1, count(NetCounter.TCP_DROP_SYN_BACKLOG_FULL));
        assertNotNull(listener.accept());
        List<byte[]> out = receive(tcp(PEER_MAC, OUR_MAC, PEER, US, syn(10002, 80, 1000), new byte[0]));
        assertEquals(TcpRepr.SYN | TcpRepr.ACK, parseTcp(out.get(0)).flags, "the retransmitted SYN finds room");
    }

    @Test
    void connectResolvesTheNeighbourBeforeSendingSyn() {
        TcpSocket s = new TcpSocket(4096, 4096);
        iface.connect(s, now, PEER, 80);
        List<byte[]> out = device.takeSent();
        iface.poll(now);
        out.addAll(device.takeSent());
        assertEquals(1, out.size());
        ArpPacket request = new ArpPacket();
        assertEquals(WireError.NONE, request.wrap(out.get(0), L2, out.get(0).length - L2));
        assertEquals(PEER, request.targetIp());
        assertTrue(iface.pollAt() > now, "waits for the neighbour instead of spinning");
        out = receive(arp(PEER_MAC, OUR_MAC, ArpPacket.OPERATION_REPLY, PEER_MAC, PEER, OUR_MAC, US));
        assertEquals(1, out.size());
        assertEquals(TcpRepr.SYN, parseTcp(out.get(0)).flags);
    }

    @Test
    void routesOffSubnetTrafficThroughTheGateway() {
        TcpSocket s = new TcpSocket(4096, 4096);
        iface.connect(s, now, Ipv4Address.of(8, 8, 8, 8), 443);
        iface.poll(now);
        byte[] f = device.takeSent().get(0);
        ArpPacket request = new ArpPacket();
        assertEquals(WireError.NONE, request.wrap(f, L2, f.length - L2));
        assertEquals(GATEWAY, request.targetIp());
    }

    @Test
    void countsNoRouteWithoutGateway() {
        Interface isolated = new Interface(device, OUR_MAC, Ipv4Config.ofStatic(US, 24, 0), 1);
        TcpSocket s = new TcpSocket(4096, 4096);
        isolated.connect(s, now, Ipv4Address.of(8, 8, 8, 8), 443);
        isolated.poll(now);
        assertTrue(isolated.statistics().get(NetCounter.IPV4_TX_NO_ROUTE) > 0);
        assertTrue(isolated.pollAt() > now);
    }

    @Test
    void connectionsToItsOwnAddressAndToLocalhostNeverTouchTheWire() {
        TcpListener listener = iface.listen(80, 4, 4096, 4096);
        for (int target : new int[] {US, Ipv4Address.of(127, 0, 0, 1)}) {
            TcpSocket client = new TcpSocket(4096, 4096);
            iface.connect(client, now, target, 80);
            client.write("self".getBytes(), 0, 4);
            TcpSocket server = null;
            byte[] buf = new byte[16];
            int n = 0;
            for (int i = 0; i < 20 && n == 0; i++) {
                iface.poll(now);
                if (server == null) {
                    server = listener.accept();
                }
                if (server != null) {
                    n = Math.max(0, server.read(buf, 0, buf.length));
                }
            }
            assertEquals("self", new String(buf, 0, n));
            assertEquals(target == US ? US : Interface.LOOPBACK_ADDRESS, client.localAddress());
        }
        assertTrue(device.takeSent().isEmpty(), "nothing went to the device");
    }

    @Test
    void dropsLoopbackAddressesArrivingFromTheWire() {
        learnPeer();
        receive(tcp(PEER_MAC, OUR_MAC, Ipv4Address.of(127, 0, 0, 1), US, syn(5000, 80, 1), new byte[0]),
                tcp(PEER_MAC, OUR_MAC, PEER, Ipv4Address.of(127, 0, 0, 1), syn(5000, 80, 1), new byte[0]));
        assertEquals(2, count(NetCounter.IPV4_DROP_BAD_SOURCE));
    }

    // ---------------------------------------------------------------- UDP

    @Test
    void deliversUdpToBoundSocketAndSendsReplies() {
        learnPeer();
        UdpSocket u = new UdpSocket(4, 1472);
        u.bind(0, 5353);
        iface.addSocket(u);
        receive(udp(PEER_MAC, OUR_MAC, PEER, US, 1234, 5353, "query".getBytes()));
        byte[] buf = new byte[100];
        assertEquals(5, u.receiveFrom(buf, 0, 100));
        assertEquals(PEER, u.lastSourceAddress());
        assertEquals(1234, u.lastSourcePort());
        assertTrue(u.sendTo("answer".getBytes(), 0, 6, PEER, 1234));
        iface.poll(now);
        List<byte[]> out = device.takeSent();
        assertEquals(1, out.size());
        Ipv4Packet ip = parseIpv4(out.get(0));
        assertEquals(Ipv4Packet.PROTOCOL_UDP, ip.protocol());
        assertEquals(6 + 8, ip.payloadLength());
    }

    @Test
    void answersUdpToClosedPortWithPortUnreachable() {
        learnPeer();
        List<byte[]> out = receive(udp(PEER_MAC, OUR_MAC, PEER, US, 1234, 9, new byte[4]));
        assertEquals(1, out.size());
        Ipv4Packet ip = parseIpv4(out.get(0));
        IcmpPacket icmp = new IcmpPacket();
        assertEquals(WireError.NONE, icmp.wrap(ip.buffer(), ip.payloadOffset(), ip.payloadLength()));
        assertEquals(IcmpPacket.TYPE_DESTINATION_UNREACHABLE, icmp.type());
        assertEquals(IcmpPacket.CODE_PORT_UNREACHABLE, icmp.code());
        assertEquals(1, count(NetCounter.UDP_DROP_NO_SOCKET));
    }

    @Test
    void countsUdpDroppedWhenSocketIsFull() {
        UdpSocket u = new UdpSocket(1, 100);
        u.bind(0, 7);
        iface.addSocket(u);
        receive(udp(PEER_MAC, OUR_MAC, PEER, US, 1, 7, new byte[4]), udp(PEER_MAC, OUR_MAC, PEER, US, 1, 7, new byte[4]));
        assertEquals(1, count(NetCounter.UDP_DROP_BUFFER_FULL));
    }

    @Test
    void rejectsDeviceWithTinyMtu() {
        ScriptedDevice tiny = new ScriptedDevice();
        tiny.maxFrameLength = 100;
        assertThrows(IllegalArgumentException.class, () -> new Interface(tiny, OUR_MAC, Ipv4Config.ofStatic(US, 24, 0), 1));
    }
}
