package dev.mayfly.kernel.runtime;

import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.runtime.EventQueue;

/**
 * The image's implementation of Java monitors — {@code synchronized}, {@code Object.wait},
 * {@code notify}, {@code notifyAll} and {@code Thread.holdsLock} — which the image builder links
 * in place of TeaVM 0.16.0's (JLS §17.1, §17.2).
 *
 * <p>TeaVM's monitors are wrong in three ways that real programs meet: a released monitor is
 * handed to a waiting thread only by a later event, so a thread that runs in between takes it and
 * the hand-over then makes two owners (IllegalMonitorStateException, then a runtime abort); the
 * hand-over forgets every other thread queued for the monitor, which then waits forever; and an
 * interrupted {@code wait} returns without re-acquiring the monitor. Here a monitor that is
 * released while threads wait for it is given to the first of them at once: the owner changes
 * inside {@code monitorExit}, and the new owner only has to be resumed, so no thread can slip in.
 *
 * <p>Threads are green threads on one CPU, switched only where a thread suspends, so nothing here
 * is interrupted half-way. A suspended thread is always resumed from an EventQueue event — from
 * the event loop — because resuming a fiber from inside another thread's code would run it on
 * that thread's stack with the wrong current thread. Each object that has a monitor is kept in
 * {@link MonitorTable}; the entry goes when no thread owns, waits for or waits on the monitor.
 *
 * <p>Each change of a waiter's state is also recorded in {@link ThreadStates}: BLOCKED while a
 * thread waits to enter (or, notified or timed out, to re-enter) a monitor, WAITING or
 * TIMED_WAITING in {@code wait}, RUNNABLE once it owns the monitor again.
 */
public final class Monitors {
    /** The threads now in {@code wait()}, most recent first, linked through {@link Waiter#nextInWait}. */
    private static Waiter inWait;

    private Monitors() {
    }

    /** One object's monitor: its owner, the re-entry count, and the threads that wait for it or on it. */
    static final class Monitor {
        Thread owner;
        int count;
        /**
         * The thread the monitor was handed to whose resume event has not run yet, or null. Until
         * it runs, code that cannot suspend may borrow the monitor (see enterWithoutSuspending).
         */
        Waiter handedTo;
        /** Threads waiting to own the monitor, first come first served. */
        final WaiterQueue entering = new WaiterQueue();
        /** Threads in {@code wait()}, in the order they began waiting. */
        final WaiterQueue waiting = new WaiterQueue();

        boolean unused() {
            return owner == null && entering.isEmpty() && waiting.isEmpty();
        }
    }

    /** A suspended thread: waiting to own a monitor, or waiting on it to be notified. */
    static final class Waiter implements EventQueue.Event {
        static final int ENTERING = 0;
        static final int WAITING = 1;
        static final int HANDED_OVER = 2;
        static final int RUNNING = 3;

        final Thread thread;
        final Monitor monitor;
        /** The re-entry count the thread gets back when it owns the monitor again. */
        final int count;
        int state;
        boolean interrupted;
        int timerId = -1;
        AsyncCallback<Void> callback;
        /** The next waiter in the monitor's queue. */
        Waiter next;
        /** The neighbours in the list of all threads in {@code wait()}, for {@code Thread.interrupt()}. */
        Waiter previousInWait;
        Waiter nextInWait;
        boolean inWait;

        Waiter(Thread thread, Monitor monitor, int count, int state) {
            this.thread = thread;
            this.monitor = monitor;
            this.count = count;
            this.state = state;
        }

        /** Runs in the event loop: the timeout or interruption of a wait, or the hand-over of the monitor. */
        @Override
        public void run() {
            if (state == WAITING) {
                timerId = -1;
                monitor.waiting.remove(this);
                acquireOrQueue(this);
            } else if (state == HANDED_OVER) {
                state = RUNNING;
                monitor.handedTo = null;
                resume(this);
            }
        }
    }

    /** A FIFO of waiters linked through {@link Waiter#next}; never allocates. */
    static final class WaiterQueue {
        private Waiter head;
        private Waiter tail;

        boolean isEmpty() {
            return head == null;
        }

        void add(Waiter w) {
            w.next = null;
            if (tail == null) {
                head = w;
            } else {
                tail.next = w;
            }
            tail = w;
        }

        Waiter poll() {
            Waiter w = head;
            if (w != null) {
                head = w.next;
                if (head == null) {
                    tail = null;
                }
                w.next = null;
            }
            return w;
        }

        void remove(Waiter w) {
            Waiter previous = null;
            for (Waiter x = head; x != null; previous = x, x = x.next) {
                if (x == w) {
                    if (previous == null) {
                        head = x.next;
                    } else {
                        previous.next = x.next;
                    }
                    if (tail == x) {
                        tail = previous;
                    }
                    x.next = null;
                    return;
                }
            }
        }
    }

    /** {@code monitorenter} (JVMS §6.5): owns the monitor of {@code lock}, suspending while another thread owns it. */
    public static void enter(Object lock) {
        if (lock == null) {
            throw new NullPointerException();
        }
        Thread current = Thread.currentThread();
        if (current == null) {
            return; // the runtime is still starting: there is only one thread
        }
        Monitor m = monitorOf(lock, true);
        if (!enterIfFreeOrOwn(m, current)) {
            Waiter w = new Waiter(current, m, 1, Waiter.ENTERING);
            ThreadStates.record(current, ThreadStates.BLOCKED);
            m.entering.add(w);
            suspend(w); // returns owning the monitor: exit() handed it over
        }
    }

    /**
     * Enters a monitor at a point where the calling code cannot suspend: TeaVM's own monitor
     * instruction, which the image keeps in the classes compiled from TeaVM's class library (see
     * the image builder's MonitorLinker). A free monitor, or one this thread owns, is simply
     * entered. A monitor handed to a thread that has not run yet is borrowed: this thread owns it
     * until its matching exit, which gives it back — the other thread cannot run before then,
     * because this code does not suspend while it holds it. A monitor whose owner is suspended
     * inside its critical section (sleeping or blocked in I/O while it holds the lock) cannot be
     * waited for here: IllegalStateException, as in TeaVM.
     */
    public static void enterWithoutSuspending(Object lock) {
        Thread current = Thread.currentThread();
        if (current == null) {
            return;
        }
        Monitor m = monitorOf(lock, true);
        if (enterIfFreeOrOwn(m, current)) {
            return;
        }
        if (m.handedTo != null && m.owner == m.handedTo.thread) {
            m.owner = current; // borrowed; exit() gives it back to handedTo
            m.count = 1;
        } else {
            throw new IllegalStateException("Can't enter monitor from another thread synchronously: "
                    + "its owner holds it while suspended, and this method cannot suspend");
        }
    }

    /** {@code monitorexit} (JVMS §6.5): gives up one of this thread's entries of the monitor of {@code lock}. */
    public static void exit(Object lock) {
        Thread current = Thread.currentThread();
        if (current == null) {
            return;
        }
        Monitor m = monitorOf(lock, false);
        if (m == null || m.owner != current) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        if (--m.count > 0) {
            return;
        }
        Waiter handedTo = m.handedTo;
        if (handedTo != null && handedTo.thread != current) {
            m.owner = handedTo.thread; // a borrowed monitor goes back to the thread it was handed to
            m.count = handedTo.count;
            return;
        }
        release(lock, m);
    }

    /** {@code Thread.holdsLock}: whether the current thread owns the monitor of {@code lock}. */
    public static boolean holdsLock(Object lock) {
        Monitor m = monitorOf(lock, false);
        return m != null && m.owner != null && m.owner == Thread.currentThread();
    }

    /** {@code Object.notify()}: moves the longest-waiting thread, if any, to the queue for the monitor. */
    public static void notify(Object lock) {
        Monitor m = ownedMonitor(lock);
        Waiter w = m.waiting.poll();
        if (w != null) {
            wake(w);
        }
    }

    /** {@code Object.notifyAll()}: moves every waiting thread to the queue for the monitor. */
    public static void notifyAll(Object lock) {
        Monitor m = ownedMonitor(lock);
        for (Waiter w = m.waiting.poll(); w != null; w = m.waiting.poll()) {
            wake(w);
        }
    }

    /**
     * {@code Object.wait(millis, nanos)}: releases the monitor entirely, suspends until notified,
     * interrupted or (when a timeout is given) timed out, and owns the monitor again, with the same
     * count, before it returns or throws.
     */
    public static void await(Object lock, long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        Monitor m = ownedMonitor(lock);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        Waiter w = new Waiter(Thread.currentThread(), m, m.count, Waiter.WAITING);
        m.waiting.add(w);
        boolean timed = millis > 0 || nanos > 0;
        ThreadStates.record(w.thread, timed ? ThreadStates.TIMED_WAITING : ThreadStates.WAITING);
        if (timed) {
            long timeout = millis + (nanos > 0 ? 1 : 0);
            long deadline = System.currentTimeMillis() + timeout;
            w.timerId = EventQueue.offer(w, deadline < 0 ? Long.MAX_VALUE : deadline);
        }
        addToWaitList(w);
        release(lock, m);
        suspend(w); // returns owning the monitor again
        if (w.interrupted) {
            Thread.interrupted(); // the JDK clears the status when it throws
            throw new InterruptedException();
        }
    }

    /**
     * Called by {@code Thread.interrupt()} after it set the thread's status: a thread in
     * {@code wait()} that has not been notified stops waiting, re-acquires its monitor and throws
     * InterruptedException. A notified one returns normally with the status set (JLS §17.2.4).
     */
    public static void interrupted(Thread thread) {
        for (Waiter w = inWait; w != null; w = w.nextInWait) {
            if (w.thread == thread && w.state == Waiter.WAITING && !w.interrupted) {
                w.interrupted = true;
                if (w.timerId >= 0) {
                    EventQueue.kill(w.timerId);
                }
                // Re-acquiring may resume the thread, which must happen from the event loop.
                w.timerId = EventQueue.offer(w, System.currentTimeMillis());
                return;
            }
        }
    }

    @Async
    private static native Void suspend(Waiter w);

    // The half of the @Async pair that runs when the thread suspends (TeaVM's async ABI).
    private static void suspend(Waiter w, AsyncCallback<Void> callback) {
        w.callback = callback;
    }

    /** Gives the monitor up; the first thread waiting for it owns it from now on and is resumed by an event. */
    private static void release(Object lock, Monitor m) {
        Waiter next = m.entering.poll();
        if (next == null) {
            m.owner = null;
            m.count = 0;
            if (m.unused()) {
                MonitorTable.put(lock, null);
            }
            return;
        }
        m.owner = next.thread;
        m.count = next.count;
        m.handedTo = next;
        next.state = Waiter.HANDED_OVER;
        ThreadStates.record(next.thread, ThreadStates.RUNNABLE);
        EventQueue.offer(next);
    }

    /** A notified thread: no longer waiting on the monitor, now waiting for it. */
    private static void wake(Waiter w) {
        if (w.timerId >= 0) {
            EventQueue.kill(w.timerId);
            w.timerId = -1;
        }
        w.interrupted = false; // notified first: the interrupt stays pending, the notification is not lost
        w.state = Waiter.ENTERING;
        ThreadStates.record(w.thread, ThreadStates.BLOCKED); // to re-enter the monitor (Thread.State.BLOCKED)
        w.monitor.entering.add(w);
    }

    /** In the event loop: a thread whose wait ended owns the monitor now if it is free, or queues for it. */
    private static void acquireOrQueue(Waiter w) {
        Monitor m = w.monitor;
        if (m.owner == null) {
            m.owner = w.thread;
            m.count = w.count;
            w.state = Waiter.RUNNING;
            ThreadStates.record(w.thread, ThreadStates.RUNNABLE);
            resume(w);
        } else {
            w.state = Waiter.ENTERING;
            ThreadStates.record(w.thread, ThreadStates.BLOCKED);
            m.entering.add(w);
        }
    }

    private static void resume(Waiter w) {
        removeFromWaitList(w);
        AsyncCallback<Void> c = w.callback;
        w.callback = null;
        c.complete(null);
    }

    private static void addToWaitList(Waiter w) {
        w.inWait = true;
        w.nextInWait = inWait;
        if (inWait != null) {
            inWait.previousInWait = w;
        }
        inWait = w;
    }

    private static void removeFromWaitList(Waiter w) {
        if (!w.inWait) {
            return;
        }
        w.inWait = false;
        if (w.previousInWait == null) {
            inWait = w.nextInWait;
        } else {
            w.previousInWait.nextInWait = w.nextInWait;
        }
        if (w.nextInWait != null) {
            w.nextInWait.previousInWait = w.previousInWait;
        }
        w.previousInWait = null;
        w.nextInWait = null;
    }

    /** Enters {@code m} if it is free or {@code current} owns it already; false if another thread does. */
    private static boolean enterIfFreeOrOwn(Monitor m, Thread current) {
        if (m.owner == null) {
            m.owner = current;
            m.count = 1;
            return true;
        }
        if (m.owner == current) {
            m.count++;
            return true;
        }
        return false;
    }

    private static Monitor ownedMonitor(Object lock) {
        Monitor m = monitorOf(lock, false);
        if (m == null || m.owner == null || m.owner != Thread.currentThread()) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        return m;
    }

    private static Monitor monitorOf(Object lock, boolean create) {
        Monitor m = (Monitor) MonitorTable.get(lock);
        if (m == null && create) {
            m = new Monitor();
            MonitorTable.put(lock, m);
        }
        return m;
    }
}
