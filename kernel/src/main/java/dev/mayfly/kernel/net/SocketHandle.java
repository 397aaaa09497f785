package dev.mayfly.kernel.net;

/**
 * A socket that threads block on: what they wait for (a few conditions, each with a count of
 * waiting threads) and whether it holds now; threads sleep on it through {@link ThreadParking}.
 */
public abstract class SocketHandle {
    static final int READABLE = 0;
    static final int WRITABLE = 1;
    static final int ACCEPTABLE = 2;
    static final int CONNECTED = 3;
    private static final int CONDITIONS = 4;

    private final int[] waiters = new int[CONDITIONS];
    /** Wake-ups so far (see {@link ThreadParking}). */
    public volatile int epoch;
    /** State of the parking strategy for this handle (threads parked on it). */
    public Object parked;
    private int waiterCount;

    /** Whether {@code condition} holds (lock held). */
    abstract boolean satisfiedLocked(int condition);

    /** Whether a closed socket still has something to deliver (lock held). */
    /** Whether data written to this socket has not reached the peer yet (lock held). */
    boolean unacknowledgedLocked() {
        return false;
    }

    boolean lingers() {
        return false;
    }

    /** Whether any condition a thread waits for holds (lock held). */
    final boolean readyLocked() {
        for (int c = 0; c < CONDITIONS; c++) {
            if (waiters[c] > 0 && satisfiedLocked(c)) {
                return true;
            }
        }
        return false;
    }

    final void addWaiter(int condition) {
        waiters[condition]++;
        waiterCount++;
    }

    final void removeWaiter(int condition) {
        waiters[condition]--;
        waiterCount--;
    }

    final int waiterCount() {
        return waiterCount;
    }
}
