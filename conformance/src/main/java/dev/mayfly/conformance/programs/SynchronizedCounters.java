package dev.mayfly.conformance.programs;

/**
 * Exercises mutual exclusion: synchronized methods, synchronized blocks on a shared lock, static
 * synchronized methods and reentrancy, with several threads incrementing shared counters and a
 * bank transfer that must conserve money.
 */
public class SynchronizedCounters {

    static int staticCount;

    private int count;
    private final Object lock = new Object();
    private long blockCount;

    synchronized void increment() {
        count++;
    }

    synchronized int get() {
        return count;
    }

    static synchronized void staticIncrement() {
        staticCount++;
    }

    synchronized void reentrant(int depth) {
        if (depth > 0) {
            count++;
            reentrant(depth - 1);
        }
    }

    static final class Bank {
        private final long[] balances;

        Bank(int accounts, long initial) {
            balances = new long[accounts];
            java.util.Arrays.fill(balances, initial);
        }

        synchronized void transfer(int from, int to, long amount) {
            if (balances[from] >= amount) {
                balances[from] -= amount;
                balances[to] += amount;
            }
        }

        synchronized long total() {
            long t = 0;
            for (long b : balances) {
                t += b;
            }
            return t;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SynchronizedCounters c = new SynchronizedCounters();
        Bank bank = new Bank(10, 1_000);
        Thread[] threads = new Thread[6];
        for (int t = 0; t < threads.length; t++) {
            final int id = t;
            threads[t] = new Thread(() -> {
                long seed = id * 7919L + 1;
                for (int i = 0; i < 20_000; i++) {
                    c.increment();
                    staticIncrement();
                    synchronized (c.lock) {
                        c.blockCount += 2;
                    }
                    seed = seed * 6364136223846793005L + 1442695040888963407L;
                    int from = (int) ((seed >>> 33) % 10);
                    int to = (int) ((seed >>> 45) % 10);
                    bank.transfer(from, to, (seed >>> 20) % 300);
                    if (i % 1000 == 0) {
                        Thread.yield();
                    }
                }
            });
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        c.reentrant(100);
        System.out.println("count " + c.get() + " static " + staticCount + " block " + c.blockCount + " bank total " + bank.total());
        System.out.println("holdsLock outside " + Thread.holdsLock(c));
        synchronized (c) {
            System.out.println("holdsLock inside " + Thread.holdsLock(c));
        }
    }
}
