package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Workers that sleep while they hold a shared lock, as code that does blocking I/O inside a
 * {@code synchronized} method does (BufferedInputStream over a socket, say): every worker must
 * get the lock in turn, and the totals must add up.
 */
public class SleepWhileHoldingLock {
    private static final Object LEDGER_LOCK = new Object();
    private static final List<String> LEDGER = new ArrayList<>();
    private static int balance;

    static void post(String worker, int amount) throws InterruptedException {
        synchronized (LEDGER_LOCK) {
            int before = balance;
            Thread.sleep(1); // a slow write while holding the lock
            balance = before + amount;
            LEDGER.add(worker);
        }
    }

    public static void main(String[] args) throws Exception {
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String name = "worker-" + w;
            int amount = w + 1;
            Thread t = new Thread(() -> {
                try {
                    for (int i = 0; i < 25; i++) {
                        post(name, amount);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        System.out.println("balance " + balance + " after " + LEDGER.size() + " postings");
        for (int w = 0; w < 4; w++) {
            String name = "worker-" + w;
            System.out.println(name + " posted " + LEDGER.stream().filter(name::equals).count() + " times");
        }
    }
}
