package dev.mayfly.vmm.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mayfly.net.iface.Ipv4Config;
import dev.mayfly.net.socket.UdpSocket;
import dev.mayfly.net.wire.DhcpMessage;
import dev.mayfly.net.wire.Ipv4Address;
import dev.mayfly.net.wire.MacAddress;
import dev.mayfly.net.wire.WireError;
import dev.mayfly.vmm.devices.virtio.net.NetLink;
import dev.mayfly.vmm.devices.virtio.net.VirtioNetSpec;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's DHCP server at the wire level: a guest stack without an address sends hand-made client
 * messages from port 68 to the broadcast address and reads the server's replies.
 */
class DhcpServerTest {
    private static final long OTHER_MAC = MacAddress.parse("52:54:00:00:00:99");
    private static final int SERVER = UserNetwork.GATEWAY_ADDRESS;
    private static final int LEASE = UserNetwork.GUEST_ADDRESS;

    private Gateway gateway;
    private GuestStack guest;
    private final ConcurrentLinkedQueue<byte[]> outbox = new ConcurrentLinkedQueue<>();
    private final LinkedBlockingQueue<DhcpMessage> replies = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() {
        NetLink link = new NetLink(VirtioNetSpec.MAX_FRAME_LENGTH, NetLink.DEFAULT_QUEUE_FRAMES);
        gateway = Gateway.start(UserNetwork.forwarding(), link, "test");
        guest = new GuestStack(link, Ipv4Config.unconfigured());
        UdpSocket client = new UdpSocket(8, 1472);
        client.bind(0, DhcpMessage.CLIENT_PORT);
        guest.iface.addSocket(client);
        byte[] in = new byte[1472];
        guest.start(now -> {
            byte[] message;
            while ((message = outbox.poll()) != null) {
                client.sendTo(message, 0, message.length, Ipv4Address.BROADCAST, DhcpMessage.SERVER_PORT);
            }
            int n;
            while ((n = client.receiveFrom(in, 0, in.length)) >= 0) {
                DhcpMessage reply = new DhcpMessage();
                if (reply.parse(in, 0, n) == WireError.NONE) {
                    replies.add(reply);
                }
            }
        });
    }

    @AfterEach
    void stop() {
        guest.close();
        gateway.close();
    }

    private void send(int type, long mac, int transactionId, int requested, int serverId) {
        DhcpMessage m = new DhcpMessage();
        m.op = DhcpMessage.OP_REQUEST;
        m.messageType = type;
        m.clientMac = mac;
        m.transactionId = transactionId;
        m.flags = DhcpMessage.FLAG_BROADCAST;
        m.requestedAddress = requested;
        m.serverIdentifier = serverId;
        byte[] b = new byte[m.length()];
        m.write(b, 0);
        outbox.add(b);
    }

    private DhcpMessage reply() throws InterruptedException {
        return replies.poll(5, TimeUnit.SECONDS);
    }

    private DhcpMessage noReply() throws InterruptedException {
        return replies.poll(300, TimeUnit.MILLISECONDS);
    }

    @Test
    void discoverGetsAnOfferWithAddressMaskRouterAndLease() throws InterruptedException {
        send(DhcpMessage.DISCOVER, UserNetwork.GUEST_MAC, 0x1234, 0, 0);
        DhcpMessage offer = reply();
        assertEquals(DhcpMessage.OP_REPLY, offer.op);
        assertEquals(DhcpMessage.OFFER, offer.messageType);
        assertEquals(0x1234, offer.transactionId);
        assertEquals(UserNetwork.GUEST_MAC, offer.clientMac);
        assertEquals(LEASE, offer.yourAddress);
        assertEquals(SERVER, offer.serverIdentifier);
        assertEquals(Ipv4Address.netmask(24), offer.subnetMask);
        assertEquals(SERVER, offer.router);
        assertEquals(UserNetwork.LEASE_SECONDS, offer.leaseSeconds);
        assertEquals(UserNetwork.LEASE_SECONDS / 2, offer.renewalSeconds);
        assertEquals(UserNetwork.LEASE_SECONDS * 7 / 8, offer.rebindingSeconds);
    }

    @Test
    void requestForTheOfferedAddressIsAcknowledged() throws InterruptedException {
        send(DhcpMessage.REQUEST, UserNetwork.GUEST_MAC, 7, LEASE, SERVER);
        DhcpMessage ack = reply();
        assertEquals(DhcpMessage.ACK, ack.messageType);
        assertEquals(LEASE, ack.yourAddress);
        assertEquals(1, gateway.dhcpServer().acks());
    }

    @Test
    void requestForAnotherAddressIsRefused() throws InterruptedException {
        send(DhcpMessage.REQUEST, UserNetwork.GUEST_MAC, 8, Ipv4Address.of(10, 0, 2, 99), SERVER);
        DhcpMessage nak = reply();
        assertEquals(DhcpMessage.NAK, nak.messageType);
        assertEquals(0, nak.yourAddress);
        assertEquals(SERVER, nak.serverIdentifier);
    }

    @Test
    void requestThatChoseAnotherServerIsIgnored() throws InterruptedException {
        send(DhcpMessage.REQUEST, UserNetwork.GUEST_MAC, 9, LEASE, Ipv4Address.of(10, 0, 2, 7));
        assertNull(noReply());
        assertEquals(1, gateway.dhcpServer().ignored());
    }

    @Test
    void theLeaseBelongsToTheFirstClientOnly() throws InterruptedException {
        send(DhcpMessage.REQUEST, UserNetwork.GUEST_MAC, 10, LEASE, SERVER);
        assertEquals(DhcpMessage.ACK, reply().messageType);
        send(DhcpMessage.DISCOVER, OTHER_MAC, 11, 0, 0);
        assertNull(noReply());
        send(DhcpMessage.DISCOVER, UserNetwork.GUEST_MAC, 12, 0, 0);
        assertEquals(DhcpMessage.OFFER, reply().messageType, "the bound client is still served");
    }

    @Test
    void releaseFreesTheLeaseForAnotherClient() throws InterruptedException {
        send(DhcpMessage.REQUEST, UserNetwork.GUEST_MAC, 13, LEASE, SERVER);
        assertEquals(DhcpMessage.ACK, reply().messageType);
        DhcpMessage release = new DhcpMessage();
        release.op = DhcpMessage.OP_REQUEST;
        release.messageType = DhcpMessage.RELEASE;
        release.clientMac = UserNetwork.GUEST_MAC;
        release.clientAddress = LEASE;
        release.serverIdentifier = SERVER;
        byte[] b = new byte[release.length()];
        release.write(b, 0);
        outbox.add(b);
        Thread.sleep(100);
        send(DhcpMessage.DISCOVER, OTHER_MAC, 14, 0, 0);
        assertEquals(DhcpMessage.OFFER, reply().messageType);
    }

    @Test
    void malformedMessagesAreCountedAndUnanswered() throws InterruptedException {
        outbox.add(new byte[] {1, 1, 6, 0});
        outbox.add(new byte[300]);
        assertNull(noReply());
        assertEquals(2, gateway.dhcpServer().malformed());
    }
}
