package dev.mayfly.jdk.java.util.concurrent.locks;

import java.util.Date;
import java.util.concurrent.TimeUnit;

/** java.util.concurrent.locks.Condition on Mayfly: a wait set tied to a Lock. */
public interface Condition {
    void await() throws InterruptedException;

    void awaitUninterruptibly();

    long awaitNanos(long nanosTimeout) throws InterruptedException;

    boolean await(long time, TimeUnit unit) throws InterruptedException;

    boolean awaitUntil(Date deadline) throws InterruptedException;

    void signal();

    void signalAll();
}
