package dev.mayfly.jdk.concurrent;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.ListIterator;

/**
 * The snapshot iterator of java.util.concurrent.CopyOnWriteArrayList: {@code remove}, {@code set}
 * and {@code add} throw UnsupportedOperationException without a message, as the JDK's (the compiler's
 * class library says "Unsupported operation remove" and so on).
 */
@PatchFor("java.util.concurrent.CopyOnWriteArrayList$ListIteratorImpl")
public final class CopyOnWriteIteratorPatch {
    private CopyOnWriteIteratorPatch() {
    }

    @InstanceMethod
    public static void remove(ListIterator<?> self) {
        throw new UnsupportedOperationException();
    }

    @InstanceMethod
    public static void set(ListIterator<?> self, Object element) {
        throw new UnsupportedOperationException();
    }

    @InstanceMethod
    public static void add(ListIterator<?> self, Object element) {
        throw new UnsupportedOperationException();
    }
}
