package dev.mayfly.kernel.net;

/**
 * How a thread blocked in a socket call sleeps and is woken: on HotSpot with a monitor
 * ({@link #MONITORS}), inside the image with the runtime's suspension (dev.mayfly.kernel.arch.FiberParking),
 * because the compiled runtime's monitors may not be entered from the service while a woken thread
 * is still re-acquiring them.
 *
 * <p>Each handle has a wake-up count ({@link SocketHandle#epoch}); {@link #park} returns once the
 * count differs from the one the caller saw (or the timeout passed), so a wake-up between the
 * caller's last check and its park is never lost. Called with no lock held.
 */
public interface ThreadParking {
    /** Sleeps until {@code h}'s wake-up count differs from {@code seenEpoch} or {@code timeoutMillis} (0 = none) passed. */
    void park(SocketHandle h, int seenEpoch, long timeoutMillis);

    /** Increments {@code h}'s wake-up count and wakes every thread parked on it. */
    void unpark(SocketHandle h);

    ThreadParking MONITORS = new ThreadParking() {
        @Override
        public void park(SocketHandle h, int seenEpoch, long timeoutMillis) {
            long deadline = timeoutMillis == 0 ? 0 : System.nanoTime() / 1_000_000L + timeoutMillis;
            synchronized (h) {
                while (h.epoch == seenEpoch) {
                    long wait = 0;
                    if (deadline != 0) {
                        wait = deadline - System.nanoTime() / 1_000_000L;
                        if (wait <= 0) {
                            return;
                        }
                    }
                    try {
                        h.wait(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        @Override
        public void unpark(SocketHandle h) {
            synchronized (h) {
                h.epoch++;
                h.notifyAll();
            }
        }
    };
}
