package dev.mayfly.jdk.java.util.concurrent.locks;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * java.util.concurrent.locks.LockSupport on Mayfly: each thread has one permit. {@code park}
 * consumes it, or waits on the thread's own park monitor until {@code unpark} grants it, the
 * thread is interrupted or the time runs out (it may also return spuriously, as the JDK allows);
 * it never throws InterruptedException and leaves the interrupt status set.
 */
public final class LockSupport {
    /** A thread's permit, its current blocker, and the monitor it parks on. */
    private static final class ParkState {
        boolean permit;
        Object blocker;
    }

    private static final Map<Thread, ParkState> STATES = new WeakHashMap<>();

    private LockSupport() {
    }

    private static ParkState stateOf(Thread t) {
        synchronized (STATES) {
            return STATES.computeIfAbsent(t, k -> new ParkState());
        }
    }

    public static void unpark(Thread thread) {
        if (thread == null) {
            return;
        }
        ParkState s = stateOf(thread);
        synchronized (s) {
            s.permit = true;
            s.notifyAll();
        }
    }

    /** Marks "park without a blocker argument": the blocker set by setCurrentBlocker stays. */
    private static final Object KEEP = new Object();

    /** Waits for the permit; {@code nanos} &lt; 0 means without a time limit. */
    private static void parkFor(Object blocker, long nanos) {
        Thread me = Thread.currentThread();
        ParkState s = stateOf(me);
        synchronized (s) {
            if (!s.permit && !me.isInterrupted() && nanos != 0) {
                Object before = s.blocker;
                if (blocker != KEEP) {
                    s.blocker = blocker;
                }
                try {
                    if (nanos < 0) {
                        s.wait();
                    } else {
                        s.wait(Math.max(1, (nanos + 999_999) / 1_000_000));
                    }
                } catch (InterruptedException e) {
                    me.interrupt(); // park reports an interrupt through the status only
                } finally {
                    s.blocker = blocker != KEEP ? null : before;
                }
            }
            s.permit = false;
        }
    }

    public static void park() {
        parkFor(KEEP, -1);
    }

    public static void park(Object blocker) {
        parkFor(blocker, -1);
    }

    public static void parkNanos(long nanos) {
        if (nanos > 0) {
            parkFor(KEEP, nanos);
        }
    }

    public static void parkNanos(Object blocker, long nanos) {
        if (nanos > 0) {
            parkFor(blocker, nanos);
        }
    }

    /** Parks until the wall-clock time {@code deadline} (milliseconds since the epoch). */
    public static void parkUntil(long deadline) {
        parkUntil(KEEP, deadline);
    }

    public static void parkUntil(Object blocker, long deadline) {
        long millis = deadline - System.currentTimeMillis();
        if (millis > 0) {
            parkFor(blocker, millis * 1_000_000L);
        }
    }

    /** The object the thread is parked on, as given to {@code park}; null when not parked or none given. */
    public static Object getBlocker(Thread t) {
        if (t == null) {
            throw new NullPointerException();
        }
        ParkState s;
        synchronized (STATES) {
            s = STATES.get(t);
        }
        if (s == null) {
            return null;
        }
        synchronized (s) {
            return s.blocker;
        }
    }

    /** JDK 14: sets the current thread's blocker ahead of a park that does not take one. */
    public static void setCurrentBlocker(Object blocker) {
        ParkState s = stateOf(Thread.currentThread());
        synchronized (s) {
            s.blocker = blocker;
        }
    }
}
