package dev.mayfly.jdk.concurrent;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * java.util.concurrent.atomic.AtomicLong's memory-order variants (JDK 9): plain, opaque,
 * acquire/release and volatile reads, writes and compare-and-exchange. On Mayfly's one processor
 * with cooperative threads every access is sequentially consistent, so each is the plain
 * {@code get}/{@code set}/{@code compareAndSet}; compare-and-exchange returns the witness value
 * (a thread never switches between its read and its write).
 */
@PatchFor("java.util.concurrent.atomic.AtomicLong")
public final class AtomicLongPatch {
    private AtomicLongPatch() {
    }

    @InstanceMethod
    public static long getPlain(AtomicLong self) {
        return self.get();
    }

    @InstanceMethod
    public static void setPlain(AtomicLong self, long newValue) {
        self.set(newValue);
    }

    @InstanceMethod
    public static long getOpaque(AtomicLong self) {
        return self.get();
    }

    @InstanceMethod
    public static void setOpaque(AtomicLong self, long newValue) {
        self.set(newValue);
    }

    @InstanceMethod
    public static long getAcquire(AtomicLong self) {
        return self.get();
    }

    @InstanceMethod
    public static void setRelease(AtomicLong self, long newValue) {
        self.set(newValue);
    }

    @InstanceMethod
    public static long compareAndExchange(AtomicLong self, long expectedValue, long newValue) {
        long witness = self.get();
        if (witness == expectedValue) {
            self.set(newValue);
        }
        return witness;
    }

    @InstanceMethod
    public static long compareAndExchangeAcquire(AtomicLong self, long expectedValue, long newValue) {
        long witness = self.get();
        if (witness == expectedValue) {
            self.set(newValue);
        }
        return witness;
    }

    @InstanceMethod
    public static long compareAndExchangeRelease(AtomicLong self, long expectedValue, long newValue) {
        long witness = self.get();
        if (witness == expectedValue) {
            self.set(newValue);
        }
        return witness;
    }

    @InstanceMethod
    public static boolean weakCompareAndSetPlain(AtomicLong self, long expectedValue, long newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }

    @InstanceMethod
    public static boolean weakCompareAndSetVolatile(AtomicLong self, long expectedValue, long newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }

    @InstanceMethod
    public static boolean weakCompareAndSetAcquire(AtomicLong self, long expectedValue, long newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }

    @InstanceMethod
    public static boolean weakCompareAndSetRelease(AtomicLong self, long expectedValue, long newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }
}
