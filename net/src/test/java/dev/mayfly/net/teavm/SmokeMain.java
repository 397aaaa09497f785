package dev.mayfly.net.teavm;

import dev.mayfly.net.NetCounter;
import dev.mayfly.net.iface.Interface;
import dev.mayfly.net.iface.Ipv4Config;
import dev.mayfly.net.phy.SimulatedLink;
import dev.mayfly.net.socket.TcpListener;
import dev.mayfly.net.socket.TcpSocket;
import dev.mayfly.net.wire.Ipv4Address;

/** A whole-stack run (two stacks over a lossy simulated link) whose output must be identical on HotSpot and compiled by TeaVM. */
public class SmokeMain {
    static long written0, read0, written1, read1;
    static long sum0, sum1;
    public static void main(String[] args) {
        written0 = read0 = written1 = read1 = sum0 = sum1 = 0;
        int total = 2_000_000;
        SimulatedLink.Settings s = new SimulatedLink.Settings().loss(5).duplicate(5).reorder(5).delay(3);
        SimulatedLink link = new SimulatedLink(s, 42);
        int A = Ipv4Address.of(10, 0, 0, 1), B = Ipv4Address.of(10, 0, 0, 2);
        Interface a = new Interface(link.a(), 0x020000000001L, Ipv4Config.ofStatic(A, 24, 0), 1);
        Interface b = new Interface(link.b(), 0x020000000002L, Ipv4Config.ofStatic(B, 24, 0), 2);
        TcpListener l = a.listen(80, 4, 65536, 65536);
        l.setMinimumRto(200);
        TcpSocket c = new TcpSocket(65536, 65536);
        c.setMinimumRto(200);
        long now = 0;
        b.connect(c, now, A, 80);
        TcpSocket srv = null;
        byte[] buf = new byte[8192];
        long iterations = 0;
        while (read0 < total || read1 < total) {
            iterations++;
            boolean act = a.poll(now) | b.poll(now);
            if (srv == null) srv = l.accept();
            if (srv != null) {
                written0 = pump(c, srv, buf, total, written0, 1);
                written1 = pump(srv, c, buf, total, written1, 2);
                int r;
                while ((r = srv.read(buf, 0, buf.length)) > 0) { for (int i = 0; i < r; i++) sum0 = sum0 * 31 + buf[i]; read0 += r; }
                while ((r = c.read(buf, 0, buf.length)) > 0) { for (int i = 0; i < r; i++) sum1 = sum1 * 31 + buf[i]; read1 += r; }
            }
            if (!act) {
                long next = Math.min(Math.min(a.pollAt(), b.pollAt()), link.nextDeliveryAt());
                now = next <= now ? now + 1 : next;
            }
            if (now > 10_000_000) { System.out.println("STUCK"); return; }
        }
        System.out.println("done virtual_ms=" + now + " iterations=" + iterations + " sum0=" + sum0 + " sum1=" + sum1);
        System.out.println("rto_a=" + a.statistics().get(NetCounter.TCP_RETRANSMISSION_TIMEOUTS) + " fastrtx_b=" + b.statistics().get(NetCounter.TCP_FAST_RETRANSMITS) + " lost=" + link.lost);
    }
    static long pump(TcpSocket from, TcpSocket to, byte[] buf, int total, long written, int salt) {
        while (written < total && from.canWrite()) {
            int n = (int) Math.min(buf.length, total - written);
            for (int i = 0; i < n; i++) buf[i] = (byte) ((written + i) * 131 + salt);
            int w = from.write(buf, 0, n);
            if (w <= 0) break;
            written += w;
        }
        return written;
    }
}
