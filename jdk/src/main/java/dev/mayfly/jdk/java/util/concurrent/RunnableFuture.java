package dev.mayfly.jdk.java.util.concurrent;

/** java.util.concurrent.RunnableFuture on Mayfly: a Future that is also the Runnable computing it. */
public interface RunnableFuture<V> extends Runnable, Future<V> {
    @Override
    void run();
}
