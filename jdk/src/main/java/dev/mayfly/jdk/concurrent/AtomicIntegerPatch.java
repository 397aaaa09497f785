package dev.mayfly.jdk.concurrent;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * java.util.concurrent.atomic.AtomicInteger's memory-order variants (JDK 9): plain, opaque,
 * acquire/release and volatile reads, writes and compare-and-exchange. On Mayfly's one processor
 * with cooperative threads every access is sequentially consistent, so each is the plain
 * {@code get}/{@code set}/{@code compareAndSet}; compare-and-exchange returns the witness value
 * (a thread never switches between its read and its write).
 */
@PatchFor("java.util.concurrent.atomic.AtomicInteger")
public final class AtomicIntegerPatch {
    private AtomicIntegerPatch() {
    }

    @InstanceMethod
    public static int getPlain(AtomicInteger self) {
        return self.get();
    }

    @InstanceMethod
    public static void setPlain(AtomicInteger self, int newValue) {
        self.set(newValue);
    }

    @InstanceMethod
    public static int getOpaque(AtomicInteger self) {
        return self.get();
    }

    @InstanceMethod
    public static void setOpaque(AtomicInteger self, int newValue) {
        self.set(newValue);
    }

    @InstanceMethod
    public static int getAcquire(AtomicInteger self) {
        return self.get();
    }

    @InstanceMethod
    public static void setRelease(AtomicInteger self, int newValue) {
        self.set(newValue);
    }

    @InstanceMethod
    public static int compareAndExchange(AtomicInteger self, int expectedValue, int newValue) {
        int witness = self.get();
        if (witness == expectedValue) {
            self.set(newValue);
        }
        return witness;
    }

    @InstanceMethod
    public static int compareAndExchangeAcquire(AtomicInteger self, int expectedValue, int newValue) {
        int witness = self.get();
        if (witness == expectedValue) {
            self.set(newValue);
        }
        return witness;
    }

    @InstanceMethod
    public static int compareAndExchangeRelease(AtomicInteger self, int expectedValue, int newValue) {
        int witness = self.get();
        if (witness == expectedValue) {
            self.set(newValue);
        }
        return witness;
    }

    @InstanceMethod
    public static boolean weakCompareAndSetPlain(AtomicInteger self, int expectedValue, int newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }

    @InstanceMethod
    public static boolean weakCompareAndSetVolatile(AtomicInteger self, int expectedValue, int newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }

    @InstanceMethod
    public static boolean weakCompareAndSetAcquire(AtomicInteger self, int expectedValue, int newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }

    @InstanceMethod
    public static boolean weakCompareAndSetRelease(AtomicInteger self, int expectedValue, int newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }
}
