package dev.mayfly.jdk.java.util.concurrent;

/** java.util.concurrent.ForkJoinWorkerThread on Mayfly: a thread of a ForkJoinPool, running its queued tasks. */
public class ForkJoinWorkerThread extends Thread {
    private final ForkJoinPool pool;
    private final int index;

    protected ForkJoinWorkerThread(ForkJoinPool pool) {
        this(null, pool, true);
    }

    /** JDK 19: a worker in a thread group, optionally keeping the creating thread's inherited thread locals. */
    protected ForkJoinWorkerThread(ThreadGroup group, ForkJoinPool pool, boolean preserveThreadLocals) {
        super(pool.nextWorkerName());
        this.pool = pool;
        this.index = pool.registerWorker();
        setDaemon(true);
    }

    public ForkJoinPool getPool() {
        return pool;
    }

    /** The worker's index among its pool's workers, from 0. */
    public int getPoolIndex() {
        return index;
    }

    /** The number of tasks waiting in the pool's queue (one queue is shared by the workers). */
    public int getQueuedTaskCount() {
        long n = pool.getQueuedTaskCount();
        return n > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n;
    }

    /** Called when the worker starts, before it runs tasks. */
    protected void onStart() {
    }

    /** Called when the worker ends, with the exception that ended it (null when it ended normally). */
    protected void onTermination(Throwable exception) {
    }

    @Override
    public void run() {
        Throwable failure = null;
        try {
            onStart();
            pool.runWorker(this);
        } catch (Throwable t) {
            failure = t;
        } finally {
            try {
                onTermination(failure);
            } finally {
                pool.deregisterWorker(this);
            }
        }
        if (failure != null) {
            ForkJoinTask.rethrow(failure);
        }
    }
}
