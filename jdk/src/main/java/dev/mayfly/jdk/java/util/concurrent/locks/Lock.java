package dev.mayfly.jdk.java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/** java.util.concurrent.locks.Lock on Mayfly. */
public interface Lock {
    void lock();

    void lockInterruptibly() throws InterruptedException;

    boolean tryLock();

    boolean tryLock(long time, TimeUnit unit) throws InterruptedException;

    void unlock();

    Condition newCondition();
}
