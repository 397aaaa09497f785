package dev.mayfly.jdk.java.util.concurrent.locks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.locks.ReentrantLock on Mayfly: an owner thread and a hold count, with
 * waiting done on the lock's own monitor (the runtime's cooperative threads make the monitor
 * operations the only blocking primitive). Conditions wait on their own monitor after releasing
 * the lock and reacquire it, with all holds, before returning.
 */
public class ReentrantLock implements Lock, java.io.Serializable {
    private final boolean fair;
    private Thread owner;
    private int holds;
    /** The threads waiting to acquire, in arrival order (for the queue-inspection methods). */
    private final List<Thread> queued = new ArrayList<>();

    public ReentrantLock() {
        this(false);
    }

    public ReentrantLock(boolean fair) {
        this.fair = fair;
    }

    @Override
    public synchronized void lock() {
        Thread me = Thread.currentThread();
        boolean interrupted = false;
        if (owner != null && owner != me) {
            queued.add(me);
        }
        while (owner != null && owner != me) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        queued.remove(me);
        owner = me;
        holds++;
        if (interrupted) {
            me.interrupt();
        }
    }

    @Override
    public synchronized void lockInterruptibly() throws InterruptedException {
        Thread me = Thread.currentThread();
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (owner != null && owner != me) {
            queued.add(me);
            try {
                while (owner != null && owner != me) {
                    wait();
                }
            } finally {
                queued.remove(me);
            }
        }
        owner = me;
        holds++;
    }

    @Override
    public synchronized boolean tryLock() {
        Thread me = Thread.currentThread();
        if (owner == null || owner == me) {
            owner = me;
            holds++;
            return true;
        }
        return false;
    }

    @Override
    public synchronized boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        Thread me = Thread.currentThread();
        long deadline = System.nanoTime() + unit.toNanos(time);
        try {
            while (owner != null && owner != me) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                if (!queued.contains(me)) {
                    queued.add(me);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } finally {
            queued.remove(me);
        }
        owner = me;
        holds++;
        return true;
    }

    @Override
    public synchronized void unlock() {
        if (owner != Thread.currentThread()) {
            throw new IllegalMonitorStateException();
        }
        if (--holds == 0) {
            owner = null;
            notifyAll();
        }
    }

    /** Releases every hold of the current thread; returns how many there were. */
    synchronized int releaseAll() {
        if (owner != Thread.currentThread()) {
            throw new IllegalMonitorStateException();
        }
        int n = holds;
        holds = 0;
        owner = null;
        notifyAll();
        return n;
    }

    /** Reacquires {@code n} holds for the current thread. */
    synchronized void reacquire(int n) {
        Thread me = Thread.currentThread();
        boolean interrupted = false;
        if (owner != null && owner != me) {
            queued.add(me);
        }
        while (owner != null && owner != me) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        queued.remove(me);
        owner = me;
        holds = n;
        if (interrupted) {
            me.interrupt();
        }
    }

    @Override
    public Condition newCondition() {
        return new ConditionObject(this);
    }

    public synchronized int getHoldCount() {
        return owner == Thread.currentThread() ? holds : 0;
    }

    public synchronized boolean isHeldByCurrentThread() {
        return owner == Thread.currentThread();
    }

    public synchronized boolean isLocked() {
        return owner != null;
    }

    public final boolean isFair() {
        return fair;
    }

    protected synchronized Thread getOwner() {
        return owner;
    }

    public final synchronized boolean hasQueuedThreads() {
        return !queued.isEmpty();
    }

    public final synchronized boolean hasQueuedThread(Thread thread) {
        if (thread == null) {
            throw new NullPointerException();
        }
        return queued.contains(thread);
    }

    public final synchronized int getQueueLength() {
        return queued.size();
    }

    protected synchronized Collection<Thread> getQueuedThreads() {
        return new ArrayList<>(queued);
    }

    /** The condition as one of this lock's, which the current thread must hold. */
    private ConditionObject ownCondition(Condition condition) {
        if (condition == null) {
            throw new NullPointerException();
        }
        if (!(condition instanceof ConditionObject c) || c.lock != this) {
            throw new IllegalArgumentException("Not owner");
        }
        if (!isHeldByCurrentThread()) {
            throw new IllegalMonitorStateException();
        }
        return c;
    }

    public boolean hasWaiters(Condition condition) {
        return ownCondition(condition).waitingThreads().size() > 0;
    }

    public int getWaitQueueLength(Condition condition) {
        return ownCondition(condition).waitingThreads().size();
    }

    protected Collection<Thread> getWaitingThreads(Condition condition) {
        return ownCondition(condition).waitingThreads();
    }

    @Override
    public String toString() {
        Thread o = getOwner();
        return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
    }

    /** A condition of a ReentrantLock: a generation counter on its own monitor, so no signal is lost. */
    static final class ConditionObject implements Condition {
        private final ReentrantLock lock;
        private long signals;
        private int waiters;
        private final List<Thread> waiting = new ArrayList<>();

        ConditionObject(ReentrantLock lock) {
            this.lock = lock;
        }

        @Override
        public void await() throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            awaitNanosInternal(-1, true);
        }

        @Override
        public void awaitUninterruptibly() {
            try {
                awaitNanosInternal(-1, false);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public long awaitNanos(long nanosTimeout) throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long start = System.nanoTime();
            awaitNanosInternal(Math.max(0, nanosTimeout), true);
            return nanosTimeout - (System.nanoTime() - start);
        }

        @Override
        public boolean await(long time, TimeUnit unit) throws InterruptedException {
            return awaitNanos(unit.toNanos(time)) > 0;
        }

        @Override
        public boolean awaitUntil(Date deadline) throws InterruptedException {
            long ms = deadline.getTime() - System.currentTimeMillis();
            return awaitNanos(ms * 1_000_000L) > 0;
        }

        /** Waits for a signal after the caller's holds are released; nanos < 0 waits without limit. */
        private void awaitNanosInternal(long nanos, boolean interruptible) throws InterruptedException {
            long generation;
            synchronized (this) {
                generation = signals;
                waiters++;
                waiting.add(Thread.currentThread());
            }
            int holds = lock.releaseAll();
            InterruptedException interrupted = null;
            try {
                long deadline = System.nanoTime() + nanos;
                synchronized (this) {
                    while (signals == generation) {
                        try {
                            if (nanos < 0) {
                                wait();
                            } else {
                                long left = deadline - System.nanoTime();
                                if (left <= 0) {
                                    break;
                                }
                                wait(Math.max(1, left / 1_000_000));
                            }
                        } catch (InterruptedException e) {
                            if (interruptible) {
                                interrupted = e;
                                break;
                            }
                        }
                    }
                    waiters--;
                    waiting.remove(Thread.currentThread());
                }
            } finally {
                lock.reacquire(holds);
            }
            if (interrupted != null) {
                throw interrupted;
            }
        }

        @Override
        public void signal() {
            checkOwner();
            synchronized (this) {
                if (waiters > 0) {
                    signals++;
                    notifyAll();
                }
            }
        }

        @Override
        public void signalAll() {
            signal();
        }

        synchronized List<Thread> waitingThreads() {
            return new ArrayList<>(waiting);
        }

        private void checkOwner() {
            if (!lock.isHeldByCurrentThread()) {
                throw new IllegalMonitorStateException();
            }
        }
    }
}
