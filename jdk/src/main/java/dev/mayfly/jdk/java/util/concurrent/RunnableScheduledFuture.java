package dev.mayfly.jdk.java.util.concurrent;

/** java.util.concurrent.RunnableScheduledFuture on Mayfly: a ScheduledFuture that is also its Runnable. */
public interface RunnableScheduledFuture<V> extends RunnableFuture<V>, ScheduledFuture<V> {
    /** Whether the task runs repeatedly. */
    boolean isPeriodic();
}
