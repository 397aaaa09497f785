package dev.mayfly.jdk.java.util.concurrent;

/** java.util.concurrent.Future on Mayfly: the result of an asynchronous computation. */
public interface Future<V> {
    boolean cancel(boolean mayInterruptIfRunning);

    boolean isCancelled();

    boolean isDone();

    V get() throws InterruptedException, java.util.concurrent.ExecutionException;

    V get(long timeout, java.util.concurrent.TimeUnit unit)
            throws InterruptedException, java.util.concurrent.ExecutionException, TimeoutException;
}
