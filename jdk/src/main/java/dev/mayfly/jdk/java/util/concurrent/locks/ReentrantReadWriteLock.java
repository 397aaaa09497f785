package dev.mayfly.jdk.java.util.concurrent.locks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.locks.ReentrantReadWriteLock on Mayfly: many readers or one writer; the
 * writer may also take read holds. State lives on this object's monitor.
 */
public class ReentrantReadWriteLock implements ReadWriteLock, java.io.Serializable {
    private final ReadLock readerLock = new ReadLock(this);
    private final WriteLock writerLock = new WriteLock(this);
    private final java.util.HashMap<Thread, Integer> readHolds = new java.util.HashMap<>();
    private int readers;
    private Thread writer;
    private int writeHolds;
    private final boolean fair;
    /** The threads waiting for the read and the write lock, in arrival order (for the queue-inspection methods). */
    private final List<Thread> queuedReaders = new ArrayList<>();
    private final List<Thread> queuedWriters = new ArrayList<>();

    public ReentrantReadWriteLock() {
        this(false);
    }

    public ReentrantReadWriteLock(boolean fair) {
        this.fair = fair;
    }

    public final boolean isFair() {
        return fair;
    }

    protected synchronized Thread getOwner() {
        return writer;
    }

    public synchronized int getWriteHoldCount() {
        return writer == Thread.currentThread() ? writeHolds : 0;
    }

    public synchronized int getReadHoldCount() {
        Integer n = readHolds.get(Thread.currentThread());
        return n == null ? 0 : n;
    }

    public final synchronized boolean hasQueuedThreads() {
        return !queuedReaders.isEmpty() || !queuedWriters.isEmpty();
    }

    public final synchronized boolean hasQueuedThread(Thread thread) {
        if (thread == null) {
            throw new NullPointerException();
        }
        return queuedReaders.contains(thread) || queuedWriters.contains(thread);
    }

    public final synchronized int getQueueLength() {
        return queuedReaders.size() + queuedWriters.size();
    }

    protected synchronized Collection<Thread> getQueuedThreads() {
        List<Thread> all = new ArrayList<>(queuedWriters);
        all.addAll(queuedReaders);
        return all;
    }

    protected synchronized Collection<Thread> getQueuedWriterThreads() {
        return new ArrayList<>(queuedWriters);
    }

    protected synchronized Collection<Thread> getQueuedReaderThreads() {
        return new ArrayList<>(queuedReaders);
    }

    @Override
    public String toString() {
        int w;
        int r;
        synchronized (this) {
            w = writeHolds;
            r = readers;
        }
        return super.toString() + "[Write locks = " + w + ", Read locks = " + r + "]";
    }

    /** This lock hands out no conditions yet, so every condition is another lock's. */
    private static IllegalArgumentException notOwner(Condition condition) {
        if (condition == null) {
            throw new NullPointerException();
        }
        return new IllegalArgumentException("Not owner");
    }

    public boolean hasWaiters(Condition condition) {
        throw notOwner(condition);
    }

    public int getWaitQueueLength(Condition condition) {
        throw notOwner(condition);
    }

    protected Collection<Thread> getWaitingThreads(Condition condition) {
        throw notOwner(condition);
    }

    @Override
    public ReadLock readLock() {
        return readerLock;
    }

    @Override
    public WriteLock writeLock() {
        return writerLock;
    }

    public synchronized int getReadLockCount() {
        return readers;
    }

    public synchronized boolean isWriteLocked() {
        return writer != null;
    }

    public synchronized boolean isWriteLockedByCurrentThread() {
        return writer == Thread.currentThread();
    }

    synchronized boolean tryRead() {
        Thread me = Thread.currentThread();
        if (writer != null && writer != me) {
            return false;
        }
        readers++;
        readHolds.merge(me, 1, Integer::sum);
        return true;
    }

    synchronized void releaseRead() {
        Thread me = Thread.currentThread();
        Integer n = readHolds.get(me);
        if (n == null) {
            throw new IllegalMonitorStateException("attempt to unlock read lock, not locked by current thread");
        }
        if (n == 1) {
            readHolds.remove(me);
        } else {
            readHolds.put(me, n - 1);
        }
        readers--;
        notifyAll();
    }

    synchronized boolean tryWrite() {
        Thread me = Thread.currentThread();
        if (writer == me) {
            writeHolds++;
            return true;
        }
        if (writer != null || readers > 0) {
            return false;
        }
        writer = me;
        writeHolds = 1;
        return true;
    }

    synchronized void releaseWrite() {
        if (writer != Thread.currentThread()) {
            throw new IllegalMonitorStateException();
        }
        if (--writeHolds == 0) {
            writer = null;
            notifyAll();
        }
    }

    synchronized void acquire(boolean write, boolean interruptible) throws InterruptedException {
        boolean interrupted = false;
        Thread me = Thread.currentThread();
        List<Thread> queue = write ? queuedWriters : queuedReaders;
        try {
            while (!(write ? tryWrite() : tryRead())) {
                if (!queue.contains(me)) {
                    queue.add(me);
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    if (interruptible) {
                        throw e;
                    }
                    interrupted = true;
                }
            }
        } finally {
            queue.remove(me);
        }
        if (interrupted) {
            me.interrupt();
        }
    }

    synchronized boolean acquire(boolean write, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        Thread me = Thread.currentThread();
        List<Thread> queue = write ? queuedWriters : queuedReaders;
        try {
            while (!(write ? tryWrite() : tryRead())) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                if (!queue.contains(me)) {
                    queue.add(me);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } finally {
            queue.remove(me);
        }
        return true;
    }

    /** The read half. */
    public static class ReadLock implements Lock, java.io.Serializable {
        private final ReentrantReadWriteLock rw;

        protected ReadLock(ReentrantReadWriteLock lock) {
            this.rw = lock;
        }

        @Override
        public void lock() {
            try {
                rw.acquire(false, false);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            rw.acquire(false, true);
        }

        @Override
        public boolean tryLock() {
            return rw.tryRead();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return rw.acquire(false, unit.toNanos(time));
        }

        @Override
        public void unlock() {
            rw.releaseRead();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toString() {
            return super.toString() + "[Read locks = " + rw.getReadLockCount() + "]";
        }
    }

    /** The write half. */
    public static class WriteLock implements Lock, java.io.Serializable {
        private final ReentrantReadWriteLock rw;

        protected WriteLock(ReentrantReadWriteLock lock) {
            this.rw = lock;
        }

        @Override
        public void lock() {
            try {
                rw.acquire(true, false);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            rw.acquire(true, true);
        }

        @Override
        public boolean tryLock() {
            return rw.tryWrite();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return rw.acquire(true, unit.toNanos(time));
        }

        @Override
        public void unlock() {
            rw.releaseWrite();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("Mayfly: conditions of a read-write lock are not supported yet");
        }

        public boolean isHeldByCurrentThread() {
            return rw.isWriteLockedByCurrentThread();
        }

        public int getHoldCount() {
            return rw.getWriteHoldCount();
        }

        @Override
        public String toString() {
            Thread o = rw.getOwner();
            return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
        }
    }
}
