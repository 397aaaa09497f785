package dev.mayfly.jdk.java.util.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.jdk.java.util.concurrent.locks.AbstractQueuedLongSynchronizer;
import dev.mayfly.jdk.java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Mayfly's AbstractQueuedSynchronizer as the javadoc's examples use it: a mutex with a condition, a one-shot latch. */
class QueuedSynchronizerTest {

    /** The javadoc's non-reentrant mutex: state 1 means locked. */
    static final class Mutex extends AbstractQueuedSynchronizer {
        @Override
        protected boolean isHeldExclusively() {
            return getState() == 1 && getExclusiveOwnerThread() == Thread.currentThread();
        }

        @Override
        protected boolean tryAcquire(int acquires) {
            if (compareAndSetState(0, 1)) {
                setExclusiveOwnerThread(Thread.currentThread());
                return true;
            }
            return false;
        }

        @Override
        protected boolean tryRelease(int releases) {
            if (getState() == 0) {
                throw new IllegalMonitorStateException();
            }
            setExclusiveOwnerThread(null);
            setState(0);
            return true;
        }

        ConditionObject newCondition() {
            return new ConditionObject();
        }
    }

    /** The javadoc's boolean latch: shared acquires pass once it is signalled. */
    static final class BooleanLatch extends AbstractQueuedLongSynchronizer {
        @Override
        protected long tryAcquireShared(long ignore) {
            return getState() != 0 ? 1 : -1;
        }

        @Override
        protected boolean tryReleaseShared(long ignore) {
            setState(1);
            return true;
        }
    }

    @Test
    void mutexSerializesThreadsAndItsConditionHandsOver() throws Exception {
        Mutex m = new Mutex();
        int[] counter = {0};
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    m.acquire(1);
                    try {
                        counter[0]++;
                    } finally {
                        m.release(1);
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(4000, counter[0]);
        assertTrue(m.toString().endsWith("[State = 0, empty queue]"), m.toString());

        AbstractQueuedSynchronizer.ConditionObject ready = m.newCondition();
        boolean[] flag = {false};
        Thread waiter = new Thread(() -> {
            m.acquire(1);
            try {
                while (!flag[0]) {
                    ready.awaitUninterruptibly();
                }
            } finally {
                m.release(1);
            }
        });
        waiter.start();
        while (true) {
            m.acquire(1);
            try {
                if (m.hasWaiters(ready)) {
                    assertEquals(1, m.getWaitQueueLength(ready));
                    flag[0] = true;
                    ready.signal();
                    break;
                }
            } finally {
                m.release(1);
            }
            Thread.sleep(1);
        }
        waiter.join();
        assertThrows(IllegalMonitorStateException.class, ready::signal);
        assertThrows(IllegalArgumentException.class, () -> m.hasWaiters(new Mutex().newCondition()));
        m.acquire(1);
        assertFalse(m.tryAcquireNanos(1, 1_000_000L));
        m.release(1);
    }

    @Test
    void latchReleasesEverySharedWaiter() throws Exception {
        BooleanLatch latch = new BooleanLatch();
        int[] passed = {0};
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread th = new Thread(() -> {
                latch.acquireShared(1);
                synchronized (passed) {
                    passed[0]++;
                }
            });
            threads.add(th);
            th.start();
        }
        while (latch.getQueueLength() < 3) {
            Thread.sleep(1);
        }
        assertEquals(3, latch.getSharedQueuedThreads().size());
        assertTrue(latch.hasQueuedThreads());
        latch.releaseShared(1);
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(3, passed[0]);
        assertTrue(latch.tryAcquireSharedNanos(1, TimeUnit.MILLISECONDS.toNanos(1)));
        assertTrue(latch.hasContended());
    }
}
