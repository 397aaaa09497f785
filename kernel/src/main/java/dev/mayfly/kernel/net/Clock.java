package dev.mayfly.kernel.net;

/** The monotonic millisecond clock the network stack runs on. */
public interface Clock {
    long nowMillis();

    /** {@code System.nanoTime()} in milliseconds: monotonic on HotSpot and in the image alike. */
    Clock SYSTEM = () -> System.nanoTime() / 1_000_000L;
}
