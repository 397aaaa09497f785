package dev.mayfly.jdk.java.util.concurrent;

/** java.util.concurrent.RejectedExecutionHandler on Mayfly: what a ThreadPoolExecutor does with a task it cannot take. */
public interface RejectedExecutionHandler {
    void rejectedExecution(Runnable r, ThreadPoolExecutor executor);
}
