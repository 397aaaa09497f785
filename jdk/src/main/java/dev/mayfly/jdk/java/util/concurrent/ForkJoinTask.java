package dev.mayfly.jdk.java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.ForkJoinTask on Mayfly: a task that a ForkJoinPool runs, which may fork
 * subtasks and join them. {@code fork} queues the task in the current worker's pool (the common
 * pool outside one); a worker that joins a task still queued takes it back and runs it itself (the
 * JDK's workers "help" the same way), otherwise the joiner waits on the task's monitor until it
 * completes. A computation's exception is rethrown by {@code join}/{@code invoke} as it was
 * thrown, and wrapped in ExecutionException by {@code get}.
 */
public abstract class ForkJoinTask<V> implements Future<V>, java.io.Serializable {
    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int NORMAL = 2;
    private static final int EXCEPTIONAL = 3;
    private static final int CANCELLED = 4;

    private int status;
    private Throwable exception;
    private short tag;
    /** The pool whose queue holds this task while it waits to run (null otherwise). */
    ForkJoinPool queuedIn;

    public ForkJoinTask() {
    }

    /** Runs the task's computation; true when it completed normally (the result is then set). */
    protected abstract boolean exec();

    public abstract V getRawResult();

    protected abstract void setRawResult(V value);

    // ------------------------------------------------------------------ running

    /** Runs the task once in the calling thread, recording its outcome; no-op unless still new. */
    final void doExec() {
        synchronized (this) {
            if (status != NEW) {
                return;
            }
            status = RUNNING;
        }
        Throwable thrown = null;
        boolean completed = false;
        try {
            completed = exec();
        } catch (Throwable t) {
            thrown = t;
        }
        synchronized (this) {
            if (status == RUNNING) {
                if (thrown != null) {
                    exception = thrown;
                    status = EXCEPTIONAL;
                } else if (completed) {
                    status = NORMAL;
                } else {
                    status = NEW; // an exec that did not complete leaves the task to be completed later
                }
            }
            notifyAll();
        }
    }

    /** Queues this task in the current worker's pool, or the common pool. */
    public final ForkJoinTask<V> fork() {
        Thread t = Thread.currentThread();
        ForkJoinPool pool = t instanceof ForkJoinWorkerThread w ? w.getPool() : ForkJoinPool.commonPool();
        pool.push(this);
        return this;
    }

    /** Waits for completion, running the task here when it is still queued and this is a worker thread. */
    private void awaitDone(boolean interruptible) throws InterruptedException {
        if (isDone()) {
            return;
        }
        if (Thread.currentThread() instanceof ForkJoinWorkerThread) {
            ForkJoinPool pool = queuedIn;
            if (pool != null && pool.unqueue(this)) {
                doExec();
            }
        }
        boolean interrupted = false;
        synchronized (this) {
            while (status < NORMAL) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    if (interruptible) {
                        throw e;
                    }
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitUninterruptibly() {
        try {
            awaitDone(false);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private V reportJoin() {
        synchronized (this) {
            if (status == CANCELLED) {
                throw new CancellationException();
            }
            if (status == EXCEPTIONAL) {
                rethrow(exception);
            }
        }
        return getRawResult();
    }

    /** Throws any Throwable without declaring it (the JDK's join rethrows checked exceptions too). */
    @SuppressWarnings("unchecked")
    static <E extends Throwable> void rethrow(Throwable t) throws E {
        throw (E) t;
    }

    public final V join() {
        awaitUninterruptibly();
        return reportJoin();
    }

    public final V invoke() {
        doExec();
        awaitUninterruptibly();
        return reportJoin();
    }

    public final void quietlyJoin() {
        awaitUninterruptibly();
    }

    /** JDK 19: waits up to the timeout for completion, without reporting the outcome; true if done. */
    public final boolean quietlyJoin(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            while (status < NORMAL) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, (left + 999_999) / 1_000_000));
            }
            return true;
        }
    }

    /** JDK 19: {@link #quietlyJoin(long, TimeUnit)} that keeps waiting through interrupts. */
    public final boolean quietlyJoinUninterruptibly(long timeout, TimeUnit unit) {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        boolean interrupted = false;
        try {
            synchronized (this) {
                while (status < NORMAL) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    try {
                        wait(Math.max(1, (left + 999_999) / 1_000_000));
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                return true;
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public final void quietlyInvoke() {
        doExec();
        awaitUninterruptibly();
    }

    /** Forks t2, runs t1 here, joins t2; rethrows the first exception. */
    public static void invokeAll(ForkJoinTask<?> t1, ForkJoinTask<?> t2) {
        t2.fork();
        t1.doExec();
        t1.awaitUninterruptibly();
        t2.awaitUninterruptibly();
        t1.reportJoin();
        t2.reportJoin();
    }

    public static void invokeAll(ForkJoinTask<?>... tasks) {
        for (int i = tasks.length - 1; i >= 1; i--) {
            tasks[i].fork();
        }
        if (tasks.length > 0) {
            tasks[0].doExec();
        }
        for (ForkJoinTask<?> t : tasks) {
            t.awaitUninterruptibly();
        }
        for (ForkJoinTask<?> t : tasks) {
            t.reportJoin();
        }
    }

    public static <T extends ForkJoinTask<?>> Collection<T> invokeAll(Collection<T> tasks) {
        List<T> list = new ArrayList<>(tasks);
        invokeAll(list.toArray(new ForkJoinTask<?>[0]));
        return tasks;
    }

    // ------------------------------------------------------------------ completion and state

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        ForkJoinPool pool;
        synchronized (this) {
            if (status != NEW) {
                return status == CANCELLED;
            }
            status = CANCELLED;
            pool = queuedIn;
            notifyAll();
        }
        if (pool != null) {
            pool.unqueue(this);
        }
        return true;
    }

    @Override
    public final synchronized boolean isDone() {
        return status >= NORMAL;
    }

    @Override
    public final synchronized boolean isCancelled() {
        return status == CANCELLED;
    }

    public final synchronized boolean isCompletedAbnormally() {
        return status == EXCEPTIONAL || status == CANCELLED;
    }

    public final synchronized boolean isCompletedNormally() {
        return status == NORMAL;
    }

    /** The exception the task failed with, a CancellationException if cancelled, else null. */
    public final synchronized Throwable getException() {
        return status == CANCELLED ? new CancellationException() : status == EXCEPTIONAL ? exception : null;
    }

    public void completeExceptionally(Throwable ex) {
        synchronized (this) {
            if (status >= NORMAL) {
                return;
            }
            exception = ex instanceof RuntimeException || ex instanceof Error ? ex : new RuntimeException(ex);
            status = EXCEPTIONAL;
            notifyAll();
        }
    }

    public void complete(V value) {
        setRawResult(value);
        synchronized (this) {
            if (status < NORMAL) {
                status = NORMAL;
                notifyAll();
            }
        }
    }

    public final void quietlyComplete() {
        synchronized (this) {
            if (status < NORMAL) {
                status = NORMAL;
                notifyAll();
            }
        }
    }

    /** Forgets the outcome so that the task can run again. */
    public void reinitialize() {
        synchronized (this) {
            status = NEW;
            exception = null;
        }
    }

    /** Takes this task back out of its pool's queue if it has not started; true if it did. */
    public boolean tryUnfork() {
        ForkJoinPool pool = queuedIn;
        return pool != null && pool.unqueue(this);
    }

    @Override
    public final V get() throws InterruptedException, ExecutionException {
        awaitDone(true);
        synchronized (this) {
            if (status == CANCELLED) {
                throw new CancellationException();
            }
            if (status == EXCEPTIONAL) {
                throw new ExecutionException(exception);
            }
        }
        return getRawResult();
    }

    @Override
    public final V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (this) {
            while (status < NORMAL) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException();
                }
                wait(Math.max(1, (left + 999_999) / 1_000_000));
            }
        }
        return get();
    }

    @Override
    public State state() {
        synchronized (this) {
            return switch (status) {
                case NORMAL -> State.SUCCESS;
                case EXCEPTIONAL -> State.FAILED;
                case CANCELLED -> State.CANCELLED;
                default -> State.RUNNING;
            };
        }
    }

    @Override
    public V resultNow() {
        synchronized (this) {
            switch (status) {
                case NORMAL:
                    break;
                case EXCEPTIONAL:
                    throw new IllegalStateException("Task completed with exception");
                case CANCELLED:
                    throw new IllegalStateException("Task was cancelled");
                default:
                    throw new IllegalStateException("Task has not completed");
            }
        }
        return getRawResult();
    }

    @Override
    public synchronized Throwable exceptionNow() {
        return switch (status) {
            case EXCEPTIONAL -> exception;
            case NORMAL -> throw new IllegalStateException("Task completed with a result");
            case CANCELLED -> throw new IllegalStateException("Task was cancelled");
            default -> throw new IllegalStateException("Task has not completed");
        };
    }

    // ------------------------------------------------------------------ context

    /** The pool of the current worker thread, or null outside one. */
    public static ForkJoinPool getPool() {
        return Thread.currentThread() instanceof ForkJoinWorkerThread w ? w.getPool() : null;
    }

    public static boolean inForkJoinPool() {
        return Thread.currentThread() instanceof ForkJoinWorkerThread;
    }

    /** Runs the queued tasks of the current worker's pool until none is left. */
    public static void helpQuiesce() {
        ForkJoinPool pool = getPool();
        if (pool != null) {
            ForkJoinTask<?> t;
            while ((t = pool.pollQueued()) != null) {
                t.doExec();
            }
        }
    }

    public static int getQueuedTaskCount() {
        ForkJoinPool pool = getPool();
        return pool == null ? 0 : pool.getQueuedTaskCount() > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) pool.getQueuedTaskCount();
    }

    public static int getSurplusQueuedTaskCount() {
        return getQueuedTaskCount();
    }

    protected static ForkJoinTask<?> peekNextLocalTask() {
        ForkJoinPool pool = getPool();
        return pool == null ? null : pool.peekQueued();
    }

    protected static ForkJoinTask<?> pollNextLocalTask() {
        ForkJoinPool pool = getPool();
        return pool == null ? null : pool.pollQueued();
    }

    protected static ForkJoinTask<?> pollTask() {
        return pollNextLocalTask();
    }

    protected static ForkJoinTask<?> pollSubmission() {
        return pollNextLocalTask();
    }

    public final synchronized short getForkJoinTaskTag() {
        return tag;
    }

    public final synchronized short setForkJoinTaskTag(short newValue) {
        short old = tag;
        tag = newValue;
        return old;
    }

    public final synchronized boolean compareAndSetForkJoinTaskTag(short expect, short update) {
        if (tag != expect) {
            return false;
        }
        tag = update;
        return true;
    }

    // ------------------------------------------------------------------ adapters

    public static ForkJoinTask<?> adapt(Runnable runnable) {
        return new AdaptedRunnable<>(runnable, null);
    }

    public static <T> ForkJoinTask<T> adapt(Runnable runnable, T result) {
        return new AdaptedRunnable<>(runnable, result);
    }

    public static <T> ForkJoinTask<T> adapt(Callable<? extends T> callable) {
        return new AdaptedCallable<>(callable);
    }

    /** JDK 19: like {@code adapt(Callable)}, the task's thread interrupted if it is cancelled while running. */
    public static <T> ForkJoinTask<T> adaptInterruptible(Callable<? extends T> callable) {
        return new AdaptedCallable<>(callable);
    }

    /** Like {@code adapt(Runnable)}, the task's thread interrupted if it is cancelled while running. */
    public static ForkJoinTask<?> adaptInterruptible(Runnable runnable) {
        return new AdaptedRunnable<>(runnable, null);
    }

    public static <T> ForkJoinTask<T> adaptInterruptible(Runnable runnable, T result) {
        return new AdaptedRunnable<>(runnable, result);
    }

    /** A Runnable as a task with a fixed result. */
    static final class AdaptedRunnable<T> extends ForkJoinTask<T> implements RunnableFuture<T> {
        private final Runnable runnable;
        private T result;

        AdaptedRunnable(Runnable runnable, T result) {
            if (runnable == null) {
                throw new NullPointerException();
            }
            this.runnable = runnable;
            this.result = result;
        }

        @Override
        public T getRawResult() {
            return result;
        }

        @Override
        protected void setRawResult(T v) {
            result = v;
        }

        @Override
        protected boolean exec() {
            runnable.run();
            return true;
        }

        @Override
        public void run() {
            invoke();
        }

        @Override
        public String toString() {
            return super.toString() + "[Wrapped task = " + runnable + "]";
        }
    }

    /** A Callable as a task; a checked exception it throws fails the task wrapped in RuntimeException. */
    static final class AdaptedCallable<T> extends ForkJoinTask<T> implements RunnableFuture<T> {
        private final Callable<? extends T> callable;
        private T result;

        AdaptedCallable(Callable<? extends T> callable) {
            if (callable == null) {
                throw new NullPointerException();
            }
            this.callable = callable;
        }

        @Override
        public T getRawResult() {
            return result;
        }

        @Override
        protected void setRawResult(T v) {
            result = v;
        }

        @Override
        protected boolean exec() {
            try {
                result = callable.call();
                return true;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }

        @Override
        public void run() {
            invoke();
        }

        @Override
        public String toString() {
            return super.toString() + "[Wrapped task = " + callable + "]";
        }
    }
}
