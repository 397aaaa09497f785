package dev.mayfly.jdk.concurrent;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * java.util.concurrent.atomic.AtomicBoolean's memory-order variants (JDK 9): plain, opaque,
 * acquire/release and volatile reads, writes and compare-and-exchange. On Mayfly's one processor
 * with cooperative threads every access is sequentially consistent, so each is the plain
 * {@code get}/{@code set}/{@code compareAndSet}; compare-and-exchange returns the witness value
 * (a thread never switches between its read and its write).
 */
@PatchFor("java.util.concurrent.atomic.AtomicBoolean")
public final class AtomicBooleanPatch {
    private AtomicBooleanPatch() {
    }

    @InstanceMethod
    public static boolean getPlain(AtomicBoolean self) {
        return self.get();
    }

    @InstanceMethod
    public static void setPlain(AtomicBoolean self, boolean newValue) {
        self.set(newValue);
    }

    @InstanceMethod
    public static boolean getOpaque(AtomicBoolean self) {
        return self.get();
    }

    @InstanceMethod
    public static void setOpaque(AtomicBoolean self, boolean newValue) {
        self.set(newValue);
    }

    @InstanceMethod
    public static boolean getAcquire(AtomicBoolean self) {
        return self.get();
    }

    @InstanceMethod
    public static void setRelease(AtomicBoolean self, boolean newValue) {
        self.set(newValue);
    }

    @InstanceMethod
    public static boolean compareAndExchange(AtomicBoolean self, boolean expectedValue, boolean newValue) {
        boolean witness = self.get();
        if (witness == expectedValue) {
            self.set(newValue);
        }
        return witness;
    }

    @InstanceMethod
    public static boolean compareAndExchangeAcquire(AtomicBoolean self, boolean expectedValue, boolean newValue) {
        boolean witness = self.get();
        if (witness == expectedValue) {
            self.set(newValue);
        }
        return witness;
    }

    @InstanceMethod
    public static boolean compareAndExchangeRelease(AtomicBoolean self, boolean expectedValue, boolean newValue) {
        boolean witness = self.get();
        if (witness == expectedValue) {
            self.set(newValue);
        }
        return witness;
    }

    @InstanceMethod
    public static boolean weakCompareAndSetPlain(AtomicBoolean self, boolean expectedValue, boolean newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }

    @InstanceMethod
    public static boolean weakCompareAndSetVolatile(AtomicBoolean self, boolean expectedValue, boolean newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }

    @InstanceMethod
    public static boolean weakCompareAndSetAcquire(AtomicBoolean self, boolean expectedValue, boolean newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }

    @InstanceMethod
    public static boolean weakCompareAndSetRelease(AtomicBoolean self, boolean expectedValue, boolean newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }
}
