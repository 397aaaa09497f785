package dev.mayfly.jdk.java.util.concurrent;

/** java.util.concurrent.ThreadFactory on Mayfly: creates the threads of an executor. */
public interface ThreadFactory {
    Thread newThread(Runnable r);
}
