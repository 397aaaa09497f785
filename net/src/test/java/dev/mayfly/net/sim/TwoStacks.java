package dev.mayfly.net.sim;

import dev.mayfly.net.iface.Interface;
import dev.mayfly.net.iface.Ipv4Config;
import dev.mayfly.net.phy.SimulatedLink;
import dev.mayfly.net.wire.Ipv4Address;

import java.util.function.BooleanSupplier;

/** Two interfaces joined by a {@link SimulatedLink}, driven by a virtual clock. */
public final class TwoStacks {
    public static final int ADDRESS_A = Ipv4Address.of(10, 0, 0, 1);
    public static final int ADDRESS_B = Ipv4Address.of(10, 0, 0, 2);
    public static final long MAC_A = 0x02_00_00_00_00_01L;
    public static final long MAC_B = 0x02_00_00_00_00_02L;

    public final SimulatedLink link;
    public final Interface a;
    public final Interface b;
    public long now;
    public long iterations;

    public TwoStacks(SimulatedLink.Settings settings, long seed) {
        link = new SimulatedLink(settings, seed);
        a = new Interface(link.a(), MAC_A, Ipv4Config.ofStatic(ADDRESS_A, 24, 0), seed * 31 + 1);
        b = new Interface(link.b(), MAC_B, Ipv4Config.ofStatic(ADDRESS_B, 24, 0), seed * 31 + 2);
    }

    /** Polls both stacks once at the current time; returns whether anything happened. */
    public boolean pollOnce() {
        boolean x = a.poll(now);
        boolean y = b.poll(now);
        return x | y;
    }

    /**
     * Runs until {@code done} holds, calling {@code app} after each round of polls, and advancing
     * the virtual clock to the next deadline when nothing happens. Fails after {@code maxMillis}.
     */
    public void runUntil(BooleanSupplier done, Runnable app, long maxMillis) {
        long deadline = now + maxMillis;
        int idleRounds = 0;
        while (!done.getAsBoolean()) {
            iterations++;
            boolean active = pollOnce();
            app.run();
            if (done.getAsBoolean()) {
                return;
            }
            if (active) {
                idleRounds = 0;
                continue;
            }
            if (now >= deadline) {
                throw new AssertionError("simulation did not finish by t=" + now + " ms");
            }
            long next = Math.min(Math.min(a.pollAt(), b.pollAt()), link.nextDeliveryAt());
            if (next <= now) {
                if (++idleRounds > 3) {
                    now++; // someone claims work it cannot do now: let time pass
                }
            } else {
                idleRounds = 0;
                now = Math.min(next, deadline);
            }
        }
    }

    public void runFor(long millis, Runnable app) {
        long end = now + millis;
        runUntil(() -> now >= end, app, millis);
    }
}
