package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exercises java.util.concurrent coordination classes: CountDownLatch as a start gate and a
 * completion barrier, ReentrantLock with a Condition (hold counts, tryLock), and a
 * LinkedBlockingQueue hand-off and a Semaphore, with deterministic output.
 */
public class LocksAndLatches {

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(3);
        long[] results = new long[3];
        for (int i = 0; i < 3; i++) {
            final int id = i;
            new Thread(() -> {
                try {
                    start.await();
                    long acc = 0;
                    for (int k = 0; k < 10_000 * (id + 1); k++) {
                        acc += k % (id + 2);
                    }
                    results[id] = acc;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        System.out.println("latch count before " + done.getCount());
        start.countDown();
        done.await();
        System.out.println("results " + results[0] + " " + results[1] + " " + results[2] + " latch " + done.getCount());

        ReentrantLock lock = new ReentrantLock();
        Condition notEmpty = lock.newCondition();
        List<Integer> queue = new ArrayList<>();
        List<Integer> received = new ArrayList<>();
        Thread consumer = new Thread(() -> {
            lock.lock();
            try {
                while (received.size() < 5) {
                    while (queue.isEmpty()) {
                        notEmpty.await();
                    }
                    received.add(queue.remove(0));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        });
        consumer.start();
        for (int i = 1; i <= 5; i++) {
            lock.lock();
            try {
                queue.add(i * i);
                notEmpty.signalAll();
            } finally {
                lock.unlock();
            }
            Thread.sleep(2);
        }
        consumer.join();
        System.out.println("received " + received + " locked " + lock.isLocked() + " fair " + lock.isFair());
        lock.lock();
        lock.lock();
        System.out.println("hold count " + lock.getHoldCount() + " by me " + lock.isHeldByCurrentThread());
        lock.unlock();
        lock.unlock();
        System.out.println("tryLock " + lock.tryLock());
        lock.unlock();

        BlockingQueue<String> handoff = new LinkedBlockingQueue<>();
        Thread producer = new Thread(() -> {
            for (String s : new String[] {"alpha", "beta", "gamma", "<eof>"}) {
                handoff.add(s);
            }
        });
        producer.start();
        StringBuilder got = new StringBuilder();
        String s;
        while (!(s = handoff.take()).equals("<eof>")) {
            got.append(s).append(' ');
        }
        producer.join();
        System.out.println("handoff " + got.toString().trim() + " empty " + handoff.isEmpty());
        Semaphore permits = new Semaphore(2);
        permits.acquire();
        System.out.println("semaphore tryAcquire(2) " + permits.tryAcquire(2) + " tryAcquire " + permits.tryAcquire() + " available "
                + permits.availablePermits());
        permits.release(2);
        System.out.println("released, available " + permits.availablePermits());
    }
}
