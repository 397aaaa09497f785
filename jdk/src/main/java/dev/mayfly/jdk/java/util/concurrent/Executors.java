package dev.mayfly.jdk.java.util.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** java.util.concurrent.Executors on Mayfly: thread pools of the runtime's cooperative green threads. */
public final class Executors {
    private static int poolNumber;

    private Executors() {
    }

    public static ExecutorService newFixedThreadPool(int nThreads) {
        return newFixedThreadPool(nThreads, defaultThreadFactory());
    }

    public static ExecutorService newFixedThreadPool(int nThreads, ThreadFactory threadFactory) {
        return new ThreadPoolExecutor(nThreads, nThreads, 0L, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), threadFactory);
    }

    public static ExecutorService newSingleThreadExecutor() {
        return newFixedThreadPool(1);
    }

    public static ExecutorService newSingleThreadExecutor(ThreadFactory threadFactory) {
        return newFixedThreadPool(1, threadFactory);
    }

    /** A pool that grows without bound (a thread for each task that finds no idle thread). */
    public static ExecutorService newCachedThreadPool() {
        return newCachedThreadPool(defaultThreadFactory());
    }

    public static ExecutorService newCachedThreadPool(ThreadFactory threadFactory) {
        return new ThreadPoolExecutor(Integer.MAX_VALUE, Integer.MAX_VALUE, 60L, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threadFactory);
    }

    /** Mayfly has one processor: a work-stealing pool is a pool of one worker. */
    public static ExecutorService newWorkStealingPool() {
        return newFixedThreadPool(1);
    }

    public static ExecutorService newWorkStealingPool(int parallelism) {
        return newFixedThreadPool(parallelism);
    }

    public static ThreadFactory defaultThreadFactory() {
        int pool;
        synchronized (Executors.class) {
            pool = ++poolNumber;
        }
        int[] threadNumber = {0};
        return r -> {
            Thread t = new Thread(r, "pool-" + pool + "-thread-" + (++threadNumber[0]));
            t.setDaemon(false);
            t.setPriority(Thread.NORM_PRIORITY);
            return t;
        };
    }

    public static <T> Callable<T> callable(Runnable task, T result) {
        if (task == null) {
            throw new NullPointerException();
        }
        return () -> {
            task.run();
            return result;
        };
    }

    public static Callable<Object> callable(Runnable task) {
        return callable(task, null);
    }
}
