package dev.mayfly.jdk.java.util.concurrent;

/** java.util.concurrent.ScheduledFuture on Mayfly: the result of a task scheduled to run after a delay. */
public interface ScheduledFuture<V> extends Delayed, Future<V> {
}
