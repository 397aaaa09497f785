package dev.mayfly.kernel.arch;

import dev.mayfly.kernel.net.Clock;
import dev.mayfly.kernel.net.NetworkStack;
import dev.mayfly.kernel.net.ServiceScheduler;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.runtime.EventQueue;

/**
 * Runs the network stack's service from the compiled runtime's event loop (TeaVM's
 * {@code EventQueue}): one event "as soon as possible", one timer event at the stack's next
 * deadline (tickless: nothing is scheduled while nothing waits), and the device-interrupt path
 * through {@link DeviceEvents}.
 *
 * <p>The events are plain EventQueue events that resume the kernel's own green thread
 * "mayfly-net", which runs the service: so the service's monitors and wake-ups happen inside a
 * thread, as the runtime's monitors require, and at the top of the event loop, never inside
 * another thread. The thread is a daemon and parks without a pending event. The only code that
 * runs anywhere else is {@link #deviceEvents}, called from inside the loop's idle wait (see
 * docs/ARCHITECTURE.md, "Networking", for why it may offer an event there and how it avoids
 * overtaking the event the loop is waiting for).
 */
public final class EventLoopScheduler implements ServiceScheduler {
    /** Offer "now" from the idle hook only when the loop's head is at least this far away (ms). */
    static final long OVERTAKE_MARGIN_MILLIS = 4;

    private final Clock clock;
    private NetworkStack stack;
    private boolean soonScheduled;
    private int soonId = -1;
    private int timerId = -1;
    private long timerAt = Long.MAX_VALUE;
    private long pendingDeviceBits;
    private final EventQueue.Event serviceEvent = this::runSoon;
    private final EventQueue.Event timerEvent = this::runTimer;

    public EventLoopScheduler(Clock clock) {
        this.clock = clock;
    }

    public void attach(NetworkStack stack) {
        this.stack = stack;
        if (serviceThread == null) {
            serviceThread = new Thread(this::serviceLoop, "mayfly-net");
            serviceThread.setDaemon(true);
            serviceThread.start();
        }
    }

    private Thread serviceThread;
    private boolean wakePending;
    private static AsyncCallback<Void> parked;

    private void serviceLoop() {
        while (true) {
            if (!wakePending) {
                park();
            }
            wakePending = false;
            serviceNow();
        }
    }

    /** Suspends the service thread until {@link #wake}; no event stays queued for it. */
    @Async
    private static native Void park();

    private static void park(AsyncCallback<Void> callback) {
        parked = callback;
    }

    /** Runs the service thread now (from an event), or makes its next park return at once. */
    private void wake() {
        AsyncCallback<Void> c = parked;
        if (c != null) {
            parked = null;
            c.complete(null);
        } else {
            wakePending = true;
        }
    }

    /** Takes the device bits recorded since the last call (from the idle hook and from interrupts seen while busy). */
    public long takeDeviceBits() {
        long bits = pendingDeviceBits | NativeKernel.takeDeviceEvents();
        pendingDeviceBits = 0;
        return bits;
    }

    private void runSoon() {
        soonScheduled = false;
        soonId = -1;
        wake();
    }

    private void runTimer() {
        timerId = -1;
        timerAt = Long.MAX_VALUE;
        wake();
    }

    /** Runs the service; an exception must not unwind the runtime's event loop, so it is reported here. */
    private void serviceNow() {
        if (stack == null) {
            return;
        }
        try {
            stack.service();
        } catch (Throwable t) {
            System.err.print("mayfly: network service failed: ");
            t.printStackTrace();
        }
    }

    @Override
    public void serviceSoon() {
        if (!soonScheduled) {
            soonScheduled = true;
            soonId = EventQueue.offer(serviceEvent, System.currentTimeMillis());
        }
    }

    @Override
    public void serviceAt(long atMillis) {
        if (atMillis == timerAt) {
            return;
        }
        if (timerId >= 0) {
            EventQueue.kill(timerId);
            timerId = -1;
        }
        timerAt = atMillis;
        if (atMillis != Long.MAX_VALUE) {
            long delay = Math.max(0, atMillis - clock.nowMillis());
            timerId = EventQueue.offer(timerEvent, System.currentTimeMillis() + delay);
        }
    }

    /**
     * Called from inside the event loop's idle wait with the device bits the interrupts recorded.
     * Schedules the service event without ever putting it before the event the loop is waiting
     * for when that one may already be due: TeaVM's loop takes the head it waited for with
     * {@code remove(0)}, so an event that overtook it in that instant would be dropped and the head
     * run twice. Must not suspend (it runs outside any thread).
     */
    void deviceEvents(long bits) {
        pendingDeviceBits |= bits;
        if (soonScheduled) {
            // Scheduled "now" and still not run although the loop went idle: it was offered at the
            // head's time below (and is still queued) — replace it, keeping a single copy.
            EventQueue.kill(soonId);
        }
        soonScheduled = true;
        long head = NativeKernel.queueHeadMillis();
        long now = System.currentTimeMillis();
        if (head == Long.MAX_VALUE || head - now > OVERTAKE_MARGIN_MILLIS) {
            soonId = EventQueue.offer(serviceEvent, now);
            if (head == Long.MAX_VALUE || head - System.currentTimeMillis() > OVERTAKE_MARGIN_MILLIS / 2) {
                return;
            }
            EventQueue.kill(soonId);            // offering took too long (a collection): fall back
        }
        soonId = EventQueue.offer(serviceEvent, head);   // equal times keep the head first
    }
}
