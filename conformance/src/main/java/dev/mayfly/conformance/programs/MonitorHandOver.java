package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Monitors under contention, the way servers use them: many threads queue for one lock while its
 * owner sleeps (every one must get it), wait/notify with several waiters (no notification lost),
 * a timed wait that times out and owns the lock again, an interrupted wait that re-acquires the
 * lock before it throws, re-entrant locking across wait, and holdsLock.
 */
public class MonitorHandOver {
    private static final Object LOCK = new Object();
    private static int turns;

    public static void main(String[] args) throws Exception {
        manyThreadsQueueForASleepingOwner();
        notifyWakesEachWaiterOnce();
        timedWaitTimesOutOwningTheLock();
        interruptedWaitReacquiresTheLock();
        reentrantWaitKeepsTheCount();
        illegalMonitorStateOutsideSynchronized();
    }

    static void manyThreadsQueueForASleepingOwner() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        int[] perThread = new int[6];
        for (int t = 0; t < perThread.length; t++) {
            int id = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    synchronized (LOCK) {
                        int before = turns;
                        try {
                            Thread.sleep(1);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        turns = before + 1;
                        perThread[id]++;
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        StringBuilder sb = new StringBuilder();
        for (int n : perThread) {
            sb.append(' ').append(n);
        }
        System.out.println("queued for a sleeping owner: turns=" + turns + " per thread:" + sb);
    }

    static final class Mailbox {
        private final List<String> messages = new ArrayList<>();
        private int waiting;

        synchronized String take() throws InterruptedException {
            waiting++;
            while (messages.isEmpty()) {
                wait();
            }
            waiting--;
            return messages.remove(0);
        }

        synchronized void put(String m) {
            messages.add(m);
            notify();
        }

        synchronized int waiting() {
            return waiting;
        }
    }

    static void notifyWakesEachWaiterOnce() throws InterruptedException {
        Mailbox box = new Mailbox();
        List<String> received = new ArrayList<>();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            Thread t = new Thread(() -> {
                try {
                    String m = box.take();
                    synchronized (received) {
                        received.add(m);
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            readers.add(t);
            t.start();
        }
        while (box.waiting() < 4) {
            Thread.sleep(1);
        }
        for (int i = 0; i < 4; i++) {
            box.put("m" + i);
        }
        for (Thread t : readers) {
            t.join();
        }
        received.sort(null);
        System.out.println("four waiters, four notifies: " + received);
    }

    static void timedWaitTimesOutOwningTheLock() throws InterruptedException {
        Object lock = new Object();
        synchronized (lock) {
            long start = System.nanoTime();
            lock.wait(20);
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("timed wait returned after >= 19 ms: " + (waitedMillis >= 19)
                    + ", holds lock: " + Thread.holdsLock(lock));
        }
        System.out.println("holds lock after the block: " + Thread.holdsLock(lock));
    }

    static void interruptedWaitReacquiresTheLock() throws InterruptedException {
        Object lock = new Object();
        String[] outcome = new String[1];
        boolean[] waiting = new boolean[1];
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                waiting[0] = true;
                outcome[0] = waitUntilInterrupted(lock);
            }
        });
        waiter.start();
        while (true) {
            synchronized (lock) {
                if (waiting[0]) {
                    break;
                }
            }
            Thread.sleep(1);
        }
        synchronized (lock) {
            waiter.interrupt();
            Thread.sleep(5); // the waiter cannot get the lock back while this thread holds it
            System.out.println("waiter still blocked while the lock is held: " + (outcome[0] == null));
        }
        waiter.join();
        System.out.println("interrupted wait: " + outcome[0]);

        Thread.currentThread().interrupt();
        synchronized (lock) {
            System.out.println("wait with status set: " + waitBriefly(lock));
        }
    }

    // The waits sit in methods of their own: TeaVM 0.16.0's optimizer crashes on a try/catch
    // around a suspending call inside a synchronized block of a lambda (see PingPong).
    private static String waitUntilInterrupted(Object lock) {
        try {
            lock.wait();
            return "returned normally";
        } catch (InterruptedException e) {
            return "interrupted, holds lock " + Thread.holdsLock(lock)
                    + ", status cleared " + !Thread.currentThread().isInterrupted();
        }
    }

    private static String waitBriefly(Object lock) {
        try {
            lock.wait(1000);
            return "returned";
        } catch (InterruptedException e) {
            return "throws at once, status cleared " + !Thread.currentThread().isInterrupted();
        }
    }

    static void reentrantWaitKeepsTheCount() throws InterruptedException {
        Object lock = new Object();
        Thread notifier = new Thread(() -> {
            synchronized (lock) {
                lock.notifyAll();
            }
        });
        synchronized (lock) {
            synchronized (lock) {
                notifier.start();
                lock.wait();
                System.out.println("re-entered twice, after wait holds: " + Thread.holdsLock(lock));
            }
            System.out.println("after the inner block holds: " + Thread.holdsLock(lock));
        }
        System.out.println("after the outer block holds: " + Thread.holdsLock(lock));
        notifier.join();
    }

    static void illegalMonitorStateOutsideSynchronized() {
        Object lock = new Object();
        try {
            lock.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without the lock: " + e.getClass().getSimpleName());
        }
        try {
            lock.wait(1);
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait without the lock: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            System.out.println("unexpected " + e);
        }
        try {
            synchronized (lock) {
                lock.wait(-1);
            }
        } catch (IllegalArgumentException e) {
            System.out.println("negative timeout: " + e.getMessage());
        } catch (InterruptedException e) {
            System.out.println("unexpected " + e);
        }
    }
}
