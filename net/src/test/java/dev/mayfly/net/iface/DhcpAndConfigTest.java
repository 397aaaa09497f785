package dev.mayfly.net.iface;

import dev.mayfly.net.NetCounter;
import dev.mayfly.net.socket.DhcpClient;
import dev.mayfly.net.wire.ArpPacket;
import dev.mayfly.net.wire.DhcpMessage;
import dev.mayfly.net.wire.Ipv4Address;
import dev.mayfly.net.wire.Ipv4Packet;
import dev.mayfly.net.wire.MacAddress;
import dev.mayfly.net.wire.UdpDatagram;
import dev.mayfly.net.wire.WireError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.mayfly.net.iface.Frames.*;
import static org.junit.jupiter.api.Assertions.*;

/** The DHCP client against a scripted server, and static configuration from the command line. */
class DhcpAndConfigTest {
    static final long OUR_MAC = 0x52_54_00_12_34_56L;
    static final long SERVER_MAC = 0x52_54_00_00_00_02L;
    static final int SERVER = Ipv4Address.of(10, 0, 2, 2);
    static final int OFFERED = Ipv4Address.of(10, 0, 2, 15);

    final ScriptedDevice device = new ScriptedDevice();
    final Interface iface = new Interface(device, OUR_MAC, Ipv4Config.ofDhcp(), 3);
    long now = 0;

    /** Polls and returns the DHCP messages the client sent, with where they went. */
    DhcpMessage pollForMessage(int[] destination) {
        iface.poll(now);
        for (byte[] f : device.takeSent()) {
            Ipv4Packet ip = new Ipv4Packet();
            if (ip.wrap(f, L2, f.length - L2) != WireError.NONE || ip.protocol() != Ipv4Packet.PROTOCOL_UDP) {
                continue;
            }
            UdpDatagram udp = new UdpDatagram();
            assertEquals(WireError.NONE, udp.wrap(f, ip.payloadOffset(), ip.payloadLength(), ip.source(), ip.destination()));
            assertEquals(DhcpMessage.SERVER_PORT, udp.destinationPort());
            DhcpMessage m = new DhcpMessage();
            assertEquals(WireError.NONE, m.parse(f, udp.payloadOffset(), udp.payloadLength()));
            destination[0] = ip.destination();
            return m;
        }
        return null;
    }

    byte[] reply(DhcpMessage request, int type, int leaseSeconds) {
        DhcpMessage m = new DhcpMessage();
        m.op = DhcpMessage.OP_REPLY;
        m.transactionId = request.transactionId;
        m.clientMac = OUR_MAC;
        m.messageType = type;
        m.yourAddress = type == DhcpMessage.NAK ? 0 : OFFERED;
        m.serverIdentifier = SERVER;
        m.subnetMask = Ipv4Address.netmask(24);
        m.router = SERVER;
        m.leaseSeconds = leaseSeconds;
        byte[] payload = new byte[m.length()];
        m.write(payload, 0);
        return udp(SERVER_MAC, MacAddress.BROADCAST, SERVER, Ipv4Address.BROADCAST, DhcpMessage.SERVER_PORT, DhcpMessage.CLIENT_PORT, payload);
    }

    void bind() {
        int[] dst = new int[1];
        DhcpMessage discover = pollForMessage(dst);
        assertNotNull(discover);
        assertEquals(DhcpMessage.DISCOVER, discover.messageType);
        assertEquals(Ipv4Address.BROADCAST, dst[0]);
        device.incoming.add(reply(discover, DhcpMessage.OFFER, 100));
        DhcpMessage request = pollForMessage(dst);
        assertNotNull(request);
        assertEquals(DhcpMessage.REQUEST, request.messageType);
        assertEquals(OFFERED, request.requestedAddress);
        assertEquals(SERVER, request.serverIdentifier);
        device.incoming.add(reply(request, DhcpMessage.ACK, 100));
        iface.poll(now);
        assertEquals(DhcpClient.State.BOUND, iface.dhcpClient().state());
    }

    @Test
    void obtainsAddressRouterAndLeaseByDhcp() {
        assertFalse(iface.config().isConfigured());
        bind();
        assertEquals(OFFERED, iface.config().address());
        assertEquals(24, iface.config().prefixLength());
        assertEquals(SERVER, iface.config().gateway());
    }

    @Test
    void retransmitsDiscoverWithBackoff() {
        int[] dst = new int[1];
        assertNotNull(pollForMessage(dst));
        now += 1000;
        assertNull(pollForMessage(dst));
        now += DhcpClient.INITIAL_RETRANSMIT_MILLIS;
        assertNotNull(pollForMessage(dst));
        now += DhcpClient.INITIAL_RETRANSMIT_MILLIS;
        assertNull(pollForMessage(dst), "second wait is doubled");
        now += DhcpClient.INITIAL_RETRANSMIT_MILLIS;
        assertNotNull(pollForMessage(dst));
    }

    @Test
    void renewsByUnicastAtHalfTheLease() {
        bind();
        now += 50_000;
        iface.poll(now);
        List<byte[]> out = device.takeSent();
        ArpPacket arp = new ArpPacket();
        assertEquals(WireError.NONE, arp.wrap(out.get(0), L2, out.get(0).length - L2), "resolves the server first");
        assertEquals(SERVER, arp.targetIp());
        device.incoming.add(Frames.arp(SERVER_MAC, OUR_MAC, ArpPacket.OPERATION_REPLY, SERVER_MAC, SERVER, OUR_MAC, OFFERED));
        iface.poll(now);
        now += DhcpClient.SEND_RETRY_MILLIS;
        int[] dst = new int[1];
        DhcpMessage renew = pollForMessage(dst);
        assertNotNull(renew);
        assertEquals(DhcpMessage.REQUEST, renew.messageType);
        assertEquals(SERVER, dst[0]);
        assertEquals(OFFERED, renew.clientAddress);
        assertEquals(DhcpClient.State.RENEWING, iface.dhcpClient().state());
        device.incoming.add(reply(renew, DhcpMessage.ACK, 100));
        iface.poll(now);
        assertEquals(DhcpClient.State.BOUND, iface.dhcpClient().state());
        assertEquals(OFFERED, iface.config().address());
    }

    @Test
    void losesAddressWhenLeaseExpires() {
        bind();
        for (int i = 0; i < 200; i++) {
            now += 1000;
            iface.poll(now);
        }
        assertFalse(iface.config().isConfigured());
        assertNotEquals(DhcpClient.State.BOUND, iface.dhcpClient().state());
    }

    @Test
    void nakSendsTheClientBackToInit() {
        int[] dst = new int[1];
        DhcpMessage discover = pollForMessage(dst);
        device.incoming.add(reply(discover, DhcpMessage.OFFER, 100));
        DhcpMessage request = pollForMessage(dst);
        device.incoming.add(reply(request, DhcpMessage.NAK, 100));
        DhcpMessage again = pollForMessage(dst);
        assertNotNull(again);
        assertEquals(DhcpMessage.DISCOVER, again.messageType, "starts over from INIT");
        assertNotEquals(discover.transactionId, again.transactionId);
        assertFalse(iface.config().isConfigured());
    }

    @Test
    void ignoresRepliesForOtherTransactions() {
        int[] dst = new int[1];
        DhcpMessage discover = pollForMessage(dst);
        discover.transactionId++;
        device.incoming.add(reply(discover, DhcpMessage.OFFER, 100));
        iface.poll(now);
        assertEquals(DhcpClient.State.SELECTING, iface.dhcpClient().state());
        assertEquals(1, iface.statistics().get(NetCounter.DHCP_DROP_UNEXPECTED));
    }

    // ---------------------------------------------------------------- static configuration

    @Test
    void parsesLinuxIpParameter() {
        Ipv4Config c = Ipv4Config.parse("10.0.2.15::10.0.2.2:255.255.255.0:mayfly:eth0:off:1.1.1.1");
        assertEquals(Ipv4Address.of(10, 0, 2, 15), c.address());
        assertEquals(24, c.prefixLength());
        assertEquals(Ipv4Address.of(10, 0, 2, 2), c.gateway());
        assertEquals(1, c.dnsServerCount());
        assertEquals(Ipv4Address.of(1, 1, 1, 1), c.dnsServer(0));
    }

    @Test
    void parsesShortFormAndDhcp() {
        Ipv4Config c = Ipv4Config.parse("192.168.7.2/16,192.168.0.1");
        assertEquals(16, c.prefixLength());
        assertEquals(Ipv4Address.of(192, 168, 0, 1), c.gateway());
        assertTrue(Ipv4Config.parse("dhcp").isDhcp());
        assertTrue(Ipv4Config.parse(":::::eth0:dhcp").isDhcp());
        assertTrue(Ipv4Config.fromCommandLine("console=ttyS0 quiet").isDhcp());
        assertEquals(Ipv4Address.of(10, 1, 1, 1), Ipv4Config.fromCommandLine("a=b ip=10.1.1.1/8 c").address());
    }

    @Test
    void rejectsMalformedConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> Ipv4Config.parse("10.0.2/24"));
        assertThrows(IllegalArgumentException.class, () -> Ipv4Config.parse("10.0.2.15/33"));
        assertThrows(IllegalArgumentException.class, () -> Ipv4Config.parse("10.0.2.15::10.0.2.2:255.0.255.0"));
    }
}
