package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Exercises atomics (incrementAndGet, compareAndSet, accumulateAndGet, updateAndGet) and
 * ConcurrentHashMap merge from several plain threads in a parallel word-count job.
 */
public class AtomicWordCount {

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
        List<Thread> threads = new ArrayList<>();
        for (String doc : docs) {
            threads.add(new Thread(() -> {
                for (String w : doc.split(" ")) {
                    counts.merge(w, 1, Integer::sum);
                    words.incrementAndGet();
                    chars.addAndGet(w.length());
                    longest.accumulateAndGet(w, (a, b) -> b.length() > a.length() || (b.length() == a.length() && b.compareTo(a) < 0) ? b : a);
                }
            }));
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        Map<String, Integer> sorted = new TreeMap<>(counts);
        System.out.println("counts " + sorted);
        System.out.println("words " + words.get() + " chars " + chars.get() + " longest " + longest.get());
        AtomicInteger ai = new AtomicInteger(5);
        System.out.println("cas " + ai.compareAndSet(5, 8) + " " + ai.compareAndSet(5, 9) + " " + ai.get() + " getAndAdd " + ai.getAndAdd(2)
                + " updateAndGet " + ai.updateAndGet(x -> x * 10) + " getAndIncrement " + ai.getAndIncrement() + " now " + ai);
    }
}
