package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exercises java.util.concurrent building blocks on plain threads: atomics (incrementAndGet,
 * compareAndSet, accumulateAndGet, updateAndGet), ConcurrentHashMap merge, CountDownLatch, and
 * ReentrantLock with a Condition, in a parallel word-count job.
 */
public class ConcurrencyUtilities {

    public static void main(String[] args) throws InterruptedException {
        String[] docs = {
            "to be or not to be",
            "the quick brown fox jumps over the lazy dog",
            "be quick or be dead",
            "a fox is not a dog but a dog is not a fox",
        };
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        AtomicInteger words = new AtomicInteger();
        AtomicLong chars = new AtomicLong();
        AtomicReference<String> longest = new AtomicReference<>("");
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(docs.length);
        for (String doc : docs) {
            new Thread(() -> {
                try {
                    start.await();
                    for (String w : doc.split(" ")) {
                        counts.merge(w, 1, Integer::sum);
                        words.incrementAndGet();
                        chars.addAndGet(w.length());
                        longest.accumulateAndGet(w, (a, b) -> b.length() > a.length() || (b.length() == a.length() && b.compareTo(a) < 0) ? b : a);
                    }
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
        Map<String, Integer> sorted = new TreeMap<>(counts);
        System.out.println("counts " + sorted);
        System.out.println("words " + words.get() + " chars " + chars.get() + " longest " + longest.get() + " latch " + done.getCount());
        AtomicInteger ai = new AtomicInteger(5);
        System.out.println("cas " + ai.compareAndSet(5, 8) + " " + ai.compareAndSet(5, 9) + " " + ai.get() + " getAndAdd " + ai.getAndAdd(2)
                + " updateAndGet " + ai.updateAndGet(x -> x * 10) + " getAndIncrement " + ai.getAndIncrement() + " now " + ai);

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
    }
}
