package dev.mayfly.jdk.java.util.concurrent;

import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.Phaser on Mayfly: a reusable barrier with a changing number of parties.
 * Arrivals count down the phase's unarrived parties; the last one runs {@link #onAdvance} and
 * opens the next phase (or terminates the phaser), waking the parties waiting on the root's
 * monitor. A phaser built with a parent shares its root's phase: its parties are counted by the
 * root directly (the JDK spreads them over the tree to cut contention, which one processor does
 * not have), so the root's counts include the children's.
 */
public class Phaser {
    private static final int MAX_PARTIES = 0xffff;

    private final Phaser parent;
    private final Phaser root;
    // root state (only meaningful in the root)
    private int phase;
    private int parties;
    private int unarrived;
    private boolean terminated;
    // parties registered through this phaser (for a child: the share it holds in the root)
    private int ownParties;

    public Phaser() {
        this(null, 0);
    }

    public Phaser(int parties) {
        this(null, parties);
    }

    public Phaser(Phaser parent) {
        this(parent, 0);
    }

    public Phaser(Phaser parent, int parties) {
        if (parties < 0 || parties > MAX_PARTIES) {
            throw new IllegalArgumentException("Illegal number of parties");
        }
        this.parent = parent;
        this.root = parent == null ? this : parent.root;
        if (parties > 0) {
            if (root == this) {
                this.parties = parties;
                this.unarrived = parties;
                this.ownParties = parties;
            } else {
                doRegister(parties);
            }
        }
    }

    private static void checkParties(int n) {
        if (n < 0) {
            throw new IllegalArgumentException();
        }
    }

    public int register() {
        return doRegister(1);
    }

    public int bulkRegister(int parties) {
        checkParties(parties);
        if (parties == 0) {
            return getPhase();
        }
        return doRegister(parties);
    }

    private int doRegister(int n) {
        Phaser r = root;
        synchronized (r) {
            if (r.terminated) {
                return r.phase | Integer.MIN_VALUE;
            }
            if (r.parties + n > MAX_PARTIES) {
                throw new IllegalStateException("Attempt to register more than " + MAX_PARTIES + " parties for " + this);
            }
            r.parties += n;
            r.unarrived += n;
            ownParties += n;
            return r.phase;
        }
    }

    public int arrive() {
        return doArrive(false);
    }

    public int arriveAndDeregister() {
        return doArrive(true);
    }

    private int doArrive(boolean deregister) {
        Phaser r = root;
        synchronized (r) {
            if (r.terminated) {
                return r.phase | Integer.MIN_VALUE;
            }
            if (r.unarrived <= 0 || (deregister && ownParties <= 0)) {
                throw new IllegalStateException("Attempted arrival of unregistered party for " + this);
            }
            int arrivedPhase = r.phase;
            r.unarrived--;
            if (deregister) {
                r.parties--;
                ownParties--;
            }
            if (r.unarrived == 0) {
                r.advanceLocked();
            }
            return arrivedPhase;
        }
    }

    /** Opens the next phase, or terminates when onAdvance says so; wakes the waiting parties. */
    private void advanceLocked() {
        boolean stop = onAdvance(phase, parties);
        if (stop) {
            terminated = true;
        } else {
            phase = (phase + 1) & Integer.MAX_VALUE;
            unarrived = parties;
        }
        notifyAll();
    }

    public int arriveAndAwaitAdvance() {
        Phaser r = root;
        synchronized (r) {
            int p = doArrive(false);
            if (p < 0) {
                return p;
            }
            boolean interrupted = false;
            while (r.phase == p && !r.terminated) {
                try {
                    r.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return r.terminated ? r.phase | Integer.MIN_VALUE : r.phase;
        }
    }

    public int awaitAdvance(int phase) {
        Phaser r = root;
        synchronized (r) {
            if (phase < 0) {
                return phase;
            }
            boolean interrupted = false;
            while (r.phase == phase && !r.terminated) {
                try {
                    r.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return r.terminated ? r.phase | Integer.MIN_VALUE : r.phase;
        }
    }

    public int awaitAdvanceInterruptibly(int phase) throws InterruptedException {
        try {
            return awaitAdvanceInterruptibly(phase, false, 0L);
        } catch (TimeoutException e) {
            throw new Error(e); // cannot happen without a timeout
        }
    }

    public int awaitAdvanceInterruptibly(int phase, long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
        return awaitAdvanceInterruptibly(phase, true, unit.toNanos(timeout));
    }

    private int awaitAdvanceInterruptibly(int phase, boolean timed, long nanos) throws InterruptedException, TimeoutException {
        Phaser r = root;
        synchronized (r) {
            if (phase < 0) {
                return phase;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long deadline = System.nanoTime() + nanos;
            while (r.phase == phase && !r.terminated) {
                if (!timed) {
                    r.wait();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new TimeoutException();
                    }
                    r.wait(Math.max(1, (left + 999_999) / 1_000_000));
                }
            }
            return r.terminated ? r.phase | Integer.MIN_VALUE : r.phase;
        }
    }

    /** Terminates the phaser: waiting parties are released and later calls return a negative phase. */
    public void forceTermination() {
        Phaser r = root;
        synchronized (r) {
            if (!r.terminated) {
                r.terminated = true;
                r.notifyAll();
            }
        }
    }

    public final int getPhase() {
        Phaser r = root;
        synchronized (r) {
            return r.terminated ? r.phase | Integer.MIN_VALUE : r.phase;
        }
    }

    public int getRegisteredParties() {
        synchronized (root) {
            return root == this ? parties : ownParties;
        }
    }

    public int getArrivedParties() {
        synchronized (root) {
            return root.parties - root.unarrived;
        }
    }

    public int getUnarrivedParties() {
        synchronized (root) {
            return root.unarrived;
        }
    }

    public Phaser getParent() {
        return parent;
    }

    public Phaser getRoot() {
        return root;
    }

    public boolean isTerminated() {
        synchronized (root) {
            return root.terminated;
        }
    }

    /**
     * Called by the last arriving party before the phase advances: returns whether the phaser is
     * to terminate. By default it terminates once no parties remain registered.
     */
    protected boolean onAdvance(int phase, int registeredParties) {
        return registeredParties == 0;
    }

    @Override
    public String toString() {
        int p;
        int n;
        int arrived;
        synchronized (root) {
            p = root.terminated ? root.phase | Integer.MIN_VALUE : root.phase;
            n = root == this ? parties : ownParties;
            arrived = root.parties - root.unarrived;
        }
        return super.toString() + "[phase = " + p + " parties = " + n + " arrived = " + arrived + "]";
    }
}
