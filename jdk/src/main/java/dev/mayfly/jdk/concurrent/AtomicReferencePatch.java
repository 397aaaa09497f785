package dev.mayfly.jdk.concurrent;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * java.util.concurrent.atomic.AtomicReference's acquire/release compare-and-exchange and weak
 * compare-and-set variants (JDK 9), which TeaVM lacks: on Mayfly's one processor with cooperative
 * threads each is the plain operation (references compared by identity, as the JDK does).
 */
@PatchFor("java.util.concurrent.atomic.AtomicReference")
public final class AtomicReferencePatch {
    private AtomicReferencePatch() {
    }

    @InstanceMethod
    public static <V> V compareAndExchangeAcquire(AtomicReference<V> self, V expectedValue, V newValue) {
        V witness = self.get();
        if (witness == expectedValue) {
            self.set(newValue);
        }
        return witness;
    }

    @InstanceMethod
    public static <V> V compareAndExchangeRelease(AtomicReference<V> self, V expectedValue, V newValue) {
        V witness = self.get();
        if (witness == expectedValue) {
            self.set(newValue);
        }
        return witness;
    }

    @InstanceMethod
    public static <V> boolean weakCompareAndSetPlain(AtomicReference<V> self, V expectedValue, V newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }

    @InstanceMethod
    public static <V> boolean weakCompareAndSetVolatile(AtomicReference<V> self, V expectedValue, V newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }

    @InstanceMethod
    public static <V> boolean weakCompareAndSetAcquire(AtomicReference<V> self, V expectedValue, V newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }

    @InstanceMethod
    public static <V> boolean weakCompareAndSetRelease(AtomicReference<V> self, V expectedValue, V newValue) {
        return self.compareAndSet(expectedValue, newValue);
    }
}
