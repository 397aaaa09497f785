package dev.mayfly.jdk.java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.locks.StampedLock on Mayfly: a write lock, read locks and optimistic reads
 * identified by stamps. The state is one long on the lock's monitor: a version in the high bits,
 * a write bit and a reader count in the low byte; a stamp is the state it was issued from, so an
 * optimistic read stays valid while no write lock has been taken since (each write unlock bumps
 * the version). Waiting is done on the monitor (Mayfly's threads are cooperative).
 */
public class StampedLock implements java.io.Serializable {
    private static final long RBITS = 0x7FL;
    private static final long WBIT = 0x80L;
    private static final long ABITS = RBITS | WBIT;
    private static final long SBITS = ~RBITS;
    private static final long ORIGIN = WBIT << 1;

    private long state = ORIGIN;
    /** Readers beyond what the low bits hold. */
    private int readerOverflow;

    public StampedLock() {
    }

    private static long millis(long nanos) {
        return Math.max(1, (nanos + 999_999) / 1_000_000);
    }

    // ------------------------------------------------------------------ write lock

    private long tryWriteLocked() {
        if ((state & ABITS) != 0) {
            return 0L;
        }
        state += WBIT;
        return state;
    }

    public synchronized long writeLock() {
        boolean interrupted = false;
        long s;
        while ((s = tryWriteLocked()) == 0L) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return s;
    }

    public synchronized long tryWriteLock() {
        return tryWriteLocked();
    }

    public synchronized long tryWriteLock(long time, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long deadline = System.nanoTime() + unit.toNanos(time);
        long s;
        while ((s = tryWriteLocked()) == 0L) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return 0L;
            }
            wait(millis(left));
        }
        return s;
    }

    public synchronized long writeLockInterruptibly() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long s;
        while ((s = tryWriteLocked()) == 0L) {
            wait();
        }
        return s;
    }

    // ------------------------------------------------------------------ read lock

    private long tryReadLocked() {
        if ((state & WBIT) != 0) {
            return 0L;
        }
        if ((state & RBITS) < RBITS - 1) {
            state++;
        } else {
            readerOverflow++;
        }
        return state;
    }

    public synchronized long readLock() {
        boolean interrupted = false;
        long s;
        while ((s = tryReadLocked()) == 0L) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return s;
    }

    public synchronized long tryReadLock() {
        return tryReadLocked();
    }

    public synchronized long tryReadLock(long time, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long deadline = System.nanoTime() + unit.toNanos(time);
        long s;
        while ((s = tryReadLocked()) == 0L) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return 0L;
            }
            wait(millis(left));
        }
        return s;
    }

    public synchronized long readLockInterruptibly() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long s;
        while ((s = tryReadLocked()) == 0L) {
            wait();
        }
        return s;
    }

    // ------------------------------------------------------------------ optimistic reads

    /** A stamp to validate later, or zero while the lock is write-locked. */
    public synchronized long tryOptimisticRead() {
        return (state & WBIT) == 0 ? state & SBITS : 0L;
    }

    /** Whether no write lock has been taken since the stamp was issued. */
    public synchronized boolean validate(long stamp) {
        return stamp != 0L && (stamp & SBITS) == (state & SBITS);
    }

    // ------------------------------------------------------------------ unlocking

    private void releaseWrite() {
        state += WBIT;
        if (state == 0L) {
            state = ORIGIN;
        }
        notifyAll();
    }

    private void releaseRead() {
        if (readerOverflow > 0) {
            readerOverflow--;
        } else {
            state--;
        }
        notifyAll();
    }

    public synchronized void unlockWrite(long stamp) {
        if (state != stamp || (stamp & WBIT) == 0L) {
            throw new IllegalMonitorStateException();
        }
        releaseWrite();
    }

    public synchronized void unlockRead(long stamp) {
        if ((stamp & RBITS) == 0L || (state & RBITS) == 0L || (stamp & SBITS) != (state & SBITS)) {
            throw new IllegalMonitorStateException();
        }
        releaseRead();
    }

    public synchronized void unlock(long stamp) {
        if ((stamp & WBIT) != 0L) {
            unlockWrite(stamp);
        } else {
            unlockRead(stamp);
        }
    }

    public synchronized boolean tryUnlockWrite() {
        if ((state & WBIT) == 0L) {
            return false;
        }
        releaseWrite();
        return true;
    }

    public synchronized boolean tryUnlockRead() {
        if ((state & RBITS) == 0L || (state & WBIT) != 0L) {
            return false;
        }
        releaseRead();
        return true;
    }

    // ------------------------------------------------------------------ conversions

    /** The stamp as a write stamp: already one, the only read lock upgraded, or a valid optimistic read; else 0. */
    public synchronized long tryConvertToWriteLock(long stamp) {
        long a = stamp & ABITS;
        if ((stamp & SBITS) != (state & SBITS)) {
            return 0L;
        }
        if (a == WBIT) {
            return state == stamp ? stamp : 0L;
        }
        if (a == 0L) {
            return tryWriteLocked();
        }
        if ((state & RBITS) == 1L && readerOverflow == 0) {
            state = state - 1 + WBIT;
            return state;
        }
        return 0L;
    }

    /** The stamp as a read stamp: already one, the write lock downgraded, or a valid optimistic read; else 0. */
    public synchronized long tryConvertToReadLock(long stamp) {
        long a = stamp & ABITS;
        if ((stamp & SBITS) != (state & SBITS)) {
            return 0L;
        }
        if (a == WBIT) {
            if (state != stamp) {
                return 0L;
            }
            state += WBIT + 1;
            notifyAll();
            return state;
        }
        if (a == 0L) {
            return tryReadLocked();
        }
        return (state & RBITS) != 0L ? stamp : 0L;
    }

    /** Releases the lock the stamp holds (if any) and returns an optimistic stamp; 0 if the stamp is not valid. */
    public synchronized long tryConvertToOptimisticRead(long stamp) {
        long a = stamp & ABITS;
        if ((stamp & SBITS) != (state & SBITS)) {
            return 0L;
        }
        if (a == 0L) {
            return stamp;
        }
        if (a == WBIT) {
            if (state != stamp) {
                return 0L;
            }
            releaseWrite();
            return state & SBITS;
        }
        if ((state & RBITS) == 0L) {
            return 0L;
        }
        releaseRead();
        return state & SBITS;
    }

    // ------------------------------------------------------------------ inspection

    public synchronized boolean isWriteLocked() {
        return (state & WBIT) != 0L;
    }

    public synchronized boolean isReadLocked() {
        return (state & RBITS) != 0L;
    }

    public synchronized int getReadLockCount() {
        return (int) (state & RBITS) + readerOverflow;
    }

    public static boolean isWriteLockStamp(long stamp) {
        return (stamp & ABITS) == WBIT;
    }

    public static boolean isReadLockStamp(long stamp) {
        return (stamp & RBITS) != 0L;
    }

    public static boolean isLockStamp(long stamp) {
        return (stamp & ABITS) != 0L;
    }

    public static boolean isOptimisticReadStamp(long stamp) {
        return (stamp & ABITS) == 0L && stamp != 0L;
    }

    @Override
    public String toString() {
        long s;
        int readers;
        synchronized (this) {
            s = state;
            readers = getReadLockCount();
        }
        return super.toString() + ((s & WBIT) != 0L ? "[Write-locked]" : readers == 0 ? "[Unlocked]" : "[Read-locks:" + readers + "]");
    }

    // ------------------------------------------------------------------ Lock views

    /** The read lock as a Lock without stamps (conditions are unsupported). */
    public Lock asReadLock() {
        return new ViewLock(false);
    }

    /** The write lock as a Lock without stamps (conditions are unsupported). */
    public Lock asWriteLock() {
        return new ViewLock(true);
    }

    public ReadWriteLock asReadWriteLock() {
        return new ReadWriteLock() {
            @Override
            public Lock readLock() {
                return asReadLock();
            }

            @Override
            public Lock writeLock() {
                return asWriteLock();
            }
        };
    }

    /** One half of the lock seen as a java.util.concurrent.locks.Lock. */
    private final class ViewLock implements Lock {
        private final boolean write;

        ViewLock(boolean write) {
            this.write = write;
        }

        @Override
        public void lock() {
            if (write) {
                writeLock();
            } else {
                readLock();
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            if (write) {
                writeLockInterruptibly();
            } else {
                readLockInterruptibly();
            }
        }

        @Override
        public boolean tryLock() {
            return (write ? tryWriteLock() : tryReadLock()) != 0L;
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return (write ? tryWriteLock(time, unit) : tryReadLock(time, unit)) != 0L;
        }

        @Override
        public void unlock() {
            boolean released = write ? tryUnlockWrite() : tryUnlockRead();
            if (!released) {
                throw new IllegalMonitorStateException();
            }
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }
    }
}
