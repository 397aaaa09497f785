package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercises uncaught exceptions in threads: a per-thread UncaughtExceptionHandler receives the
 * thread and the exception, the thread terminates, join returns, and other threads are
 * unaffected. All reporting goes through the handler, never to stderr.
 */
public class UncaughtExceptionHandlers {

    public static void main(String[] args) throws InterruptedException {
        List<String> reports = new ArrayList<>();
        Thread.UncaughtExceptionHandler handler = (t, e) -> {
            synchronized (reports) {
                reports.add(t.getName() + " died: " + e);
            }
        };
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            final int id = i;
            threads[i] = new Thread(() -> {
                if (id % 2 == 1) {
                    throw new IllegalStateException("worker " + id + " failed");
                }
                if (id == 2) {
                    Object o = "text";
                    Integer bad = (Integer) o;
                    System.out.println(bad);
                }
                synchronized (reports) {
                    reports.add("worker-" + id + " ok");
                }
            }, "worker-" + i);
            threads[i].setUncaughtExceptionHandler(handler);
        }
        boolean installed = threads[1].getUncaughtExceptionHandler() == handler;
        for (Thread t : threads) {
            t.start();
            t.join();
        }
        for (String r : reports) {
            System.out.println(r.replaceAll("\\(.*\\)", "(...)"));
        }
        System.out.println("handler installed " + installed + " alive "
                + threads[0].isAlive() + " " + threads[1].isAlive());
    }
}
