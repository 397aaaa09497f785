package dev.mayfly.kernel.runtime;

import dev.mayfly.kernel.arch.NativeKernel;
import org.teavm.interop.StaticInit;

/**
 * Java's {@link StackOverflowError}: the image builder starts every method that calls others with
 * a stack check written out in place: a compare of the shadow-stack top, which lives on the
 * native stack, with {@link #limit}, and a call of {@link #overflow()} when it is below. All
 * threads are the runtime's
 * green threads on the one main stack, so one limit serves them all.
 *
 * <p>The limit sits {@link #RESERVE} above the bottom of the main stack, leaving room for the
 * code that never checks (the collector, the C kernel, musl) and for throwing the error. While
 * the error is made, the limit drops to {@link #LAST_RESORT}; it is back up before the error
 * is returned by {@link #overflow()}, so a handler that runs near the bottom and calls deeper gets a
 * StackOverflowError of its own, as on HotSpot.
 */
@StaticInit
public final class StackLimit {
    /** Bytes between the limit and the bottom of the main stack. */
    public static final long RESERVE = 128 << 10;
    /** Bytes kept below the limit while a StackOverflowError is being made. */
    public static final long LAST_RESORT = 32 << 10;

    /** The lowest stack top a method may start with; read by the check the image builder inlines. */
    public static long limit;
    private static long bottom;

    private StackLimit() {
    }

    /** Arms the check; called once at boot, before the application runs. */
    public static void install() {
        bottom = NativeKernel.mainStackBottom();
        limit = bottom + RESERVE;
    }

    /** The StackOverflowError to throw, made with the limit lowered to {@link #LAST_RESORT}. */
    public static StackOverflowError overflow() {
        long armed = limit;
        if (armed == bottom + LAST_RESORT) {
            NativeKernel.panic("stack overflow while throwing StackOverflowError");
        }
        limit = bottom + LAST_RESORT;
        StackOverflowError error;
        try {
            error = new StackOverflowError();
        } finally {
            limit = armed;
        }
        return error;
    }
}
