package dev.mayfly.conformance.programs;

/**
 * Probes the states of Thread.getState that ThreadStates does not reach: BLOCKED while a thread
 * waits to enter a monitor another holds, TIMED_WAITING in wait(ms) and join(ms), WAITING in
 * join(), RUNNABLE as a thread sees itself after a wait, an interrupted sleep and inside its
 * uncaught-exception handler, and TERMINATED after each ends. Each state is polled for until it
 * shows, so the output does not depend on timing.
 */
public class ThreadWaitStates {

    public static void main(String[] args) throws InterruptedException {
        String[] seen = new String[4];
        Object lock = new Object();
        Thread contender = new Thread(() -> {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (lock) {
                seen[0] = "entered " + Thread.currentThread().getState();
            }
        });
        synchronized (lock) {
            contender.start();
            System.out.println("contender while the lock is held: " + awaitState(contender, Thread.State.BLOCKED));
        }
        contender.join();
        System.out.println("contender " + seen[0] + ", then " + contender.getState());

        Thread timedWaiter = new Thread(() -> {
            // One store after the try: the compiler fails on the same array stored to in both a try
            // around a suspending call and its catch (expected-failures.txt, PingPong).
            String outcome;
            synchronized (lock) {
                try {
                    lock.wait(60_000);
                    outcome = "notified, then " + Thread.currentThread().getState();
                } catch (InterruptedException e) {
                    outcome = "interrupted";
                }
            }
            seen[1] = outcome;
        });
        timedWaiter.start();
        System.out.println("in wait(ms): " + awaitState(timedWaiter, Thread.State.TIMED_WAITING));
        synchronized (lock) {
            lock.notifyAll();
        }
        timedWaiter.join();
        System.out.println("waiter " + seen[1] + ", ended " + timedWaiter.getState());

        Object gate = new Object();
        boolean[] open = new boolean[1];
        Thread target = new Thread(() -> {
            synchronized (gate) {
                while (!open[0]) {
                    try {
                        gate.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
        Thread joiner = new Thread(() -> {
            try {
                target.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread timedJoiner = new Thread(() -> {
            try {
                target.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        target.start();
        System.out.println("target in wait(): " + awaitState(target, Thread.State.WAITING));
        joiner.start();
        timedJoiner.start();
        System.out.println("in join(): " + awaitState(joiner, Thread.State.WAITING));
        System.out.println("in join(ms): " + awaitState(timedJoiner, Thread.State.TIMED_WAITING));
        synchronized (gate) {
            open[0] = true;
            gate.notifyAll();
        }
        target.join();
        joiner.join();
        timedJoiner.join();
        System.out.println("after the joins: " + target.getState() + " " + joiner.getState() + " "
                + timedJoiner.getState());

        Thread sleeper = new Thread(() -> {
            String outcome;
            try {
                Thread.sleep(60_000);
                outcome = "slept";
            } catch (InterruptedException e) {
                outcome = "interrupted, then " + Thread.currentThread().getState();
            }
            seen[2] = outcome;
        });
        sleeper.start();
        System.out.println("in sleep: " + awaitState(sleeper, Thread.State.TIMED_WAITING));
        sleeper.interrupt();
        sleeper.join();
        System.out.println("sleeper " + seen[2] + ", ended " + sleeper.getState());

        Thread failing = new Thread(() -> {
            throw new IllegalStateException("planned");
        });
        failing.setUncaughtExceptionHandler((t, e) -> seen[3] = e.getMessage() + " while " + t.getState());
        failing.start();
        failing.join();
        System.out.println("failing thread: " + seen[3] + ", ended " + failing.getState());
    }

    /** Polls {@code thread} until it shows {@code wanted} (at most about 20 s); the last state seen. */
    static Thread.State awaitState(Thread thread, Thread.State wanted) throws InterruptedException {
        Thread.State state = thread.getState();
        for (int i = 0; i < 20_000 && state != wanted; i++) {
            Thread.sleep(1);
            state = thread.getState();
        }
        return state;
    }
}
