package dev.mayfly.kernel.net;

import dev.mayfly.net.iface.Interface;
import dev.mayfly.net.iface.Ipv4Config;
import dev.mayfly.net.phy.Device;
import java.util.ArrayList;
import java.util.List;

/**
 * The kernel's TCP/IP stack as threads use it: one {@link Interface} over one device, a lock, and
 * the waiting of blocking socket calls.
 *
 * <p>How a blocked call wakes up (docs/ARCHITECTURE.md, "Networking"): a thread that must wait
 * registers its {@link SocketHandle} as waiting and sleeps through {@link ThreadParking}. The
 * stack runs {@link #service()} when its {@link ServiceScheduler} says so — inside the image on a
 * device interrupt (recorded by the CPL-0 stub, turned into an event of the runtime's event loop
 * at its idle point) and at the interface's {@link Interface#pollAt()} deadline (tickless). A
 * service polls the interface, then notifies exactly the waiting handles whose condition now
 * holds. Calls that give the stack work (write, close, connect) poll at once, so data leaves
 * without waiting for an event.
 *
 * <p>Locking: the {@link Mutex} ({@link #hold()}) guards the interface and all handles' stack
 * state; nobody parks or unparks while holding it, and nothing inside it can suspend. Inside the
 * image there is one thread of execution at a time, so it is {@link Mutex#NONE}; on HotSpot (the
 * tests) a real lock makes the same code correct with real threads.
 */
public final class NetworkStack {
    /** Receive and transmit ring sizes of every TCP connection. */
    public static final int DEFAULT_BUFFER_SIZE = 64 * 1024;
    /** How long the stack keeps the event loop alive for a blocked call that has no deadline of its own. */
    public static final long STANDING_EVENT_MILLIS = 60_000;
    /** How often {@code mayfly.trace=net} prints the interface's counters. */
    private static final long TRACE_COUNTERS_MILLIS = 5_000;
    /** Polls in a row while the interface says it has more work now. */
    private static final int POLL_ROUNDS = 8;

    private final Mutex mutex;
    private final Held held = new Held();
    private final Interface iface;
    private final DriverHooks driver;
    private final Clock clock;
    /** What ends the VM once the sockets have delivered ({@link #endWhenDelivered}), or null. */
    private Runnable endAction;
    private long endDeadline;
    private final ServiceScheduler scheduler;
    private final ThreadParking parking;
    private final List<SocketHandle> waiting = new ArrayList<>();
    private final List<SocketHandle> ready = new ArrayList<>();
    private final List<SocketHandle> open = new ArrayList<>();
    private String brokenReported;
    private java.io.PrintStream trace;
    private int tracedAddress;
    private long countersTracedAt;
    private long services;

    public NetworkStack(Device device, DriverHooks driver, Ipv4Config config, long seed, Clock clock,
                        ServiceScheduler scheduler) {
        this(device, driver, config, seed, clock, scheduler, ThreadParking.MONITORS, new ReentrantMutex());
    }

    public NetworkStack(Device device, DriverHooks driver, Ipv4Config config, long seed, Clock clock,
                        ServiceScheduler scheduler, ThreadParking parking, Mutex mutex) {
        this.parking = parking;
        this.mutex = mutex;
        this.iface = new Interface(device, 0, config, seed);
        this.driver = driver;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** The interface; call its methods only inside {@link #hold()}. */
    public Interface iface() { return iface; }

    /** Holds the stack's lock until the returned object is closed (try-with-resources). */
    public Held hold() {
        mutex.lock();
        return held;
    }

    /** The stack's lock, held: closing it releases it. */
    public final class Held implements AutoCloseable {
        @Override
        public void close() {
            mutex.unlock();
        }
    }

    public Clock clock() { return clock; }

    /** Reports configuration changes, and every 5 s the nonzero counters, to {@code out} ({@code mayfly.trace=net}). */
    public void traceTo(java.io.PrintStream out) {
        this.trace = out;
    }

    /** Calls of {@link #service()} so far. */
    public long services() { return services; }

    /** The current IPv4 address, 0 while the interface has none. */
    public int address() {
        try (Held h0 = hold()) {
            return iface.config().address();
        }
    }

    /**
     * Polls the interface, wakes the threads whose sockets became ready and arms the next
     * deadline. Called by the scheduler; must not be called with a handle's monitor held.
     */
    public void service() {
        try (Held h0 = hold()) {
            services++;
            pollLocked();
            collectReadyLocked();
        }
        notifyReady();
    }

    /** Polls now, from a thread that gave the stack work (lock held). */
    void pollLocked() {
        driver.beforePoll();
        long now = clock.nowMillis();
        for (int i = 0; i < POLL_ROUNDS; i++) {
            iface.poll(now);
            driver.afterPoll();
            if (iface.pollAt() > now) {
                break;
            }
            now = clock.nowMillis();
        }
        if (trace != null && iface.config().address() != tracedAddress) {
            tracedAddress = iface.config().address();
            trace.println("mayfly: net: address " + iface.config());
        }
        if (trace != null && now - countersTracedAt >= TRACE_COUNTERS_MILLIS) {
            countersTracedAt = now;
            trace.println("mayfly: net: after " + services + " services: " + iface.statistics());
        }
        String broken = driver.brokenReason();
        if (broken != null && brokenReported == null) {
            brokenReported = broken;
            System.err.println("mayfly: network device stopped: " + broken);
        }
        armLocked(now);
    }

    /** Polls, then wakes others that became ready (no handle monitor may be held). */
    void pollAndWake() {
        try (Held h0 = hold()) {
            pollLocked();
            collectReadyLocked();
        }
        notifyReady();
    }

    private void armLocked(long now) {
        if (endIfDeliveredLocked(now)) {
            return;
        }
        long at = iface.pollAt();
        if (endAction != null) {
            at = Math.min(at, endDeadline);
        }
        if (at <= now) {
            scheduler.serviceSoon();
            return;
        }
        boolean needed = !waiting.isEmpty() || lingeringLocked() || endAction != null;
        if (!needed) {
            scheduler.serviceAt(Long.MAX_VALUE);
        } else {
            scheduler.serviceAt(at == Long.MAX_VALUE ? now + STANDING_EVENT_MILLIS : at);
        }
    }

    /**
     * Before the VM ends: keeps polling, for at most {@code budgetMillis}, until the sockets have
     * delivered what was written to them ({@link #deliveringLocked}) — what a process's kernel does
     * for it after the process exits (a reply written just before {@code System.exit} arrives).
     * Does not suspend.
     */
    public void drainBeforeExit(long budgetMillis) {
        long deadline = clock.nowMillis() + budgetMillis;
        while (true) {
            try (Held h0 = hold()) {
                pollLocked();
                if (!deliveringLocked()) {
                    return;
                }
            }
            if (clock.nowMillis() >= deadline) {
                return;
            }
        }
    }

    /**
     * The application's last non-daemon thread has ended: runs {@code end} (which ends the VM) from
     * the stack's service once the sockets have delivered what was written to them, or after
     * {@code budgetMillis}; returns false, and keeps nothing, when there is nothing to deliver (the
     * caller ends the VM itself). Only checks and records: it neither polls nor suspends, so the
     * runtime can call it where a thread ends.
     */
    public boolean endWhenDelivered(long budgetMillis, Runnable end) {
        try (Held h0 = hold()) {
            if (!deliveringLocked()) {
                return false;
            }
            if (endAction == null) {
                endAction = end;
                endDeadline = clock.nowMillis() + budgetMillis;
            }
        }
        scheduler.serviceSoon();
        return true;
    }

    /**
     * Whether a socket still delivers what was written to it: an open connection's data is not yet
     * acknowledged, or a closed connection's peer has not closed too. An acknowledgement alone is
     * not enough for a closed one: a relay such as QEMU's user-mode network acknowledges bytes
     * before it has passed them on and loses them if the VM ends first; the peer's FIN comes after.
     */
    private boolean deliveringLocked() {
        return unacknowledgedLocked() || iface.anyTcpClosing();
    }

    /** Runs the pending end once delivery is done or its deadline passed; returns whether it ran. */
    private boolean endIfDeliveredLocked(long now) {
        if (endAction == null || (now < endDeadline && deliveringLocked())) {
            return false;
        }
        Runnable end = endAction;
        endAction = null;
        end.run();
        return true;
    }

    private boolean unacknowledgedLocked() {
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).unacknowledgedLocked()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a closed connection still has data or a FIN to deliver (then the stack keeps running). */
    private boolean lingeringLocked() {
        boolean any = false;
        for (int i = open.size() - 1; i >= 0; i--) {
            any |= open.get(i).lingers();          // drops connections that are done
        }
        return any;
    }

    private void collectReadyLocked() {
        for (int i = 0; i < waiting.size(); i++) {
            SocketHandle h = waiting.get(i);
            if (h.readyLocked()) {
                ready.add(h);
            }
        }
    }

    private void notifyReady() {
        while (true) {
            SocketHandle h;
            try (Held h0 = hold()) {
                if (ready.isEmpty()) {
                    return;
                }
                h = ready.remove(ready.size() - 1);
            }
            parking.unpark(h);
        }
    }

    /** Wakes every thread waiting on {@code h} (after it was closed). No monitor may be held. */
    void wakeAll(SocketHandle h) {
        parking.unpark(h);
    }

    void opened(SocketHandle h) {
        open.add(h);
    }

    void finished(SocketHandle h) {
        open.remove(h);
    }

    /**
     * Blocks until {@code h} satisfies {@code condition} or {@code deadline} (monotonic ms, 0 =
     * none) passes; returns false on the deadline. The condition is checked with the lock held.
     */
    boolean await(SocketHandle h, int condition, long deadline) {
        while (true) {
            int seen;
            long timeout;
            try (Held h0 = hold()) {
                if (h.satisfiedLocked(condition)) {
                    return true;
                }
                long now = clock.nowMillis();
                if (deadline != 0 && now >= deadline) {
                    return false;
                }
                h.addWaiter(condition);
                if (h.waiterCount() == 1) {
                    waiting.add(h);
                }
                armLocked(now);
                seen = h.epoch;
                timeout = deadline == 0 ? 0 : Math.max(1, deadline - now);
            }
            try {
                parking.park(h, seen, timeout);
            } finally {
                try (Held h0 = hold()) {
                    h.removeWaiter(condition);
                    if (h.waiterCount() == 0) {
                        waiting.remove(h);
                    }
                }
            }
        }
    }
}
