package dev.mayfly.net.iface;

import dev.mayfly.net.socket.TcpListener;
import dev.mayfly.net.socket.TcpSocket;
import dev.mayfly.net.wire.ArpPacket;
import dev.mayfly.net.wire.TcpRepr;
import dev.mayfly.net.wire.TcpSegment;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static dev.mayfly.net.iface.Frames.*;
import static dev.mayfly.net.iface.InterfaceTest.*;

/** Hostile input against a whole interface: nothing a peer sends may make an exception escape. */
class InterfaceFuzzProperties {

    /** An interface with a listener, a known peer and one established connection. */
    static final class Target {
        final ScriptedDevice device = new ScriptedDevice();
        final Interface iface = new Interface(device, OUR_MAC, Ipv4Config.ofStatic(US, 24, GATEWAY), 5);
        final TcpListener listener = iface.listen(80, 4, 8192, 8192);
        TcpSocket server;
        int peerNxt = 5001;
        int ourNxt;
        long now = 1000;

        Target() {
            feed(arp(PEER_MAC, OUR_MAC, ArpPacket.OPERATION_REQUEST, PEER_MAC, PEER, 0, US));
            TcpRepr syn = new TcpRepr();
            syn.sourcePort = 40000;
            syn.destinationPort = 80;
            syn.sequenceNumber = 5000;
            syn.flags = TcpRepr.SYN;
            syn.window = 65535;
            syn.mss = 1460;
            syn.windowScale = 2;
            syn.hasTimestamps = true;
            syn.timestampValue = 1;
            List<byte[]> out = feed(tcp(PEER_MAC, OUR_MAC, PEER, US, syn, new byte[0]));
            TcpRepr synAck = parseTcp(out.get(out.size() - 1));
            ourNxt = synAck.sequenceNumber + 1;
            TcpRepr ack = segment(TcpRepr.ACK, peerNxt, ourNxt, 0);
            feed(tcp(PEER_MAC, OUR_MAC, PEER, US, ack, new byte[0]));
            server = listener.accept();
            if (server == null) {
                throw new AssertionError("handshake failed");
            }
        }

        TcpRepr segment(int flags, int seq, int ack, int window) {
            TcpRepr r = new TcpRepr();
            r.sourcePort = 40000;
            r.destinationPort = 80;
            r.sequenceNumber = seq;
            r.acknowledgmentNumber = ack;
            r.flags = flags;
            r.window = window;
            r.hasTimestamps = true;
            r.timestampValue = (int) now;
            return r;
        }

        List<byte[]> feed(byte[] frame) {
            device.incoming.add(frame);
            iface.poll(now);
            iface.pollAt();
            return device.takeSent();
        }
    }

    @Property(tries = 300)
    void randomFramesNeverThrow(@ForAll @Size(max = 20) List<@Size(max = 1600) byte[]> frames) {
        Target t = new Target();
        for (byte[] f : frames) {
            t.feed(f);
            t.now += 7;
        }
    }

    @Property(tries = 1000)
    void mutatedSegmentsNeverThrow(@ForAll @IntRange(max = 0xff) int flags, @ForAll @IntRange(min = -70000, max = 70000) int seqDelta,
                                   @ForAll @IntRange(min = -70000, max = 70000) int ackDelta, @ForAll @IntRange(max = 0xffff) int window,
                                   @ForAll @IntRange(max = 3000) int payload, @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 1600) Integer> flips,
                                   @ForAll boolean fixChecksum, @ForAll @IntRange(max = 5000) int wait) {
        Target t = new Target();
        t.server.write(new byte[3000], 0, 3000);
        t.iface.poll(t.now);
        t.device.takeSent();
        TcpRepr r = t.segment(flags, t.peerNxt + seqDelta, t.ourNxt + ackDelta, window);
        byte[] f = tcp(PEER_MAC, OUR_MAC, PEER, US, r, new byte[Math.min(payload, 1400)]);
        for (int pos : flips) {
            if (pos < f.length) {
                f[pos] ^= (byte) (pos * 31 + 1);
            }
        }
        if (fixChecksum && f.length > L3 + 20) {
            refreshIpv4Checksum(f);
            int total = dev.mayfly.net.wire.NetworkBytes.u16(f, L2 + 2);
            int hl = (f[L2] & 0xf) * 4;
            int segLen = Math.min(total, f.length - L2) - hl;
            if (segLen >= 20 && L2 + hl + segLen <= f.length) {
                TcpSegment.fillChecksum(f, L2 + hl, segLen, PEER, US);
            }
        }
        t.feed(f);
        t.now += wait;
        t.iface.poll(t.now);
        t.now += 120_000;
        t.iface.poll(t.now);
        byte[] buf = new byte[4096];
        t.server.read(buf, 0, buf.length);
        t.server.close();
        t.iface.poll(t.now);
    }

    @Property(tries = 200)
    void interleavedValidAndGarbageSegmentsNeverThrow(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 5) Integer> kinds,
                                                      @ForAll @Size(max = 30) List<@IntRange(min = -3000, max = 3000) Integer> deltas) {
        Target t = new Target();
        int n = Math.min(kinds.size(), deltas.size());
        for (int i = 0; i < n; i++) {
            int flags = switch (kinds.get(i)) {
                case 0 -> TcpRepr.ACK;
                case 1 -> TcpRepr.ACK | TcpRepr.FIN;
                case 2 -> TcpRepr.RST;
                case 3 -> TcpRepr.SYN;
                case 4 -> TcpRepr.ACK | TcpRepr.PSH;
                default -> TcpRepr.RST | TcpRepr.ACK;
            };
            TcpRepr r = t.segment(flags, t.peerNxt + deltas.get(i), t.ourNxt, 1000);
            t.feed(tcp(PEER_MAC, OUR_MAC, PEER, US, r, new byte[Math.abs(deltas.get(i)) % 200]));
            t.now += Math.abs(deltas.get(i));
        }
    }
}
