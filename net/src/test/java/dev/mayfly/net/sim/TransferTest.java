package dev.mayfly.net.sim;

import dev.mayfly.net.NetCounter;
import dev.mayfly.net.phy.SimulatedLink;
import dev.mayfly.net.socket.TcpListener;
import dev.mayfly.net.socket.TcpSocket;
import dev.mayfly.net.socket.TcpState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Bulk transfers between two stacks over the simulated link. */
class TransferTest {

    /** One direction of a transfer: writes a deterministic pattern and checks what the other side reads. */
    static final class Stream {
        final long total;
        final int salt;
        long written, read;
        final byte[] buffer = new byte[16384];

        Stream(long total, int salt) {
            this.total = total;
            this.salt = salt;
        }

        static byte at(long i, int salt) {
            return (byte) ((i * 131 + (i >>> 9) * 7 + salt) & 0xff);
        }

        void pump(TcpSocket from, TcpSocket to) {
            while (written < total && from.canWrite()) {
                int n = (int) Math.min(buffer.length, total - written);
                for (int i = 0; i < n; i++) {
                    buffer[i] = at(written + i, salt);
                }
                int w = from.write(buffer, 0, n);
                if (w <= 0) {
                    break;
                }
                written += w;
            }
            while (true) {
                int r = to.read(buffer, 0, buffer.length);
                if (r <= 0) {
                    break;
                }
                for (int i = 0; i < r; i++) {
                    if (buffer[i] != at(read + i, salt)) {
                        throw new AssertionError("corrupt byte at " + (read + i));
                    }
                }
                read += r;
            }
        }

        boolean done() {
            return read == total;
        }
    }

    static TcpSocket[] connect(TwoStacks net, int rx, int tx) {
        TcpListener listener = net.a.listen(80, 8, rx, tx);
        TcpSocket client = new TcpSocket(rx, tx);
        listener.setMinimumRto(200);
        client.setMinimumRto(200);
        net.b.connect(client, net.now, TwoStacks.ADDRESS_A, 80);
        TcpSocket[] server = new TcpSocket[1];
        net.runUntil(() -> server[0] != null && client.isEstablished(), () -> {
            if (server[0] == null) {
                server[0] = listener.accept();
            }
        }, 60_000);
        return new TcpSocket[] {server[0], client};
    }

    static String transfer(long bytes, SimulatedLink.Settings settings, long seed, int bufferSize) {
        TwoStacks net = new TwoStacks(settings, seed);
        TcpSocket[] pair = connect(net, bufferSize, bufferSize);
        TcpSocket server = pair[0];
        TcpSocket client = pair[1];
        Stream up = new Stream(bytes, 1);
        Stream down = new Stream(bytes, 2);
        long start = net.now;
        long wallStart = System.nanoTime();
        try {
            net.runUntil(() -> up.done() && down.done(), () -> {
                up.pump(client, server);
                down.pump(server, client);
            }, 3_600_000);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nserver " + server + "\nclient " + client
                    + "\nup " + up.written + "/" + up.read + " down " + down.written + "/" + down.read
                    + "\nA:\n" + net.a.statistics() + "B:\n" + net.b.statistics(), e);
        }
        long virtualMillis = net.now - start;
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        server.close();
        client.close();
        net.runUntil(() -> server.state() == TcpState.CLOSED && client.state() == TcpState.CLOSED, () -> { }, 600_000);
        assertEquals(dev.mayfly.net.socket.TcpError.NONE, server.error());
        assertEquals(dev.mayfly.net.socket.TcpError.NONE, client.error());
        return String.format("%d bytes each way: virtual %.1f s (%.2f MB/s per direction), wall %.2f s, link sent=%d lost=%d dup=%d reordered=%d; RTO a=%d b=%d fast-rtx a=%d b=%d",
                bytes, virtualMillis / 1000.0, bytes / 1e6 / Math.max(virtualMillis / 1000.0, 1e-3), wallSeconds,
                net.link.sent, net.link.lost, net.link.duplicated, net.link.reordered,
                net.a.statistics().get(NetCounter.TCP_RETRANSMISSION_TIMEOUTS), net.b.statistics().get(NetCounter.TCP_RETRANSMISSION_TIMEOUTS),
                net.a.statistics().get(NetCounter.TCP_FAST_RETRANSMITS), net.b.statistics().get(NetCounter.TCP_FAST_RETRANSMITS));
    }

    @Test
    void movesDataBothWaysOverPerfectLink() {
        System.out.println("perfect: " + transfer(1_000_000, new SimulatedLink.Settings().delay(1), 1, 65536));
    }

    @Test
    void measuresStackCostOnAPerfectLink() {
        TwoStacks net = new TwoStacks(new SimulatedLink.Settings().delay(0).queue(64), 13);
        TcpSocket[] pair = connect(net, 256 * 1024, 256 * 1024);
        Stream down = new Stream(100_000_000, 4);
        long wall = System.nanoTime();
        net.runUntil(down::done, () -> down.pump(pair[0], pair[1]), 3_600_000);
        double seconds = (System.nanoTime() - wall) / 1e9;
        System.out.printf("stack cost: 100 MB through both stacks in %.2f s wall = %.0f MB/s (pattern generation and checking included)%n",
                seconds, 100 / seconds);
    }

    @Test
    void movesTenMegabytesEachWayThroughLossDuplicationAndReordering() {
        SimulatedLink.Settings s = new SimulatedLink.Settings().loss(10).duplicate(10).reorder(10).delay(5);
        System.out.println("lossy: " + transfer(10_000_000, s, 42, 256 * 1024));
    }
}
