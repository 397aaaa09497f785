package dev.mayfly.jdk.java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.ScheduledThreadPoolExecutor on Mayfly: a ThreadPoolExecutor of a fixed
 * number of core threads whose work queue holds the tasks ordered by the time they are due (then
 * by submission order). Idle workers wait on the executor's monitor until the head task is due;
 * a periodic task re-enters the queue after each run, at its next time (fixed rate: the last
 * due time plus the period; fixed delay: the end of the run plus the delay). By default, as in the
 * JDK, delayed tasks still run after {@code shutdown} and periodic ones do not.
 */
public class ScheduledThreadPoolExecutor extends ThreadPoolExecutor implements ScheduledExecutorService {
    private static final long DEFAULT_KEEPALIVE_MILLIS = 10L;

    private static long sequencer;

    private volatile boolean continueExistingPeriodicTasksAfterShutdown;
    private volatile boolean executeExistingDelayedTasksAfterShutdown = true;
    private volatile boolean removeOnCancel;

    public ScheduledThreadPoolExecutor(int corePoolSize) {
        super(corePoolSize, Integer.MAX_VALUE, DEFAULT_KEEPALIVE_MILLIS, TimeUnit.MILLISECONDS, new DelayedWorkQueue());
    }

    public ScheduledThreadPoolExecutor(int corePoolSize, ThreadFactory threadFactory) {
        super(corePoolSize, Integer.MAX_VALUE, DEFAULT_KEEPALIVE_MILLIS, TimeUnit.MILLISECONDS,
                new DelayedWorkQueue(), threadFactory);
    }

    public ScheduledThreadPoolExecutor(int corePoolSize, RejectedExecutionHandler handler) {
        super(corePoolSize, Integer.MAX_VALUE, DEFAULT_KEEPALIVE_MILLIS, TimeUnit.MILLISECONDS,
                new DelayedWorkQueue(), handler);
    }

    public ScheduledThreadPoolExecutor(int corePoolSize, ThreadFactory threadFactory, RejectedExecutionHandler handler) {
        super(corePoolSize, Integer.MAX_VALUE, DEFAULT_KEEPALIVE_MILLIS, TimeUnit.MILLISECONDS,
                new DelayedWorkQueue(), threadFactory, handler);
    }

    private static synchronized long nextSequence() {
        return sequencer++;
    }

    /** The nanoTime at which a task with this delay is due (delays far in the future are capped so that times compare without overflow). */
    static long triggerTime(long delay, TimeUnit unit) {
        long nanos = unit.toNanos(delay < 0 ? 0 : delay);
        return System.nanoTime() + Math.min(nanos, Long.MAX_VALUE >> 1);
    }

    /** A task with the time it is due and, when periodic, its period (positive: fixed rate; negative: fixed delay). */
    private final class ScheduledFutureTask<V> extends FutureTask<V> implements RunnableScheduledFuture<V> {
        private final long sequenceNumber;
        private final long period;
        private volatile long time;
        RunnableScheduledFuture<V> outerTask = this;

        ScheduledFutureTask(Runnable r, V result, long triggerTime, long period) {
            super(r, result);
            this.time = triggerTime;
            this.period = period;
            this.sequenceNumber = nextSequence();
        }

        ScheduledFutureTask(Callable<V> callable, long triggerTime) {
            super(callable);
            this.time = triggerTime;
            this.period = 0;
            this.sequenceNumber = nextSequence();
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(time - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            if (other == this) {
                return 0;
            }
            if (other instanceof ScheduledThreadPoolExecutor.ScheduledFutureTask<?> x) {
                long diff = time - x.time;
                if (diff < 0) {
                    return -1;
                } else if (diff > 0) {
                    return 1;
                }
                return sequenceNumber < x.sequenceNumber ? -1 : 1;
            }
            long diff = getDelay(TimeUnit.NANOSECONDS) - other.getDelay(TimeUnit.NANOSECONDS);
            return diff < 0 ? -1 : diff > 0 ? 1 : 0;
        }

        @Override
        public boolean isPeriodic() {
            return period != 0;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled && removeOnCancel) {
                ScheduledThreadPoolExecutor.this.remove(this);
            }
            return cancelled;
        }

        @Override
        public void run() {
            if (!canRunInCurrentRunState(this)) {
                cancel(false);
            } else if (!isPeriodic()) {
                super.run();
            } else if (runAndReset()) {
                time = period > 0 ? time + period : triggerTime(-period, TimeUnit.NANOSECONDS);
                reExecutePeriodic(outerTask);
            }
        }
    }

    private boolean canRunInCurrentRunState(RunnableScheduledFuture<?> task) {
        if (!isShutdown()) {
            return true;
        }
        if (isStopped()) {
            return false;
        }
        return task.isPeriodic() ? continueExistingPeriodicTasksAfterShutdown
                : executeExistingDelayedTasksAfterShutdown || task.getDelay(TimeUnit.NANOSECONDS) <= 0;
    }

    private void delayedExecute(RunnableScheduledFuture<?> task) {
        if (isShutdown()) {
            reject(task);
            return;
        }
        addToQueue(task);
        if (!canRunInCurrentRunState(task) && remove(task)) {
            task.cancel(false);
        } else {
            ensureWorkers(Math.max(1, getCorePoolSize()));
        }
    }

    private void reExecutePeriodic(RunnableScheduledFuture<?> task) {
        if (canRunInCurrentRunState(task)) {
            addToQueue(task);
            if (canRunInCurrentRunState(task) || !remove(task)) {
                ensureWorkers(Math.max(1, getCorePoolSize()));
                return;
            }
        }
        task.cancel(false);
    }

    @Override
    void onShutdown() {
        boolean keepDelayed = executeExistingDelayedTasksAfterShutdown;
        boolean keepPeriodic = continueExistingPeriodicTasksAfterShutdown;
        BlockingQueue<Runnable> q = getQueue();
        for (Object e : q.toArray()) {
            if (e instanceof RunnableScheduledFuture<?> t) {
                boolean drop = t.isPeriodic() ? !keepPeriodic : !keepDelayed && t.getDelay(TimeUnit.NANOSECONDS) > 0;
                if ((drop || t.isCancelled()) && q.remove(t)) {
                    t.cancel(false);
                }
            }
        }
    }

    /** Lets a subclass replace the task that runs a command; returns {@code task} itself here. */
    protected <V> RunnableScheduledFuture<V> decorateTask(Runnable runnable, RunnableScheduledFuture<V> task) {
        return task;
    }

    /** Lets a subclass replace the task that runs a callable; returns {@code task} itself here. */
    protected <V> RunnableScheduledFuture<V> decorateTask(Callable<V> callable, RunnableScheduledFuture<V> task) {
        return task;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (command == null || unit == null) {
            throw new NullPointerException();
        }
        RunnableScheduledFuture<Void> t = decorateTask(command,
                new ScheduledFutureTask<Void>(command, null, triggerTime(delay, unit), 0));
        delayedExecute(t);
        return t;
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        if (callable == null || unit == null) {
            throw new NullPointerException();
        }
        RunnableScheduledFuture<V> t = decorateTask(callable, new ScheduledFutureTask<V>(callable, triggerTime(delay, unit)));
        delayedExecute(t);
        return t;
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        if (command == null || unit == null) {
            throw new NullPointerException();
        }
        if (period <= 0L) {
            throw new IllegalArgumentException();
        }
        return schedulePeriodic(command, initialDelay, unit, unit.toNanos(period));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        if (command == null || unit == null) {
            throw new NullPointerException();
        }
        if (delay <= 0L) {
            throw new IllegalArgumentException();
        }
        return schedulePeriodic(command, initialDelay, unit, -unit.toNanos(delay));
    }

    private ScheduledFuture<?> schedulePeriodic(Runnable command, long initialDelay, TimeUnit unit, long period) {
        ScheduledFutureTask<Void> sft = new ScheduledFutureTask<>(command, null, triggerTime(initialDelay, unit), period);
        RunnableScheduledFuture<Void> t = decorateTask(command, sft);
        sft.outerTask = t;
        delayedExecute(t);
        return t;
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public Future<?> submit(Runnable task) {
        return schedule(task, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        return schedule(Executors.callable(task, result), 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        return schedule(task, 0, TimeUnit.NANOSECONDS);
    }

    public void setContinueExistingPeriodicTasksAfterShutdownPolicy(boolean value) {
        continueExistingPeriodicTasksAfterShutdown = value;
        if (!value && isShutdown()) {
            onShutdown();
        }
    }

    public boolean getContinueExistingPeriodicTasksAfterShutdownPolicy() {
        return continueExistingPeriodicTasksAfterShutdown;
    }

    public void setExecuteExistingDelayedTasksAfterShutdownPolicy(boolean value) {
        executeExistingDelayedTasksAfterShutdown = value;
        if (!value && isShutdown()) {
            onShutdown();
        }
    }

    public boolean getExecuteExistingDelayedTasksAfterShutdownPolicy() {
        return executeExistingDelayedTasksAfterShutdown;
    }

    public void setRemoveOnCancelPolicy(boolean value) {
        removeOnCancel = value;
    }

    public boolean getRemoveOnCancelPolicy() {
        return removeOnCancel;
    }

    @Override
    public void shutdown() {
        super.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return super.shutdownNow();
    }

    @Override
    public BlockingQueue<Runnable> getQueue() {
        return super.getQueue();
    }

    /**
     * The work queue: the scheduled tasks in a binary heap ordered by due time; {@code poll} hands
     * out only a task that is due, and the executor's workers wait for {@link #nanosUntilHeadIsDue}.
     */
    static final class DelayedWorkQueue extends AbstractQueue<Runnable> implements BlockingQueue<Runnable> {
        private final BinaryHeap<Runnable> heap = new BinaryHeap<>(16, null);

        synchronized long nanosUntilHeadIsDue() {
            Runnable head = heap.peek();
            return head == null ? Long.MAX_VALUE : Math.max(0, ((Delayed) head).getDelay(TimeUnit.NANOSECONDS));
        }

        private boolean headIsDue() {
            Runnable head = heap.peek();
            return head != null && ((Delayed) head).getDelay(TimeUnit.NANOSECONDS) <= 0;
        }

        @Override
        public synchronized boolean offer(Runnable e) {
            if (e == null) {
                throw new NullPointerException();
            }
            heap.add(e);
            notifyAll();
            return true;
        }

        @Override
        public void put(Runnable e) {
            offer(e);
        }

        @Override
        public boolean offer(Runnable e, long timeout, TimeUnit unit) {
            return offer(e);
        }

        @Override
        public synchronized Runnable poll() {
            return headIsDue() ? heap.poll() : null;
        }

        @Override
        public synchronized Runnable take() throws InterruptedException {
            while (!headIsDue()) {
                long wait = nanosUntilHeadIsDue();
                if (wait == Long.MAX_VALUE) {
                    wait();
                } else {
                    wait(Math.max(1, (wait + 999_999) / 1_000_000));
                }
            }
            Runnable r = heap.poll();
            notifyAll();
            return r;
        }

        @Override
        public synchronized Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (!headIsDue()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                long wait = Math.min(left, nanosUntilHeadIsDue());
                wait(Math.max(1, (wait + 999_999) / 1_000_000));
            }
            return heap.poll();
        }

        @Override
        public synchronized Runnable peek() {
            return heap.peek();
        }

        @Override
        public synchronized int size() {
            return heap.size();
        }

        @Override
        public synchronized boolean isEmpty() {
            return heap.size() == 0;
        }

        @Override
        public int remainingCapacity() {
            return Integer.MAX_VALUE;
        }

        @Override
        public synchronized boolean contains(Object o) {
            return heap.indexOfIdentity(o) >= 0 || heap.indexOf(o) >= 0;
        }

        @Override
        public synchronized boolean remove(Object o) {
            int i = heap.indexOfIdentity(o);
            if (i < 0) {
                i = heap.indexOf(o);
            }
            if (i < 0) {
                return false;
            }
            heap.removeAt(i);
            return true;
        }

        @Override
        public synchronized void clear() {
            for (Object e : heap.toArray()) {
                if (e instanceof Future<?> f) {
                    f.cancel(false);
                }
            }
            heap.clear();
        }

        @Override
        public synchronized Object[] toArray() {
            return heap.toArray();
        }

        @Override
        public int drainTo(Collection<? super Runnable> c) {
            return drainTo(c, Integer.MAX_VALUE);
        }

        @Override
        public synchronized int drainTo(Collection<? super Runnable> c, int maxElements) {
            if (c == null) {
                throw new NullPointerException();
            }
            if (c == this) {
                throw new IllegalArgumentException();
            }
            int n = 0;
            while (n < maxElements && headIsDue()) {
                c.add(heap.poll());
                n++;
            }
            return n;
        }

        @Override
        public Iterator<Runnable> iterator() {
            return new SnapshotIterator<>(toArray(), DelayedWorkQueue.this::remove);
        }
    }
}
