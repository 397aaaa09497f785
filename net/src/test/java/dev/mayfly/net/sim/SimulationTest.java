package dev.mayfly.net.sim;

import dev.mayfly.net.NetCounter;
import dev.mayfly.net.iface.Interface;
import dev.mayfly.net.iface.Ipv4Config;
import dev.mayfly.net.phy.LoopbackDevice;
import dev.mayfly.net.phy.SimulatedLink;
import dev.mayfly.net.socket.TcpError;
import dev.mayfly.net.socket.TcpListener;
import dev.mayfly.net.socket.TcpSocket;
import dev.mayfly.net.socket.TcpState;
import dev.mayfly.net.socket.UdpSocket;
import dev.mayfly.net.wire.Ipv4Address;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Whole-stack scenarios over the simulated link, all in virtual time. */
class SimulationTest {

    @Test
    void sameSeedReplaysTheSameRun() {
        SimulatedLink.Settings s = new SimulatedLink.Settings().loss(5).duplicate(5).reorder(5).delay(3);
        String first = TransferTest.transfer(300_000, s, 7, 65536);
        String second = TransferTest.transfer(300_000, s, 7, 65536);
        assertEquals(first.replaceAll("wall [0-9.]+ s", ""), second.replaceAll("wall [0-9.]+ s", ""));
    }

    @Test
    void windowScalingFillsALongFatPipe() {
        SimulatedLink.Settings s = new SimulatedLink.Settings().delay(50).queue(8192);
        TwoStacks net = new TwoStacks(s, 3);
        TcpSocket[] pair = TransferTest.connect(net, 4 << 20, 4 << 20);
        assertTrue(pair[0].windowScaling());
        assertTrue(pair[1].receiveWindowShift() > 0);
        TransferTest.Stream down = new TransferTest.Stream(20_000_000, 9);
        long t0 = net.now;
        net.runUntil(down::done, () -> down.pump(pair[0], pair[1]), 600_000);
        double seconds = (net.now - t0) / 1000.0;
        double mbPerSecond = 20.0 / seconds;
        System.out.printf("long fat pipe (100 ms RTT, 4 MiB windows): 20 MB in %.2f virtual s = %.1f MB/s; link %d sent %d overflowed; a: %s%n",
                seconds, mbPerSecond, net.link.sent, net.link.overflowed, net.a.statistics().toString().replace('\n', ' '));
        assertTrue(mbPerSecond > 0.65 * 4, "far above the 0.65 MB/s a 64 KiB window allows at 100 ms RTT: " + mbPerSecond);
    }

    @Test
    void aClosedConnectionCountsAsClosingUntilThePeerClosesToo() {
        TwoStacks net = new TwoStacks(new SimulatedLink.Settings().delay(2), 5);
        TcpSocket[] pair = TransferTest.connect(net, 8192, 8192);
        TcpSocket server = pair[0];
        TcpSocket client = pair[1];
        assertFalse(net.a.anyTcpClosing());
        server.write(new byte[100], 0, 100);
        server.close();
        net.runFor(500, () -> { });
        assertEquals(TcpState.FIN_WAIT_2, server.state(), "the FIN and the data are acknowledged");
        assertTrue(net.a.anyTcpClosing(), "the peer has not closed yet: a relay may still hold the bytes");
        byte[] sink = new byte[200];
        assertEquals(100, client.read(sink, 0, sink.length));
        client.close();
        net.runFor(500, () -> { });
        assertFalse(net.a.anyTcpClosing(), "both sides closed: " + server.state());
        assertFalse(net.b.anyTcpClosing(), "the last ACK arrived: " + client.state());
    }

    @Test
    void manyConnectionsShareALossyLink() {
        SimulatedLink.Settings s = new SimulatedLink.Settings().loss(2).reorder(2).delay(2).queue(4096);
        TwoStacks net = new TwoStacks(s, 11);
        TcpListener listener = net.a.listen(8080, 32, 32768, 32768);
        listener.setMinimumRto(200);
        int n = 20;
        List<TcpSocket> clients = new ArrayList<>();
        List<TcpSocket> servers = new ArrayList<>();
        List<TransferTest.Stream> streams = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TcpSocket c = new TcpSocket(32768, 32768);
            c.setMinimumRto(200);
            net.b.connect(c, net.now, TwoStacks.ADDRESS_A, 8080);
            clients.add(c);
            streams.add(new TransferTest.Stream(200_000, i));
        }
        net.runUntil(() -> streams.stream().allMatch(TransferTest.Stream::done), () -> {
            TcpSocket accepted;
            while ((accepted = listener.accept()) != null) {
                servers.add(accepted);
            }
            for (TcpSocket srv : servers) {
                int i = clients.indexOf(clients.stream().filter(c -> c.localPort() == srv.remotePort()).findFirst().orElseThrow());
                streams.get(i).pump(clients.get(i), srv);
            }
        }, 600_000);
        assertEquals(n, servers.size());
    }

    @Test
    void connectionSurvivesALinkOutage() {
        SimulatedLink.Settings s = new SimulatedLink.Settings().delay(5);
        TwoStacks net = new TwoStacks(s, 5);
        TcpSocket[] pair = TransferTest.connect(net, 65536, 65536);
        TransferTest.Stream up = new TransferTest.Stream(500_000, 3);
        net.runUntil(() -> up.read > 100_000, () -> up.pump(pair[1], pair[0]), 60_000);
        s.lossPercent = 100;
        net.runFor(20_000, () -> up.pump(pair[1], pair[0]));
        s.lossPercent = 0;
        net.runUntil(up::done, () -> up.pump(pair[1], pair[0]), 300_000);
        assertTrue(net.b.statistics().get(NetCounter.TCP_RETRANSMISSION_TIMEOUTS) >= 3);
        assertEquals(TcpState.ESTABLISHED, pair[1].state());
    }

    @Test
    void keepAliveDetectsAVanishedPeer() {
        SimulatedLink.Settings s = new SimulatedLink.Settings().delay(1);
        TwoStacks net = new TwoStacks(s, 8);
        TcpSocket[] pair = TransferTest.connect(net, 4096, 4096);
        pair[1].setKeepAlive(true, 5_000, 1_000, 3);
        net.runFor(20_000, () -> { });
        assertEquals(TcpState.ESTABLISHED, pair[1].state(), "answered probes keep it open");
        assertTrue(net.b.statistics().get(NetCounter.TCP_KEEPALIVE_PROBES) >= 2);
        s.lossPercent = 100; // the peer vanishes
        net.runUntil(() -> pair[1].state() == TcpState.CLOSED, () -> { }, 60_000);
        assertEquals(TcpError.TIMED_OUT, pair[1].error());
    }

    @Test
    void udpDatagramsCrossTheLink() {
        TwoStacks net = new TwoStacks(new SimulatedLink.Settings().delay(1), 4);
        UdpSocket server = new UdpSocket(8, 1472);
        server.bind(0, 53);
        net.a.addSocket(server);
        UdpSocket client = new UdpSocket(8, 1472);
        client.bind(0, 40000);
        net.b.addSocket(client);
        assertTrue(client.sendTo("question".getBytes(), 0, 8, TwoStacks.ADDRESS_A, 53));
        byte[] buf = new byte[1500];
        int[] got = {-1};
        net.runUntil(() -> got[0] >= 0, () -> {
            int n = server.receiveFrom(buf, 0, buf.length);
            if (n > 0) {
                server.sendTo("answer".getBytes(), 0, 6, server.lastSourceAddress(), server.lastSourcePort());
            }
            got[0] = client.receiveFrom(buf, 0, buf.length);
        }, 10_000);
        assertEquals("answer", new String(buf, 0, got[0]));
    }

    @Test
    void loopbackDeviceCarriesAConnectionToItself() {
        LoopbackDevice lo = new LoopbackDevice(1514, 64);
        int self = Ipv4Address.of(10, 0, 0, 9);
        Interface iface = new Interface(lo, 0x02_00_00_00_00_09L, Ipv4Config.ofStatic(self, 24, 0), 1);
        TcpListener listener = iface.listen(7, 2, 8192, 8192);
        TcpSocket client = new TcpSocket(8192, 8192);
        long now = 0;
        iface.connect(client, now, self, 7);
        client.write("over loopback".getBytes(), 0, 13);
        TcpSocket server = null;
        byte[] buf = new byte[64];
        int n = 0;
        for (int i = 0; i < 1000 && n == 0; i++) {
            iface.poll(now);
            if (server == null) {
                server = listener.accept();
            } else {
                n = Math.max(0, server.read(buf, 0, buf.length));
            }
            now += 1;
        }
        assertEquals("over loopback", new String(buf, 0, n));
    }
}
