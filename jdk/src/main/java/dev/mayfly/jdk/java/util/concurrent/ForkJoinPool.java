package dev.mayfly.jdk.java.util.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.ForkJoinPool on Mayfly: up to {@code parallelism} daemon worker threads
 * (started as tasks arrive) running ForkJoinTasks from one queue on the pool's monitor; a worker
 * takes the most recently forked task first, as a JDK worker pops its own deque. Joining a task
 * still queued runs it in the joining worker (see {@link ForkJoinTask}), so recursive
 * decomposition needs no more threads than the one processor has. The common pool has the JDK's
 * parallelism for one processor (1) and ignores shutdown. As in JDK 25 the pool is also a
 * ScheduledExecutorService: a delayed task waits in a timer (a one-thread scheduled executor of
 * daemon threads) and is then submitted to the pool.
 */
public class ForkJoinPool extends AbstractExecutorService implements ScheduledExecutorService {
    /** Makes the pool's worker threads. */
    public interface ForkJoinWorkerThreadFactory {
        ForkJoinWorkerThread newThread(ForkJoinPool pool);
    }

    /** A blocking operation a worker runs through {@link #managedBlock}. */
    public interface ManagedBlocker {
        boolean block() throws InterruptedException;

        boolean isReleasable();
    }

    /** The factory of plain ForkJoinWorkerThreads. */
    public static final ForkJoinWorkerThreadFactory defaultForkJoinWorkerThreadFactory = DefaultFactory::newWorker;

    /** Holds the default factory's constructor access. */
    private static final class DefaultFactory {
        static ForkJoinWorkerThread newWorker(ForkJoinPool pool) {
            return new ForkJoinWorkerThread(pool) {
            };
        }
    }

    private static int poolNumber;
    private static ForkJoinPool common;

    private int parallelism;
    private ScheduledThreadPoolExecutor timer;
    private boolean cancelDelayedOnShutdown;
    private final ForkJoinWorkerThreadFactory factory;
    private final Thread.UncaughtExceptionHandler handler;
    private final boolean asyncMode;
    private final String workerNamePrefix;
    private final boolean isCommon;
    private final ArrayDeque<ForkJoinTask<?>> queue = new ArrayDeque<>();
    private final List<ForkJoinWorkerThread> workers = new ArrayList<>();
    private int workerNumber;
    private int idle;
    private int active;
    private long steals;
    private boolean shutdown;
    private boolean terminated;

    public ForkJoinPool() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors()), defaultForkJoinWorkerThreadFactory, null, false);
    }

    public ForkJoinPool(int parallelism) {
        this(parallelism, defaultForkJoinWorkerThreadFactory, null, false);
    }

    public ForkJoinPool(int parallelism, ForkJoinWorkerThreadFactory factory, Thread.UncaughtExceptionHandler handler,
                        boolean asyncMode) {
        this(parallelism, factory, handler, asyncMode, nextPoolPrefix(), false);
    }

    /** JDK 9's fully configurable pool; the sizing limits beyond the parallelism do not apply to one queue. */
    public ForkJoinPool(int parallelism, ForkJoinWorkerThreadFactory factory, Thread.UncaughtExceptionHandler handler,
                        boolean asyncMode, int corePoolSize, int maximumPoolSize, int minimumRunnable,
                        java.util.function.Predicate<? super ForkJoinPool> saturate, long keepAliveTime, TimeUnit unit) {
        this(parallelism, factory, handler, asyncMode, nextPoolPrefix(), false);
        if (maximumPoolSize < parallelism || keepAliveTime <= 0L) {
            throw new IllegalArgumentException();
        }
        if (unit == null) {
            throw new NullPointerException();
        }
    }

    private ForkJoinPool(int parallelism, ForkJoinWorkerThreadFactory factory, Thread.UncaughtExceptionHandler handler,
                         boolean asyncMode, String workerNamePrefix, boolean isCommon) {
        if (parallelism <= 0 || parallelism > 0x7fff) {
            throw new IllegalArgumentException();
        }
        if (factory == null) {
            throw new NullPointerException();
        }
        this.parallelism = parallelism;
        this.factory = factory;
        this.handler = handler;
        this.asyncMode = asyncMode;
        this.workerNamePrefix = workerNamePrefix;
        this.isCommon = isCommon;
    }

    private static synchronized String nextPoolPrefix() {
        return "ForkJoinPool-" + (++poolNumber) + "-worker-";
    }

    /** The shared pool that {@code fork} outside a pool and parallel computations use. */
    public static synchronized ForkJoinPool commonPool() {
        if (common == null) {
            int p = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
            common = new ForkJoinPool(p, defaultForkJoinWorkerThreadFactory, null, false, "ForkJoinPool.commonPool-worker-", true);
        }
        return common;
    }

    public static int getCommonPoolParallelism() {
        return commonPool().getParallelism();
    }

    // ------------------------------------------------------------------ workers

    synchronized String nextWorkerName() {
        return workerNamePrefix + (++workerNumber);
    }

    synchronized int registerWorker() {
        return workers.size();
    }

    synchronized void deregisterWorker(ForkJoinWorkerThread w) {
        workers.remove(w);
        if (shutdown && workers.isEmpty() && queue.isEmpty()) {
            terminated = true;
        }
        notifyAll();
    }

    /** Queues a task (fork or submission) and makes sure a worker will run it. */
    void push(ForkJoinTask<?> task) {
        ForkJoinWorkerThread start = null;
        synchronized (this) {
            if (shutdown && !isCommon) {
                throw new RejectedExecutionException();
            }
            task.queuedIn = this;
            queue.addLast(task);
            if (idle == 0 && workers.size() < parallelism) {
                start = factory.newThread(this);
                if (start != null) {
                    workers.add(start);
                    if (handler != null) {
                        start.setUncaughtExceptionHandler(handler);
                    }
                }
            }
            notifyAll();
        }
        if (start != null) {
            start.start();
        }
    }

    /** Takes a still-queued task back out (to run it in a joining worker, or on cancel). */
    synchronized boolean unqueue(ForkJoinTask<?> task) {
        if (task.queuedIn == this && queue.remove(task)) {
            task.queuedIn = null;
            steals++;
            return true;
        }
        return false;
    }

    synchronized ForkJoinTask<?> pollQueued() {
        ForkJoinTask<?> t = asyncMode ? queue.pollFirst() : queue.pollLast();
        if (t != null) {
            t.queuedIn = null;
        }
        return t;
    }

    synchronized ForkJoinTask<?> peekQueued() {
        return asyncMode ? queue.peekFirst() : queue.peekLast();
    }

    void runWorker(ForkJoinWorkerThread w) {
        while (true) {
            ForkJoinTask<?> task;
            synchronized (this) {
                while ((task = asyncMode ? queue.pollFirst() : queue.pollLast()) == null) {
                    if (shutdown) {
                        return;
                    }
                    idle++;
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // re-check
                    } finally {
                        idle--;
                    }
                }
                task.queuedIn = null;
                active++;
            }
            try {
                task.doExec();
            } finally {
                synchronized (this) {
                    active--;
                    notifyAll();
                }
            }
        }
    }

    // ------------------------------------------------------------------ submitting

    public <T> T invoke(ForkJoinTask<T> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        push(task);
        return task.join();
    }

    public void execute(ForkJoinTask<?> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        push(task);
    }

    @Override
    public void execute(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        push(task instanceof ForkJoinTask<?> t ? t : new ForkJoinTask.AdaptedRunnable<Void>(task, null));
    }

    public <T> ForkJoinTask<T> submit(ForkJoinTask<T> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        push(task);
        return task;
    }

    /** JDK 20: submits from outside the pool (the same queue here). */
    public <T> ForkJoinTask<T> externalSubmit(ForkJoinTask<T> task) {
        return submit(task);
    }

    /** JDK 19: submits without necessarily starting a worker (here the same as submit). */
    public <T> ForkJoinTask<T> lazySubmit(ForkJoinTask<T> task) {
        return submit(task);
    }

    /** Moves the queued tasks into {@code c}; returns how many. */
    protected int drainTasksTo(Collection<? super ForkJoinTask<?>> c) {
        int n = 0;
        ForkJoinTask<?> t;
        while ((t = pollQueued()) != null) {
            c.add(t);
            n++;
        }
        return n;
    }

    @Override
    public <T> ForkJoinTask<T> submit(Callable<T> task) {
        ForkJoinTask<T> t = ForkJoinTask.adapt(task);
        push(t);
        return t;
    }

    @Override
    public <T> ForkJoinTask<T> submit(Runnable task, T result) {
        ForkJoinTask<T> t = ForkJoinTask.adapt(task, result);
        push(t);
        return t;
    }

    @Override
    public ForkJoinTask<?> submit(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        ForkJoinTask<?> t = task instanceof ForkJoinTask<?> f ? f : ForkJoinTask.adapt(task);
        push(t);
        return t;
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> c : tasks) {
            ForkJoinTask<T> t = ForkJoinTask.adapt(c);
            futures.add(t);
            push(t);
        }
        for (Future<T> f : futures) {
            ((ForkJoinTask<?>) f).quietlyJoin();
        }
        return futures;
    }

    /** Runs the blocker until it is releasable (a worker would be compensated for in the JDK; one processor needs none). */
    public static void managedBlock(ManagedBlocker blocker) throws InterruptedException {
        if (blocker == null) {
            throw new NullPointerException();
        }
        while (!blocker.isReleasable() && !blocker.block()) {
            // block again until released
        }
    }

    // ------------------------------------------------------------------ lifecycle

    @Override
    public void shutdown() {
        if (isCommon) {
            return;
        }
        ScheduledThreadPoolExecutor t;
        synchronized (this) {
            t = timer;
        }
        if (t != null) {
            if (cancelDelayedOnShutdown) {
                t.shutdownNow();
            } else {
                t.shutdown();
            }
        }
        synchronized (this) {
            shutdown = true;
            if (workers.isEmpty() && queue.isEmpty()) {
                terminated = true;
            }
            notifyAll();
        }
    }

    @Override
    public List<Runnable> shutdownNow() {
        if (isCommon) {
            return new ArrayList<>();
        }
        List<ForkJoinTask<?>> pending;
        ScheduledThreadPoolExecutor delayed;
        synchronized (this) {
            delayed = timer;
        }
        if (delayed != null) {
            delayed.shutdownNow();
        }
        synchronized (this) {
            shutdown = true;
            pending = new ArrayList<>(queue);
            queue.clear();
            if (workers.isEmpty()) {
                terminated = true;
            }
            notifyAll();
        }
        for (ForkJoinTask<?> t : pending) {
            t.cancel(false);
        }
        return new ArrayList<>();
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return terminated;
    }

    public synchronized boolean isTerminating() {
        return shutdown && !terminated;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        if (isCommon) {
            awaitQuiescence(timeout, unit);
            return false;
        }
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (this) {
            while (!terminated) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, (left + 999_999) / 1_000_000));
            }
            return true;
        }
    }

    /** Waits until no task is queued or running; true if that happened within the timeout. */
    public boolean awaitQuiescence(long timeout, TimeUnit unit) {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        boolean interrupted = false;
        try {
            synchronized (this) {
                while (!isQuiescentLocked()) {
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

    private boolean isQuiescentLocked() {
        return queue.isEmpty() && active == 0;
    }

    // ------------------------------------------------------------------ inspection

    public synchronized int getParallelism() {
        return parallelism;
    }

    /** JDK 19: changes the target number of workers; returns the previous one. */
    public synchronized int setParallelism(int size) {
        if (size < 1 || size > 0x7fff) {
            throw new IllegalArgumentException();
        }
        if (isCommon) {
            throw new UnsupportedOperationException("Cannot set common pool parallelism");
        }
        int old = parallelism;
        parallelism = size;
        return old;
    }

    // ------------------------------------------------------------------ delayed tasks (JDK 25)

    private synchronized ScheduledThreadPoolExecutor timer() {
        if (shutdown && !isCommon) {
            throw new RejectedExecutionException();
        }
        if (timer == null) {
            timer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, workerNamePrefix.replace("worker-", "delayScheduler"));
                t.setDaemon(true);
                return t;
            });
            timer.setRemoveOnCancelPolicy(true);
        }
        return timer;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (command == null || unit == null) {
            throw new NullPointerException();
        }
        return timer().schedule(() -> submit(command).join(), delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        if (callable == null || unit == null) {
            throw new NullPointerException();
        }
        return timer().schedule(() -> submit(callable).join(), delay, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        if (command == null || unit == null) {
            throw new NullPointerException();
        }
        return timer().scheduleAtFixedRate(() -> submit(command).join(), initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        if (command == null || unit == null) {
            throw new NullPointerException();
        }
        return timer().scheduleWithFixedDelay(() -> submit(command).join(), initialDelay, delay, unit);
    }

    /** JDK 25: the number of delayed tasks not yet due. */
    public synchronized long getDelayedTaskCount() {
        return timer == null ? 0 : timer.getQueue().size();
    }

    /** JDK 25: makes shutdown cancel the delayed tasks not yet due. */
    public synchronized void cancelDelayedTasksOnShutdown() {
        cancelDelayedOnShutdown = true;
    }

    /**
     * JDK 25: submits a task that is cancelled (and then handed to {@code fallback}, if given)
     * unless it completes within the timeout.
     */
    public <T> ForkJoinTask<T> submitWithTimeout(Callable<T> callable, long timeout, TimeUnit unit,
                                                 java.util.function.Consumer<? super ForkJoinTask<T>> fallback) {
        if (callable == null || unit == null) {
            throw new NullPointerException();
        }
        ForkJoinTask<T> task = ForkJoinTask.adapt(callable);
        push(task);
        timer().schedule(() -> {
            if (!task.isDone()) {
                if (fallback != null) {
                    fallback.accept(task);
                } else {
                    task.cancel(true);
                }
            }
        }, timeout, unit);
        return task;
    }

    /** JDK 22: {@link #invokeAll(Collection)} that keeps waiting through interrupts. */
    public <T> List<Future<T>> invokeAllUninterruptibly(Collection<? extends Callable<T>> tasks) {
        return invokeAll(tasks);
    }

    /** Takes an external submission out of the queue (submissions share the one queue here). */
    protected ForkJoinTask<?> pollSubmission() {
        return pollQueued();
    }

    public synchronized int getPoolSize() {
        return workers.size();
    }

    public synchronized int getActiveThreadCount() {
        return active;
    }

    public synchronized int getRunningThreadCount() {
        return active;
    }

    public synchronized boolean isQuiescent() {
        return isQuiescentLocked();
    }

    public synchronized long getStealCount() {
        return steals;
    }

    public synchronized long getQueuedTaskCount() {
        return queue.size();
    }

    public synchronized int getQueuedSubmissionCount() {
        return 0;
    }

    public synchronized boolean hasQueuedSubmissions() {
        return false;
    }

    public boolean getAsyncMode() {
        return asyncMode;
    }

    public ForkJoinWorkerThreadFactory getFactory() {
        return factory;
    }

    public Thread.UncaughtExceptionHandler getUncaughtExceptionHandler() {
        return handler;
    }

    @Override
    public String toString() {
        String state;
        int size;
        int running;
        long queued;
        long stolen;
        synchronized (this) {
            state = terminated ? "Terminated" : shutdown ? "Shutting down" : "Running";
            size = workers.size();
            running = active;
            queued = queue.size();
            stolen = steals;
        }
        return super.toString() + "[" + state + ", parallelism = " + parallelism + ", size = " + size + ", active = " + running
                + ", running = " + running + ", steals = " + stolen + ", tasks = " + queued + ", submissions = 0]";
    }
}
