package dev.mayfly.conformance.programs;

/**
 * Exercises platform threads with join: workers compute partial sums of a range into their own
 * slots, the main thread joins them in order and prints results, thread names and liveness.
 */
public class ThreadsJoin {

    static final class Worker extends Thread {
        private final long from;
        private final long to;
        long result;

        Worker(String name, long from, long to) {
            super(name);
            this.from = from;
            this.to = to;
        }

        @Override
        public void run() {
            long sum = 0;
            for (long i = from; i < to; i++) {
                sum += i * i % 7;
                if (i % 50_000 == 0) {
                    Thread.yield();
                }
            }
            result = sum;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Worker[] workers = new Worker[4];
        long chunk = 250_000;
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker("worker-" + i, i * chunk, (i + 1) * chunk);
        }
        System.out.println("before start: alive " + workers[0].isAlive());
        for (Worker w : workers) {
            w.start();
        }
        long total = 0;
        for (Worker w : workers) {
            w.join();
            System.out.println(w.getName() + " -> " + w.result + " alive " + w.isAlive());
            total += w.result;
        }
        System.out.println("total " + total);
        long[] slots = new long[3];
        Thread[] lambdas = new Thread[3];
        for (int i = 0; i < 3; i++) {
            final int id = i;
            lambdas[i] = new Thread(() -> {
                long f = 1;
                for (int k = 1; k <= 10 + id; k++) {
                    f *= k;
                }
                slots[id] = f;
            }, "fact-" + i);
            lambdas[i].start();
        }
        for (Thread t : lambdas) {
            t.join();
        }
        System.out.println("factorials " + slots[0] + " " + slots[1] + " " + slots[2]);
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        sleeper.start();
        sleeper.join(5_000);
        System.out.println("sleeper finished " + !sleeper.isAlive() + " main is " + Thread.currentThread().getName());
        Thread self = Thread.currentThread();
        System.out.println("main priority " + self.getPriority() + " daemon " + self.isDaemon() + " interrupted " + Thread.interrupted());
    }
}
