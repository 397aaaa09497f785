package dev.mayfly.jdk.java.util.concurrent;

/** java.util.concurrent.BrokenBarrierException on Mayfly (compiled as {@code java.util.concurrent.BrokenBarrierException}). */
public class BrokenBarrierException extends Exception {
    public BrokenBarrierException() {
    }

    public BrokenBarrierException(String message) {
        super(message);
    }
}
