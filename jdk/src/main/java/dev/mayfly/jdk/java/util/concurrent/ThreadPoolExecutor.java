package dev.mayfly.jdk.java.util.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.ThreadPoolExecutor on Mayfly, with the JDK's sizing rules: a new task
 * starts a worker while fewer than the core size run, else goes to the work queue, else starts a
 * worker up to the maximum size, else goes to the rejection handler; workers beyond the core size
 * (or all, with {@link #allowCoreThreadTimeOut}) end after the keep-alive time idle. The workers
 * are the runtime's cooperative green threads and wait on the executor's monitor: they take tasks
 * from the queue with its non-blocking {@code poll}, and a queue that refuses an offer while a
 * worker is idle (a {@link SynchronousQueue}) hands the task to that worker directly, as a
 * worker blocked in the JDK's {@code poll} would take it.
 */
public class ThreadPoolExecutor extends AbstractExecutorService {
    private static final int RUNNING = 0;
    private static final int SHUTDOWN = 1;
    private static final int STOP = 2;
    private static final int TIDYING = 3;
    private static final int TERMINATED = 4;

    private final BlockingQueue<Runnable> workQueue;
    private final ArrayDeque<Runnable> handOff = new ArrayDeque<>();
    private final List<Worker> workers = new ArrayList<>();
    private volatile ThreadFactory threadFactory;
    private volatile RejectedExecutionHandler handler;
    private int corePoolSize;
    private int maximumPoolSize;
    private long keepAliveNanos;
    private boolean allowCoreThreadTimeOut;
    private int state = RUNNING;
    private int live;
    private int idle;
    private int active;
    private int largestPoolSize;
    private long completed;

    private static final RejectedExecutionHandler DEFAULT_HANDLER = new AbortPolicy();

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                              BlockingQueue<Runnable> workQueue) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(), DEFAULT_HANDLER);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                              BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, DEFAULT_HANDLER);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                              BlockingQueue<Runnable> workQueue, RejectedExecutionHandler handler) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(), handler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                              BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory,
                              RejectedExecutionHandler handler) {
        if (corePoolSize < 0 || maximumPoolSize <= 0 || maximumPoolSize < corePoolSize || keepAliveTime < 0) {
            throw new IllegalArgumentException();
        }
        if (workQueue == null || threadFactory == null || handler == null) {
            throw new NullPointerException();
        }
        this.corePoolSize = corePoolSize;
        this.maximumPoolSize = maximumPoolSize;
        this.keepAliveNanos = unit.toNanos(keepAliveTime);
        this.workQueue = workQueue;
        this.threadFactory = threadFactory;
        this.handler = handler;
    }

    // ------------------------------------------------------------------ running tasks

    /** A worker: the thread and the task it was started with. */
    private final class Worker implements Runnable {
        Runnable firstTask;
        Thread thread;

        Worker(Runnable firstTask) {
            this.firstTask = firstTask;
        }

        @Override
        public void run() {
            runWorker(this);
        }
    }

    @Override
    public void execute(Runnable command) {
        if (command == null) {
            throw new NullPointerException();
        }
        Worker started = null;
        boolean rejected = false;
        synchronized (this) {
            if (state != RUNNING) {
                rejected = true;
            } else if (live < corePoolSize) {
                started = addWorkerLocked(command);
                rejected = started == null && !enqueueLocked(command);
            } else if (enqueueLocked(command)) {
                if (live == 0) {
                    started = addWorkerLocked(null);
                }
            } else if (live < maximumPoolSize) {
                started = addWorkerLocked(command);
                rejected = started == null;
            } else {
                rejected = true;
            }
        }
        if (started != null) {
            started.thread.start();
        }
        if (rejected) {
            reject(command);
        }
    }

    final void reject(Runnable command) {
        handler.rejectedExecution(command, this);
    }

    private boolean enqueueLocked(Runnable command) {
        if (workQueue.offer(command)) {
            notifyAll();
            return true;
        }
        if (idle > handOff.size()) {
            handOff.addLast(command);
            notifyAll();
            return true;
        }
        return false;
    }

    /**
     * Creates a worker (not yet started); null when the thread factory declines, or when the pool
     * no longer takes threads: once stopped, or once shut down unless queued tasks remain for a
     * worker without a first task.
     */
    private Worker addWorkerLocked(Runnable firstTask) {
        if (state >= STOP || (state == SHUTDOWN && (firstTask != null || (handOff.isEmpty() && workQueue.isEmpty())))) {
            return null;
        }
        Worker w = new Worker(firstTask);
        Thread t = threadFactory.newThread(w);
        if (t == null) {
            return null;
        }
        w.thread = t;
        workers.add(w);
        live++;
        if (live > largestPoolSize) {
            largestPoolSize = live;
        }
        return w;
    }

    /** Adds a task to the work queue directly (the scheduled executor's path) and wakes the workers. */
    final synchronized void addToQueue(Runnable task) {
        workQueue.add(task);
        notifyAll();
    }

    /** Whether shutdownNow has been called. */
    final synchronized boolean isStopped() {
        return state >= STOP;
    }

    /** Starts a worker without a first task when the pool is below {@code min} threads. */
    final void ensureWorkers(int min) {
        Worker w = null;
        synchronized (this) {
            if (state < STOP && live < min) {
                w = addWorkerLocked(null);
            }
        }
        if (w != null) {
            w.thread.start();
        }
    }

    private void runWorker(Worker w) {
        Thread me = Thread.currentThread();
        Runnable task = w.firstTask;
        w.firstTask = null;
        boolean abrupt = true;
        try {
            while (task != null || (task = getTask()) != null) {
                synchronized (this) {
                    active++;
                    if (state >= STOP) {
                        me.interrupt();
                    } else {
                        Thread.interrupted();
                    }
                }
                try {
                    beforeExecute(me, task);
                    Throwable thrown = null;
                    try {
                        task.run();
                    } catch (RuntimeException | Error x) {
                        thrown = x;
                        throw x;
                    } finally {
                        afterExecute(task, thrown);
                    }
                } finally {
                    task = null;
                    synchronized (this) {
                        active--;
                        completed++;
                    }
                }
            }
            abrupt = false;
        } finally {
            workerExit(w, abrupt);
        }
    }

    /** The next task, waiting for one; null when this worker is to end (live was decremented). */
    private synchronized Runnable getTask() {
        long keepAliveDeadline = System.nanoTime() + keepAliveNanos;
        boolean timedOut = false;
        while (true) {
            if (state >= STOP || (state == SHUTDOWN && handOff.isEmpty() && workQueue.isEmpty())) {
                live--;
                return null;
            }
            boolean timed = allowCoreThreadTimeOut || live > corePoolSize;
            if ((live > maximumPoolSize || (timed && timedOut))
                    && (live > 1 || (handOff.isEmpty() && workQueue.isEmpty()))) {
                live--;
                return null;
            }
            Runnable r = handOff.pollFirst();
            if (r == null) {
                r = workQueue.poll();
            }
            if (r != null) {
                return r;
            }
            long waitNanos = timed ? keepAliveDeadline - System.nanoTime() : Long.MAX_VALUE;
            if (workQueue instanceof ScheduledThreadPoolExecutor.DelayedWorkQueue dq) {
                waitNanos = Math.min(waitNanos, dq.nanosUntilHeadIsDue());
            }
            if (waitNanos > 0) {
                idle++;
                try {
                    if (waitNanos == Long.MAX_VALUE) {
                        wait();
                    } else {
                        wait(Math.max(1, (waitNanos + 999_999) / 1_000_000));
                    }
                } catch (InterruptedException e) {
                    // re-check the state
                } finally {
                    idle--;
                }
            }
            timedOut = timed && System.nanoTime() - keepAliveDeadline >= 0;
        }
    }

    private void workerExit(Worker w, boolean abrupt) {
        boolean replace;
        synchronized (this) {
            if (abrupt) {
                live--;
            }
            workers.remove(w);
            tryTerminateLocked();
            int min = allowCoreThreadTimeOut ? 0 : corePoolSize;
            if (min == 0 && !(handOff.isEmpty() && workQueue.isEmpty())) {
                min = 1;
            }
            replace = state < STOP && (abrupt || live < min);
        }
        if (replace) {
            Worker nw;
            synchronized (this) {
                nw = state < STOP ? addWorkerLocked(null) : null;
            }
            if (nw != null) {
                nw.thread.start();
            }
        }
    }

    private void tryTerminateLocked() {
        if (state == RUNNING || state >= TIDYING || live != 0) {
            return;
        }
        if (state == SHUTDOWN && !(handOff.isEmpty() && workQueue.isEmpty())) {
            return;
        }
        state = TIDYING;
        try {
            terminated();
        } finally {
            state = TERMINATED;
            notifyAll();
        }
    }

    /** Called before each task, in the thread that runs it. */
    protected void beforeExecute(Thread t, Runnable r) {
    }

    /** Called after each task, with what it threw (null when it completed normally). */
    protected void afterExecute(Runnable r, Throwable t) {
    }

    /** Called once the executor has terminated. */
    protected void terminated() {
    }

    // ------------------------------------------------------------------ shutting down

    /** Hook for the scheduled executor: drops the delayed tasks its policies say not to run. */
    void onShutdown() {
    }

    @Override
    public void shutdown() {
        synchronized (this) {
            if (state == RUNNING) {
                state = SHUTDOWN;
            }
        }
        onShutdown();
        synchronized (this) {
            notifyAll();
            tryTerminateLocked();
        }
    }

    @Override
    public List<Runnable> shutdownNow() {
        List<Runnable> pending = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        synchronized (this) {
            if (state < STOP) {
                state = STOP;
            }
            for (Worker w : workers) {
                running.add(w.thread);
            }
            pending.addAll(handOff);
            handOff.clear();
            workQueue.drainTo(pending);
            if (!workQueue.isEmpty()) {
                for (Object r : workQueue.toArray()) {
                    if (workQueue.remove(r)) {
                        pending.add((Runnable) r);
                    }
                }
            }
            notifyAll();
        }
        for (Thread t : running) {
            t.interrupt();
        }
        synchronized (this) {
            tryTerminateLocked();
        }
        return pending;
    }

    @Override
    public synchronized boolean isShutdown() {
        return state != RUNNING;
    }

    public synchronized boolean isTerminating() {
        return state != RUNNING && state != TERMINATED;
    }

    @Override
    public synchronized boolean isTerminated() {
        return state == TERMINATED;
    }

    @Override
    public synchronized boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (state != TERMINATED) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, Math.min((left + 999_999) / 1_000_000, Long.MAX_VALUE / 2)));
        }
        return true;
    }

    // ------------------------------------------------------------------ configuration and statistics

    public void setThreadFactory(ThreadFactory threadFactory) {
        if (threadFactory == null) {
            throw new NullPointerException();
        }
        this.threadFactory = threadFactory;
    }

    public ThreadFactory getThreadFactory() {
        return threadFactory;
    }

    public void setRejectedExecutionHandler(RejectedExecutionHandler handler) {
        if (handler == null) {
            throw new NullPointerException();
        }
        this.handler = handler;
    }

    public RejectedExecutionHandler getRejectedExecutionHandler() {
        return handler;
    }

    public void setCorePoolSize(int corePoolSize) {
        List<Worker> started = new ArrayList<>();
        synchronized (this) {
            if (corePoolSize < 0 || maximumPoolSize < corePoolSize) {
                throw new IllegalArgumentException();
            }
            int delta = corePoolSize - this.corePoolSize;
            this.corePoolSize = corePoolSize;
            if (live > corePoolSize) {
                notifyAll();
            } else if (delta > 0) {
                int k = Math.min(delta, workQueue.size() + handOff.size());
                while (k-- > 0 && state == RUNNING && live < corePoolSize) {
                    Worker w = addWorkerLocked(null);
                    if (w == null) {
                        break;
                    }
                    started.add(w);
                }
            }
        }
        for (Worker w : started) {
            w.thread.start();
        }
    }

    public synchronized int getCorePoolSize() {
        return corePoolSize;
    }

    public boolean prestartCoreThread() {
        Worker w;
        synchronized (this) {
            w = state == RUNNING && live < corePoolSize ? addWorkerLocked(null) : null;
        }
        if (w != null) {
            w.thread.start();
        }
        return w != null;
    }

    public int prestartAllCoreThreads() {
        int n = 0;
        while (prestartCoreThread()) {
            n++;
        }
        return n;
    }

    public synchronized boolean allowsCoreThreadTimeOut() {
        return allowCoreThreadTimeOut;
    }

    public synchronized void allowCoreThreadTimeOut(boolean value) {
        if (value && keepAliveNanos <= 0) {
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        }
        if (value != allowCoreThreadTimeOut) {
            allowCoreThreadTimeOut = value;
            notifyAll();
        }
    }

    public synchronized void setMaximumPoolSize(int maximumPoolSize) {
        if (maximumPoolSize <= 0 || maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException();
        }
        this.maximumPoolSize = maximumPoolSize;
        if (live > maximumPoolSize) {
            notifyAll();
        }
    }

    public synchronized int getMaximumPoolSize() {
        return maximumPoolSize;
    }

    public synchronized void setKeepAliveTime(long time, TimeUnit unit) {
        if (time < 0) {
            throw new IllegalArgumentException();
        }
        if (time == 0 && allowCoreThreadTimeOut) {
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        }
        long nanos = unit.toNanos(time);
        boolean shorter = nanos < keepAliveNanos;
        keepAliveNanos = nanos;
        if (shorter) {
            notifyAll();
        }
    }

    public synchronized long getKeepAliveTime(TimeUnit unit) {
        return unit.convert(keepAliveNanos, TimeUnit.NANOSECONDS);
    }

    public BlockingQueue<Runnable> getQueue() {
        return workQueue;
    }

    public boolean remove(Runnable task) {
        boolean removed;
        synchronized (this) {
            removed = handOff.remove(task) || workQueue.remove(task);
            tryTerminateLocked();
        }
        return removed;
    }

    /** Removes the cancelled Futures from the work queue. */
    public void purge() {
        synchronized (this) {
            for (Object r : workQueue.toArray()) {
                if (r instanceof Future<?> f && f.isCancelled()) {
                    workQueue.remove(r);
                }
            }
            tryTerminateLocked();
        }
    }

    public synchronized int getPoolSize() {
        return state >= TIDYING ? 0 : live;
    }

    public synchronized int getActiveCount() {
        return active;
    }

    public synchronized int getLargestPoolSize() {
        return largestPoolSize;
    }

    public synchronized long getTaskCount() {
        return completed + active + workQueue.size() + handOff.size();
    }

    public synchronized long getCompletedTaskCount() {
        return completed;
    }

    @Override
    public String toString() {
        String s;
        int pool;
        int running;
        int queued;
        long done;
        synchronized (this) {
            s = state == RUNNING ? "Running" : state == TERMINATED ? "Terminated" : "Shutting down";
            pool = live;
            running = active;
            queued = workQueue.size() + handOff.size();
            done = completed;
        }
        return super.toString() + "[" + s + ", pool size = " + pool + ", active threads = " + running
                + ", queued tasks = " + queued + ", completed tasks = " + done + "]";
    }

    // ------------------------------------------------------------------ rejection policies

    /** Runs the rejected task in the thread that called {@code execute}, unless the executor is shut down. */
    public static class CallerRunsPolicy implements RejectedExecutionHandler {
        public CallerRunsPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                r.run();
            }
        }
    }

    /** Throws RejectedExecutionException (the default policy). */
    public static class AbortPolicy implements RejectedExecutionHandler {
        public AbortPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            throw new RejectedExecutionException("Task " + r.toString() + " rejected from " + e.toString());
        }
    }

    /** Drops the rejected task. */
    public static class DiscardPolicy implements RejectedExecutionHandler {
        public DiscardPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
        }
    }

    /** Drops the oldest queued task and retries the rejected one, unless the executor is shut down. */
    public static class DiscardOldestPolicy implements RejectedExecutionHandler {
        public DiscardOldestPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                e.getQueue().poll();
                e.execute(r);
            }
        }
    }
}
