package dev.mayfly.jdk.java.util.concurrent.locks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.locks.AbstractQueuedLongSynchronizer on Mayfly: AbstractQueuedSynchronizer
 * with a long of state, for synchronizers that need more than 32 bits: the framework for locks and
 * synchronizers built on that state that subclasses test and change in
 * {@code tryAcquire}/{@code tryRelease} (and their shared forms). Threads that fail to acquire
 * queue up in arrival order and wait on the synchronizer's monitor; after each release the thread
 * at the head of the queue tries again (a shared acquire that succeeds lets the next one try too),
 * while newly arriving threads may barge in, as in the JDK. Conditions keep their own queue of
 * waiters, each released and reacquired with the full saved state.
 */
public abstract class AbstractQueuedLongSynchronizer extends AbstractOwnableSynchronizer implements java.io.Serializable {
    /** A queued thread and whether it wants the synchronizer in shared mode. */
    private static final class Waiter {
        final Thread thread;
        final boolean shared;

        Waiter(Thread thread, boolean shared) {
            this.thread = thread;
            this.shared = shared;
        }
    }

    private volatile long state;
    private final transient List<Waiter> queue = new ArrayList<>();
    private transient boolean contended;

    public AbstractQueuedLongSynchronizer() {
    }

    protected final long getState() {
        return state;
    }

    protected final void setState(long newState) {
        state = newState;
    }

    protected final synchronized boolean compareAndSetState(long expect, long update) {
        if (state != expect) {
            return false;
        }
        state = update;
        return true;
    }

    protected boolean tryAcquire(long arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean tryRelease(long arg) {
        throw new UnsupportedOperationException();
    }

    protected long tryAcquireShared(long arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean tryReleaseShared(long arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean isHeldExclusively() {
        throw new UnsupportedOperationException();
    }

    // ------------------------------------------------------------------ acquiring

    private boolean attempt(boolean shared, long arg) {
        return shared ? tryAcquireShared(arg) >= 0 : tryAcquire(arg);
    }

    /**
     * Queues the current thread and waits until it is at the head and its attempt succeeds;
     * {@code nanos} &lt; 0 waits without limit. Returns false on timeout.
     */
    private synchronized boolean acquireQueued(boolean shared, long arg, boolean interruptible, long nanos)
            throws InterruptedException {
        Thread me = Thread.currentThread();
        Waiter w = new Waiter(me, shared);
        queue.add(w);
        contended = true;
        boolean interrupted = false;
        long deadline = System.nanoTime() + nanos;
        try {
            while (true) {
                if (queue.get(0) == w && attempt(shared, arg)) {
                    return true;
                }
                try {
                    if (nanos < 0) {
                        wait();
                    } else {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            return false;
                        }
                        wait(Math.max(1, (left + 999_999) / 1_000_000));
                    }
                } catch (InterruptedException e) {
                    if (interruptible) {
                        throw e;
                    }
                    interrupted = true;
                }
            }
        } finally {
            queue.remove(w);
            notifyAll(); // the next waiter is now at the head
            if (interrupted) {
                me.interrupt();
            }
        }
    }

    public final void acquire(long arg) {
        if (!tryAcquire(arg)) {
            try {
                acquireQueued(false, arg, false, -1);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    public final void acquireInterruptibly(long arg) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (!tryAcquire(arg)) {
            acquireQueued(false, arg, true, -1);
        }
    }

    public final boolean tryAcquireNanos(long arg, long nanosTimeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return tryAcquire(arg) || (nanosTimeout > 0 && acquireQueued(false, arg, true, nanosTimeout));
    }

    public final boolean release(long arg) {
        if (tryRelease(arg)) {
            synchronized (this) {
                notifyAll();
            }
            return true;
        }
        return false;
    }

    public final void acquireShared(long arg) {
        if (tryAcquireShared(arg) < 0) {
            try {
                acquireQueued(true, arg, false, -1);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    public final void acquireSharedInterruptibly(long arg) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (tryAcquireShared(arg) < 0) {
            acquireQueued(true, arg, true, -1);
        }
    }

    public final boolean tryAcquireSharedNanos(long arg, long nanosTimeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return tryAcquireShared(arg) >= 0 || (nanosTimeout > 0 && acquireQueued(true, arg, true, nanosTimeout));
    }

    public final boolean releaseShared(long arg) {
        if (tryReleaseShared(arg)) {
            synchronized (this) {
                notifyAll();
            }
            return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ queue inspection

    public final synchronized boolean hasQueuedThreads() {
        return !queue.isEmpty();
    }

    public final synchronized boolean hasContended() {
        return contended;
    }

    public final synchronized Thread getFirstQueuedThread() {
        return queue.isEmpty() ? null : queue.get(0).thread;
    }

    public final synchronized boolean isQueued(Thread thread) {
        if (thread == null) {
            throw new NullPointerException();
        }
        for (Waiter w : queue) {
            if (w.thread == thread) {
                return true;
            }
        }
        return false;
    }

    /** Whether some other thread has been queued longer than the current one (what fair synchronizers check). */
    public final synchronized boolean hasQueuedPredecessors() {
        return !queue.isEmpty() && queue.get(0).thread != Thread.currentThread();
    }

    public final synchronized int getQueueLength() {
        return queue.size();
    }

    private synchronized Collection<Thread> threads(Boolean shared) {
        List<Thread> list = new ArrayList<>();
        for (int i = queue.size() - 1; i >= 0; i--) {
            Waiter w = queue.get(i);
            if (shared == null || w.shared == shared) {
                list.add(w.thread);
            }
        }
        return list;
    }

    public final Collection<Thread> getQueuedThreads() {
        return threads(null);
    }

    public final Collection<Thread> getExclusiveQueuedThreads() {
        return threads(Boolean.FALSE);
    }

    public final Collection<Thread> getSharedQueuedThreads() {
        return threads(Boolean.TRUE);
    }

    @Override
    public String toString() {
        return super.toString() + "[State = " + getState() + ", " + (hasQueuedThreads() ? "non" : "") + "empty queue]";
    }

    // ------------------------------------------------------------------ conditions

    public final boolean owns(ConditionObject condition) {
        return condition.owner() == this;
    }

    private ConditionObject owned(ConditionObject condition) {
        if (!owns(condition)) {
            throw new IllegalArgumentException("Not owner");
        }
        return condition;
    }

    public final boolean hasWaiters(ConditionObject condition) {
        return owned(condition).hasWaiters();
    }

    public final int getWaitQueueLength(ConditionObject condition) {
        return owned(condition).getWaitQueueLength();
    }

    public final Collection<Thread> getWaitingThreads(ConditionObject condition) {
        return owned(condition).getWaitingThreads();
    }

    /** Releases the whole state for a condition wait; IllegalMonitorStateException if that fails. */
    private long fullyRelease() {
        long saved = getState();
        if (!release(saved)) {
            throw new IllegalMonitorStateException();
        }
        return saved;
    }

    /**
     * A condition of an exclusively held synchronizer: waiters queue on the condition's monitor,
     * having released the synchronizer's whole state, until signalled (or interrupted, or timed out),
     * and then reacquire that state.
     */
    public class ConditionObject implements Condition, java.io.Serializable {
        /** A waiting thread and whether it has been signalled. */
        private final class Node {
            final Thread thread = Thread.currentThread();
            boolean signalled;
        }

        private final transient List<Node> waiters = new ArrayList<>();

        public ConditionObject() {
        }

        AbstractQueuedLongSynchronizer owner() {
            return AbstractQueuedLongSynchronizer.this;
        }

        private void checkHeld() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
        }

        @Override
        public final void signal() {
            checkHeld();
            synchronized (this) {
                if (!waiters.isEmpty()) {
                    waiters.remove(0).signalled = true;
                    notifyAll();
                }
            }
        }

        @Override
        public final void signalAll() {
            checkHeld();
            synchronized (this) {
                for (Node n : waiters) {
                    n.signalled = true;
                }
                waiters.clear();
                notifyAll();
            }
        }

        /**
         * Waits for a signal; {@code nanos} &lt; 0 waits without limit. Returns the nanoseconds left
         * (&lt;= 0 when timed out); throws InterruptedException, after reacquiring, when interrupted.
         */
        private long doAwait(boolean interruptible, long nanos) throws InterruptedException {
            checkHeld();
            Node node = new Node();
            synchronized (this) {
                waiters.add(node);
            }
            long saved = fullyRelease();
            long deadline = System.nanoTime() + nanos;
            boolean interrupted = false;
            InterruptedException thrown = null;
            long left = nanos;
            synchronized (this) {
                while (!node.signalled) {
                    try {
                        if (nanos < 0) {
                            wait();
                        } else {
                            left = deadline - System.nanoTime();
                            if (left <= 0) {
                                break;
                            }
                            wait(Math.max(1, (left + 999_999) / 1_000_000));
                        }
                    } catch (InterruptedException e) {
                        if (interruptible) {
                            thrown = e;
                            break;
                        }
                        interrupted = true;
                    }
                }
                waiters.remove(node);
            }
            acquire(saved);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (thrown != null) {
                throw thrown;
            }
            return nanos < 0 ? 1 : deadline - System.nanoTime();
        }

        @Override
        public final void awaitUninterruptibly() {
            try {
                doAwait(false, -1);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public final void await() throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            doAwait(true, -1);
        }

        @Override
        public final long awaitNanos(long nanosTimeout) throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return doAwait(true, Math.max(0, nanosTimeout));
        }

        @Override
        public final boolean awaitUntil(Date deadline) throws InterruptedException {
            long ms = deadline.getTime() - System.currentTimeMillis();
            return awaitNanos(ms * 1_000_000L) > 0;
        }

        @Override
        public final boolean await(long time, TimeUnit unit) throws InterruptedException {
            return awaitNanos(unit.toNanos(time)) > 0;
        }

        protected final boolean hasWaiters() {
            checkHeld();
            synchronized (this) {
                return !waiters.isEmpty();
            }
        }

        protected final int getWaitQueueLength() {
            checkHeld();
            synchronized (this) {
                return waiters.size();
            }
        }

        protected final Collection<Thread> getWaitingThreads() {
            checkHeld();
            List<Thread> list = new ArrayList<>();
            synchronized (this) {
                for (Node n : waiters) {
                    list.add(n.thread);
                }
            }
            return list;
        }
    }
}
