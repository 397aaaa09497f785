package dev.mayfly.jdk.java.util.concurrent;

import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.CyclicBarrier on Mayfly: a number of parties wait on the barrier's monitor
 * until the last arrives, which runs the barrier action and opens the next generation. A party
 * interrupted or timed out while waiting, a failing barrier action or {@link #reset} breaks the
 * generation: the other waiting parties get BrokenBarrierException.
 */
public class CyclicBarrier {
    /** One use of the barrier. */
    private static final class Generation {
        boolean broken;
    }

    private final int parties;
    private final Runnable barrierCommand;
    private Generation generation = new Generation();
    private int count;

    public CyclicBarrier(int parties, Runnable barrierAction) {
        if (parties <= 0) {
            throw new IllegalArgumentException();
        }
        this.parties = parties;
        this.count = parties;
        this.barrierCommand = barrierAction;
    }

    public CyclicBarrier(int parties) {
        this(parties, null);
    }

    public int getParties() {
        return parties;
    }

    public int await() throws InterruptedException, BrokenBarrierException {
        try {
            return doWait(false, 0L);
        } catch (TimeoutException e) {
            throw new Error(e); // cannot happen without a timeout
        }
    }

    public int await(long timeout, TimeUnit unit) throws InterruptedException, BrokenBarrierException, TimeoutException {
        return doWait(true, unit.toNanos(timeout));
    }

    private synchronized int doWait(boolean timed, long nanos)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        Generation g = generation;
        if (g.broken) {
            throw new BrokenBarrierException();
        }
        if (Thread.interrupted()) {
            breakBarrier();
            throw new InterruptedException();
        }
        int index = --count;
        if (index == 0) {
            Runnable command = barrierCommand;
            boolean ran = false;
            try {
                if (command != null) {
                    command.run();
                }
                ran = true;
                nextGeneration();
                return 0;
            } finally {
                if (!ran) {
                    breakBarrier();
                }
            }
        }
        long deadline = System.nanoTime() + nanos;
        while (true) {
            try {
                if (!timed) {
                    wait();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left > 0) {
                        wait(Math.max(1, (left + 999_999) / 1_000_000));
                    }
                }
            } catch (InterruptedException ie) {
                if (g == generation && !g.broken) {
                    breakBarrier();
                    throw ie;
                }
                Thread.currentThread().interrupt();
            }
            if (g.broken) {
                throw new BrokenBarrierException();
            }
            if (g != generation) {
                return index;
            }
            if (timed && deadline - System.nanoTime() <= 0) {
                breakBarrier();
                throw new TimeoutException();
            }
        }
    }

    private void nextGeneration() {
        notifyAll();
        count = parties;
        generation = new Generation();
    }

    private void breakBarrier() {
        generation.broken = true;
        count = parties;
        notifyAll();
    }

    public synchronized boolean isBroken() {
        return generation.broken;
    }

    public synchronized void reset() {
        breakBarrier();
        nextGeneration();
    }

    public synchronized int getNumberWaiting() {
        return parties - count;
    }
}
