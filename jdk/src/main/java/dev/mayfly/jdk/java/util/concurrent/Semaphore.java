package dev.mayfly.jdk.java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.Semaphore on Mayfly: a count of permits that threads acquire and release,
 * waiting on the semaphore's monitor; the threads waiting are kept in arrival order for the
 * queue-inspection methods.
 */
public class Semaphore implements java.io.Serializable {
    private final boolean fair;
    private int permits;
    private final List<Thread> queued = new ArrayList<>();

    public Semaphore(int permits) {
        this(permits, false);
    }

    public Semaphore(int permits, boolean fair) {
        this.permits = permits;
        this.fair = fair;
    }

    public void acquire() throws InterruptedException {
        acquire(1);
    }

    public synchronized void acquire(int n) throws InterruptedException {
        checkPermits(n);
        if (permits < n) {
            Thread me = Thread.currentThread();
            queued.add(me);
            try {
                while (permits < n) {
                    wait();
                }
            } finally {
                queued.remove(me);
            }
        }
        permits -= n;
    }

    public void acquireUninterruptibly() {
        acquireUninterruptibly(1);
    }

    public synchronized void acquireUninterruptibly(int n) {
        checkPermits(n);
        boolean interrupted = false;
        Thread me = Thread.currentThread();
        if (permits < n) {
            queued.add(me);
        }
        while (permits < n) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        queued.remove(me);
        permits -= n;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean tryAcquire() {
        return tryAcquire(1);
    }

    public synchronized boolean tryAcquire(int n) {
        checkPermits(n);
        if (permits >= n) {
            permits -= n;
            return true;
        }
        return false;
    }

    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return tryAcquire(1, timeout, unit);
    }

    public synchronized boolean tryAcquire(int n, long timeout, TimeUnit unit) throws InterruptedException {
        checkPermits(n);
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        Thread me = Thread.currentThread();
        try {
            while (permits < n) {
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
        permits -= n;
        return true;
    }

    public void release() {
        release(1);
    }

    public synchronized void release(int n) {
        checkPermits(n);
        permits += n;
        notifyAll();
    }

    public synchronized int availablePermits() {
        return permits;
    }

    public synchronized int drainPermits() {
        int n = permits;
        permits = 0;
        return n;
    }

    /** Shrinks the number of available permits (which may go negative); unlike acquire it does not wait. */
    protected synchronized void reducePermits(int reduction) {
        checkPermits(reduction);
        permits -= reduction;
    }

    public final synchronized boolean hasQueuedThreads() {
        return !queued.isEmpty();
    }

    public final synchronized int getQueueLength() {
        return queued.size();
    }

    protected synchronized Collection<Thread> getQueuedThreads() {
        return new ArrayList<>(queued);
    }

    public boolean isFair() {
        return fair;
    }

    private static void checkPermits(int n) {
        if (n < 0) {
            throw new IllegalArgumentException();
        }
    }

    @Override
    public String toString() {
        return super.toString() + "[Permits = " + availablePermits() + "]";
    }
}
