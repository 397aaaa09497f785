package dev.mayfly.jdk.sun.net.httpserver;

import java.util.ArrayDeque;

/**
 * The server's dispatcher thread, which runs every handler when no executor is set (the JDK's
 * default: handlers run one at a time on the thread named {@code HTTP-Dispatcher}). Requests are
 * read on the connections' own threads, so a slow client delays no handler.
 */
final class Dispatcher implements Runnable {
    static final String THREAD_NAME = "HTTP-Dispatcher";

    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean stopped;
    private final Thread thread;

    Dispatcher() {
        thread = new Thread(this, THREAD_NAME);
    }

    void start() {
        thread.start();
    }

    synchronized void execute(Runnable task) {
        if (stopped) {
            throw new java.util.concurrent.RejectedExecutionException("server stopped");
        }
        tasks.addLast(task);
        notifyAll();
    }

    /** Lets the thread end once the queue is empty; waits for that unless called on the dispatcher itself. */
    void stop() throws InterruptedException {
        synchronized (this) {
            stopped = true;
            notifyAll();
        }
        if (Thread.currentThread() != thread && thread.isAlive()) {
            thread.join();
        }
    }

    @Override
    public void run() {
        while (true) {
            Runnable task;
            synchronized (this) {
                while (tasks.isEmpty() && !stopped) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (tasks.isEmpty()) {
                    return;
                }
                task = tasks.removeFirst();
            }
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                // Only an Error gets here (Exchange.run catches exceptions); its exchange has closed
                // its connection. Report it and serve on.
                System.err.print("Exception in thread \"" + THREAD_NAME + "\" ");
                e.printStackTrace();
            }
        }
    }
}
