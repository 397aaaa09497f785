package dev.mayfly.conformance.programs;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * A WeakHashMap keyed by threads that start, end and are collected: every new thread is a new key
 * (never a false hit), and the map lets the ended ones go.
 */
public class WeakThreadKeys {
    public static void main(String[] args) throws InterruptedException {
        Map<Thread, Boolean> seen = new WeakHashMap<>();
        int falseHits = 0;
        for (int i = 0; i < 300; i++) {
            Thread t = new Thread(() -> { });
            if (seen.containsKey(t)) {
                falseHits++;
            }
            seen.put(t, Boolean.TRUE);
            t.start();
            t.join();
            if (i % 50 == 0) {
                System.gc();
            }
        }
        System.out.println("new threads seen as old keys: " + falseHits);
    }
}
