package dev.mayfly.kernel.net;

/**
 * How the network stack gets its {@link NetworkStack#service()} calls: inside the image from the
 * runtime's event loop (dev.mayfly.kernel.arch.EventLoopScheduler), on HotSpot from a thread.
 * Both methods are called with the stack's lock held and must not block or call back.
 */
public interface ServiceScheduler {
    /** Arranges one call of {@code service()} as soon as possible. */
    void serviceSoon();

    /** Arranges a call of {@code service()} at monotonic time {@code atMillis}, replacing the previous one; {@link Long#MAX_VALUE} cancels it. */
    void serviceAt(long atMillis);
}
