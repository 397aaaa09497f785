package dev.mayfly.jdk.java.util.concurrent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The executor {@link Executors#newThreadPerTaskExecutor} returns: each task runs in a new thread
 * from the factory; the executor terminates once it is shut down and every such thread has ended.
 */
final class ThreadPerTaskExecutor extends AbstractExecutorService {
    private final ThreadFactory factory;
    private final Set<Thread> threads = new HashSet<>();
    private boolean shutdown;

    ThreadPerTaskExecutor(ThreadFactory factory) {
        if (factory == null) {
            throw new NullPointerException();
        }
        this.factory = factory;
    }

    @Override
    public void execute(Runnable command) {
        if (command == null) {
            throw new NullPointerException();
        }
        Thread t;
        synchronized (this) {
            if (shutdown) {
                throw new RejectedExecutionException();
            }
            t = factory.newThread(new Runnable() {
                @Override
                public void run() {
                    try {
                        command.run();
                    } finally {
                        finished(Thread.currentThread());
                    }
                }
            });
            if (t == null) {
                throw new RejectedExecutionException();
            }
            threads.add(t);
        }
        t.start();
    }

    private synchronized void finished(Thread t) {
        threads.remove(t);
        notifyAll();
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
        notifyAll();
    }

    @Override
    public List<Runnable> shutdownNow() {
        List<Thread> running;
        synchronized (this) {
            shutdown = true;
            running = new ArrayList<>(threads);
        }
        for (Thread t : running) {
            t.interrupt();
        }
        return new ArrayList<>();
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown && threads.isEmpty();
    }

    @Override
    public synchronized boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!isTerminated()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, (left + 999_999) / 1_000_000));
        }
        return true;
    }
}
