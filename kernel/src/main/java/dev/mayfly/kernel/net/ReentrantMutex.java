package dev.mayfly.kernel.net;

import java.util.concurrent.locks.ReentrantLock;

/** A {@link Mutex} for real threads (HotSpot). */
final class ReentrantMutex implements Mutex {
    private final ReentrantLock lock = new ReentrantLock();

    @Override public void lock() { lock.lock(); }
    @Override public void unlock() { lock.unlock(); }
}
