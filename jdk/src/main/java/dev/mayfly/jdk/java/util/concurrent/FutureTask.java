package dev.mayfly.jdk.java.util.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.FutureTask on Mayfly: a cancellable computation whose result waiting
 * threads receive through the task's monitor (Mayfly's threads are cooperative green threads, so
 * {@code wait}/{@code notifyAll} are the blocking primitive).
 */
public class FutureTask<V> implements RunnableFuture<V> {
    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int FAILED = 3;
    private static final int CANCELLED = 4;

    private Callable<V> callable;
    private int state;
    private V result;
    private Throwable failure;
    private Thread runner;

    public FutureTask(Callable<V> callable) {
        if (callable == null) {
            throw new NullPointerException();
        }
        this.callable = callable;
    }

    public FutureTask(Runnable runnable, V result) {
        this(new Executors.RunnableAdapter<>(runnable, result));
    }

    @Override
    public void run() {
        Callable<V> c;
        synchronized (this) {
            if (state != NEW) {
                return;
            }
            state = RUNNING;
            runner = Thread.currentThread();
            c = callable;
        }
        V value = null;
        Throwable thrown = null;
        try {
            value = c.call();
        } catch (Throwable t) {
            thrown = t;
        }
        synchronized (this) {
            runner = null;
            if (state == RUNNING) {
                if (thrown != null) {
                    failure = thrown;
                    state = FAILED;
                } else {
                    result = value;
                    state = DONE;
                }
            }
            callable = null;
            notifyAll();
        }
        done();
    }

    /**
     * Runs the computation without setting a result, leaving the task ready to run again (for
     * periodic tasks); false when it threw, was cancelled, or had already completed.
     */
    protected boolean runAndReset() {
        Callable<V> c;
        synchronized (this) {
            if (state != NEW) {
                return false;
            }
            state = RUNNING;
            runner = Thread.currentThread();
            c = callable;
        }
        Throwable thrown = null;
        try {
            c.call();
        } catch (Throwable t) {
            thrown = t;
        }
        synchronized (this) {
            runner = null;
            if (state != RUNNING) {
                return false;
            }
            if (thrown != null) {
                failure = thrown;
                state = FAILED;
                callable = null;
                notifyAll();
            } else {
                state = NEW;
                return true;
            }
        }
        done();
        return false;
    }

    /** Called once the task has completed (normally, exceptionally or by cancellation). */
    protected void done() {
    }

    protected synchronized void set(V v) {
        if (state == NEW || state == RUNNING) {
            result = v;
            state = DONE;
            notifyAll();
        }
    }

    protected synchronized void setException(Throwable t) {
        if (state == NEW || state == RUNNING) {
            failure = t;
            state = FAILED;
            notifyAll();
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        Thread toInterrupt;
        synchronized (this) {
            if (state != NEW && state != RUNNING) {
                return false;
            }
            state = CANCELLED;
            toInterrupt = mayInterruptIfRunning ? runner : null;
            notifyAll();
        }
        if (toInterrupt != null) {
            toInterrupt.interrupt();
        }
        done();
        return true;
    }

    @Override
    public synchronized boolean isCancelled() {
        return state == CANCELLED;
    }

    @Override
    public synchronized boolean isDone() {
        return state >= DONE;
    }

    @Override
    public synchronized V get() throws InterruptedException, ExecutionException {
        while (state < DONE) {
            wait();
        }
        return report();
    }

    @Override
    public synchronized V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (state < DONE) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException();
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return report();
    }

    @Override
    public synchronized V resultNow() {
        return switch (state) {
            case DONE -> result;
            case FAILED -> throw new IllegalStateException("Task completed with exception");
            case CANCELLED -> throw new IllegalStateException("Task was cancelled");
            default -> throw new IllegalStateException("Task has not completed");
        };
    }

    @Override
    public synchronized Throwable exceptionNow() {
        return switch (state) {
            case DONE -> throw new IllegalStateException("Task completed with a result");
            case FAILED -> failure;
            case CANCELLED -> throw new IllegalStateException("Task was cancelled");
            default -> throw new IllegalStateException("Task has not completed");
        };
    }

    @Override
    public synchronized State state() {
        return switch (state) {
            case DONE -> State.SUCCESS;
            case FAILED -> State.FAILED;
            case CANCELLED -> State.CANCELLED;
            default -> State.RUNNING;
        };
    }

    private V report() throws ExecutionException {
        if (state == DONE) {
            return result;
        }
        if (state == CANCELLED) {
            throw new CancellationException();
        }
        throw new ExecutionException(failure);
    }

    @Override
    public String toString() {
        String status;
        synchronized (this) {
            status = switch (state) {
                case DONE -> "[Completed normally]";
                case FAILED -> "[Completed exceptionally: " + failure + "]";
                case CANCELLED -> "[Cancelled]";
                default -> callable == null ? "[Not completed]" : "[Not completed, task = " + callable + "]";
            };
        }
        return super.toString() + status;
    }
}
