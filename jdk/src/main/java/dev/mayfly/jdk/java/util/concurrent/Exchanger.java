package dev.mayfly.jdk.java.util.concurrent;

import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.Exchanger on Mayfly: two threads swap objects. The first to arrive leaves
 * its object in a slot and waits on the exchanger's monitor; the second takes it, leaves its own
 * as the reply and wakes the first.
 */
public class Exchanger<V> {
    /** An offer waiting for its partner. */
    private static final class Offer {
        final Object item;
        Object reply;
        boolean matched;

        Offer(Object item) {
            this.item = item;
        }
    }

    private Offer waiting;

    public Exchanger() {
    }

    public V exchange(V x) throws InterruptedException {
        try {
            return doExchange(x, false, 0L);
        } catch (TimeoutException e) {
            throw new Error(e); // cannot happen without a timeout
        }
    }

    public V exchange(V x, long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
        return doExchange(x, true, unit.toNanos(timeout));
    }

    @SuppressWarnings("unchecked")
    private synchronized V doExchange(V x, boolean timed, long nanos) throws InterruptedException, TimeoutException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        Offer partner = waiting;
        if (partner != null) {
            waiting = null;
            partner.reply = x;
            partner.matched = true;
            notifyAll();
            return (V) partner.item;
        }
        Offer mine = new Offer(x);
        waiting = mine;
        long deadline = System.nanoTime() + nanos;
        try {
            while (!mine.matched) {
                if (!timed) {
                    wait();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new TimeoutException();
                    }
                    wait(Math.max(1, (left + 999_999) / 1_000_000));
                }
            }
            return (V) mine.reply;
        } finally {
            if (!mine.matched && waiting == mine) {
                waiting = null;
            }
        }
    }
}
