package dev.mayfly.kernel.net;

/** A ServiceScheduler for HotSpot: one daemon thread that runs the service when asked and at deadlines. */
final class ThreadScheduler implements ServiceScheduler {
    private final Object signal = new Object();
    private boolean soon;
    private long at = Long.MAX_VALUE;
    private NetworkStack stack;

    void start(NetworkStack s) {
        stack = s;
        Thread t = new Thread(this::loop, "net-service");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void serviceSoon() {
        synchronized (signal) {
            soon = true;
            signal.notifyAll();
        }
    }

    @Override
    public void serviceAt(long atMillis) {
        synchronized (signal) {
            at = atMillis;
            signal.notifyAll();
        }
    }

    /** The deadline the stack armed last (Long.MAX_VALUE: none, the stack is idle). */
    long armedAt() {
        synchronized (signal) {
            return at;
        }
    }

    private void loop() {
        while (true) {
            synchronized (signal) {
                while (!soon && Clock.SYSTEM.nowMillis() < at) {
                    try {
                        long wait = at == Long.MAX_VALUE ? 0 : Math.max(1, at - Clock.SYSTEM.nowMillis());
                        signal.wait(wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                soon = false;
                if (Clock.SYSTEM.nowMillis() >= at) {
                    at = Long.MAX_VALUE;
                }
            }
            stack.service();
        }
    }
}
