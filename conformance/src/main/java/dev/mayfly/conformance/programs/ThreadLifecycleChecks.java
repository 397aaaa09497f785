package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Probes Thread's state checks in a worker pool's start-up and shutdown: a thread starts only once
 * (IllegalThreadStateException), its daemon status is fixed once it runs and free again after it
 * ends, isAlive before, during and after, and InheritableThreadLocal values that each worker
 * passes to the helpers it creates.
 */
public class ThreadLifecycleChecks {

    static final InheritableThreadLocal<String> JOB = new InheritableThreadLocal<>() {
        @Override
        protected String childValue(String parentValue) {
            return parentValue + "/helper";
        }
    };

    public static void main(String[] args) throws InterruptedException {
        List<String> log = new ArrayList<>();
        Object gate = new Object();
        boolean[] release = new boolean[1];
        Thread worker = new Thread(() -> {
            synchronized (gate) {
                while (!release[0]) {
                    try {
                        gate.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "worker");
        log.add("before start alive=" + worker.isAlive() + " daemon=" + worker.isDaemon());
        worker.setDaemon(true);
        log.add("daemon before start " + worker.isDaemon());
        worker.start();
        log.add("running alive=" + worker.isAlive());
        try {
            worker.start();
            log.add("second start allowed");
        } catch (IllegalThreadStateException e) {
            log.add("second start: " + e.getClass().getName() + " message " + e.getMessage());
        }
        try {
            worker.setDaemon(false);
            log.add("setDaemon while running allowed");
        } catch (IllegalThreadStateException e) {
            log.add("setDaemon while running: " + e.getClass().getSimpleName() + " still daemon " + worker.isDaemon());
        }
        synchronized (gate) {
            release[0] = true;
            gate.notifyAll();
        }
        worker.join();
        log.add("after join alive=" + worker.isAlive());
        worker.setDaemon(false);
        log.add("setDaemon after the end " + worker.isDaemon());
        try {
            worker.start();
            log.add("restart allowed");
        } catch (IllegalThreadStateException e) {
            log.add("restart after the end: " + e.getClass().getSimpleName());
        }
        String[] seen = new String[4];
        Thread[] owners = new Thread[2];
        for (int i = 0; i < owners.length; i++) {
            final int id = i;
            owners[i] = new Thread(() -> {
                JOB.set("job-" + id);
                Thread helper = new Thread(() -> seen[id * 2] = JOB.get());
                JOB.set("job-" + id + "-changed");
                helper.start();
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen[id * 2 + 1] = JOB.get();
            });
            owners[i].start();
            owners[i].join();
        }
        log.add("inherited " + String.join(" ", seen) + " main sees " + JOB.get());
        for (String line : log) {
            System.out.println(line);
        }
    }
}
