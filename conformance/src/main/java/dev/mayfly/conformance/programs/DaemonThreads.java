package dev.mayfly.conformance.programs;

/**
 * Probes daemon threads: a daemon heartbeat thread that never finishes on its own must not keep
 * the program alive; the main thread ends normally once its non-daemon worker has finished.
 * The heartbeat prints nothing, so the output does not depend on timing. A runtime that waits for
 * daemon threads lingers about 20 s after the suite ends.
 */
public class DaemonThreads {

    static volatile long beats;

    public static void main(String[] args) throws InterruptedException {
        Thread heartbeat = new Thread(() -> {
            // Bounded (about 20 s) so that a runtime which wrongly waits for daemons still ends.
            while (beats < 100) {
                beats++;
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heartbeat");
        heartbeat.setDaemon(true);
        heartbeat.start();
        System.out.println("heartbeat daemon " + heartbeat.isDaemon() + " alive " + heartbeat.isAlive());
        Thread worker = new Thread(() -> {
            long acc = 0;
            for (int i = 0; i < 1000; i++) {
                acc += i;
            }
            System.out.println("worker finished, acc " + acc + ", daemon " + Thread.currentThread().isDaemon());
        }, "worker");
        worker.start();
        worker.join();
        Thread inherits;
        Thread[] child = new Thread[1];
        inherits = new Thread(() -> child[0] = new Thread(() -> { }));
        inherits.setDaemon(true);
        inherits.start();
        inherits.join();
        System.out.println("child of daemon is daemon " + child[0].isDaemon());
        System.out.println("main done; heartbeat still alive " + heartbeat.isAlive());
    }
}
