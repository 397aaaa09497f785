package dev.mayfly.jdk.java.util.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.ThreadPoolExecutor on Mayfly, in the shape Executors hands out: a fixed
 * number of worker threads (created on demand up to the core size, or one per task when the pool
 * is unbounded) taking tasks from an unbounded queue; on Mayfly the workers are the runtime's
 * cooperative green threads.
 */
public class ThreadPoolExecutor extends AbstractExecutorService {
    private static final int RUNNING = 0;
    private static final int SHUTDOWN = 1;
    private static final int STOP = 2;

    private final int corePoolSize;
    private final ThreadFactory threadFactory;
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private final List<Thread> workers = new ArrayList<>();
    private int idle;
    private int state = RUNNING;
    private int live;
    private long completed;

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                              java.util.concurrent.BlockingQueue<Runnable> workQueue) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory());
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                              java.util.concurrent.BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory) {
        if (corePoolSize < 0 || maximumPoolSize <= 0 || maximumPoolSize < corePoolSize || keepAliveTime < 0) {
            throw new IllegalArgumentException();
        }
        if (workQueue == null || threadFactory == null) {
            throw new NullPointerException();
        }
        this.corePoolSize = corePoolSize == 0 ? maximumPoolSize : corePoolSize;
        this.threadFactory = threadFactory;
    }

    @Override
    public void execute(Runnable command) {
        if (command == null) {
            throw new NullPointerException();
        }
        Thread start = null;
        synchronized (this) {
            if (state != RUNNING) {
                throw new RejectedExecutionException("Task " + command + " rejected from " + this);
            }
            queue.addLast(command);
            if (idle == 0 && live < corePoolSize) {
                start = threadFactory.newThread(this::work);
                if (start == null) {
                    throw new RejectedExecutionException("the thread factory returned null");
                }
                workers.add(start);
                live++;
            } else {
                notifyAll();
            }
        }
        if (start != null) {
            start.start();
        }
    }

    private void work() {
        while (true) {
            Runnable task;
            synchronized (this) {
                while (queue.isEmpty() && state == RUNNING) {
                    idle++;
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // re-check the state
                    } finally {
                        idle--;
                    }
                }
                if (queue.isEmpty() || state == STOP) {
                    live--;
                    workers.remove(Thread.currentThread());
                    notifyAll();
                    return;
                }
                task = queue.pollFirst();
            }
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                Thread t = Thread.currentThread();
                Thread.UncaughtExceptionHandler h = t.getUncaughtExceptionHandler();
                if (h != null) {
                    h.uncaughtException(t, e);
                }
            }
            synchronized (this) {
                completed++;
            }
        }
    }

    @Override
    public synchronized void shutdown() {
        if (state == RUNNING) {
            state = SHUTDOWN;
        }
        notifyAll();
    }

    @Override
    public List<Runnable> shutdownNow() {
        List<Runnable> pending;
        List<Thread> running;
        synchronized (this) {
            state = STOP;
            pending = new ArrayList<>(queue);
            queue.clear();
            running = new ArrayList<>(workers);
            notifyAll();
        }
        for (Thread t : running) {
            t.interrupt();
        }
        return pending;
    }

    @Override
    public synchronized boolean isShutdown() {
        return state != RUNNING;
    }

    @Override
    public synchronized boolean isTerminated() {
        return state != RUNNING && live == 0 && (queue.isEmpty() || state == STOP);
    }

    @Override
    public synchronized boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!isTerminated()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, Math.min(left / 1_000_000, Integer.MAX_VALUE)));
        }
        return true;
    }

    public synchronized int getPoolSize() {
        return live;
    }

    public int getCorePoolSize() {
        return corePoolSize;
    }

    public synchronized long getCompletedTaskCount() {
        return completed;
    }

    @Override
    public synchronized String toString() {
        String s = state == RUNNING ? "Running" : isTerminated() ? "Terminated" : "Shutting down";
        return super.toString() + "[" + s + ", pool size = " + live + ", active threads = " + (live - idle)
                + ", queued tasks = " + queue.size() + ", completed tasks = " + completed + "]";
    }
}
