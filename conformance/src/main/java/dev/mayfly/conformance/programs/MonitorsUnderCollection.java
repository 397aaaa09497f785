package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Threads that take turns on shared locks while allocating heavily, so that collections run
 * while locks are held and while threads wait for them: every lock must stay intact (counts add
 * up, wait/notify hand-offs arrive, nobody gets a lock twice).
 */
public class MonitorsUnderCollection {

    static final class Account {
        private long balance;
        private int operations;

        synchronized void deposit(long amount) {
            balance += amount;
            operations++;
        }

        synchronized long balance() {
            return balance;
        }

        synchronized int operations() {
            return operations;
        }
    }

    static final class Mailbox {
        private final List<String> letters = new ArrayList<>();
        private boolean closed;

        synchronized void post(String letter) {
            letters.add(letter);
            notifyAll();
        }

        synchronized String take() throws InterruptedException {
            while (letters.isEmpty() && !closed) {
                wait();
            }
            return letters.isEmpty() ? null : letters.remove(0);
        }

        synchronized void close() {
            closed = true;
            notifyAll();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account[] accounts = new Account[8];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = new Account();
        }
        Mailbox mailbox = new Mailbox();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int id = w;
            Thread t = new Thread(() -> {
                List<int[]> garbage = new ArrayList<>();
                for (int i = 0; i < 3000; i++) {
                    Account a = accounts[(id * 7 + i) % accounts.length];
                    synchronized (a) {
                        garbage.add(new int[64 + i % 32]);
                        if (garbage.size() > 200) {
                            garbage.clear();
                        }
                        a.deposit(i % 10);
                        if (i % 100 == 0) {
                            Thread.yield();
                        }
                    }
                    if (i % 500 == 0) {
                        mailbox.post("w" + id + ":" + i);
                    }
                }
            }, "worker-" + w);
            workers.add(t);
            t.start();
        }
        List<String> received = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                String letter;
                while ((letter = mailbox.take()) != null) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < 200; i++) {
                        sb.append(letter.length() + i);
                    }
                    received.add(letter + "/" + sb.length());
                }
            } catch (InterruptedException e) {
                received.add("interrupted");
            }
        }, "reader");
        reader.start();
        for (Thread t : workers) {
            t.join();
        }
        mailbox.close();
        reader.join();
        long total = 0;
        int operations = 0;
        for (Account a : accounts) {
            total += a.balance();
            operations += a.operations();
        }
        received.sort(null);
        System.out.println("total " + total + " operations " + operations);
        System.out.println("letters " + received.size() + " first " + received.get(0) + " last " + received.get(received.size() - 1));
        Object lock = new Object();
        synchronized (lock) {
            System.out.println("holds lock " + Thread.holdsLock(lock) + " hash stable " + (lock.hashCode() == System.identityHashCode(lock)));
        }
        System.out.println("after release " + Thread.holdsLock(lock));
    }
}
