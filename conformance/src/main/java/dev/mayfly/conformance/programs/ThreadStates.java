package dev.mayfly.conformance.programs;

/**
 * Probes Thread.getState and the Thread.State enum: NEW before start, WAITING while blocked in
 * wait(), TIMED_WAITING in sleep, TERMINATED after join, observed at synchronised points; and
 * IllegalThreadStateException from setDaemon on a running thread.
 */
public class ThreadStates {

    public static void main(String[] args) throws InterruptedException {
        Object monitor = new Object();
        boolean[] flags = new boolean[2];
        Thread waiter = new Thread(() -> {
            synchronized (monitor) {
                flags[0] = true;
                monitor.notifyAll();
                while (!flags[1]) {
                    try {
                        monitor.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
        System.out.println("before start " + waiter.getState());
        waiter.start();
        synchronized (monitor) {
            while (!flags[0]) {
                monitor.wait();
            }
        }
        Thread.State s;
        do {
            Thread.sleep(1);
            s = waiter.getState();
        } while (s != Thread.State.WAITING && s != Thread.State.TERMINATED);
        System.out.println("while waiting " + s);
        synchronized (monitor) {
            flags[1] = true;
            monitor.notifyAll();
        }
        waiter.join();
        System.out.println("after join " + waiter.getState());
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                // expected
            }
        });
        sleeper.start();
        do {
            Thread.sleep(1);
            s = sleeper.getState();
        } while (s == Thread.State.NEW || s == Thread.State.RUNNABLE);
        System.out.println("sleeping " + s);
        try {
            sleeper.setDaemon(true);
            System.out.println("setDaemon on a running thread allowed");
        } catch (IllegalThreadStateException e) {
            System.out.println("setDaemon on a running thread rejected");
        }
        sleeper.interrupt();
        sleeper.join();
        System.out.println("states " + java.util.Arrays.toString(Thread.State.values()) + " current " + Thread.currentThread().getState());
    }
}
