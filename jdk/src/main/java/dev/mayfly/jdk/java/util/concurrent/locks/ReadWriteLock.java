package dev.mayfly.jdk.java.util.concurrent.locks;

/** java.util.concurrent.locks.ReadWriteLock on Mayfly. */
public interface ReadWriteLock {
    Lock readLock();

    Lock writeLock();
}
