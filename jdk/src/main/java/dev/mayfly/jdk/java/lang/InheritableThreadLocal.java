package dev.mayfly.jdk.java.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import dev.mayfly.jdk.patch.Prologue;

/**
 * java.lang.InheritableThreadLocal on Mayfly (compiled as {@code java.lang.InheritableThreadLocal}):
 * a thread-local variable whose value a new thread takes from the thread that constructs it,
 * through {@link #childValue}. It is also the patch that makes the copy: its one public static
 * method runs at the start of Thread's constructor (listed in the class-library patches under its
 * JDK name, so it shares this class's state).
 */
@PatchFor("java.lang.Thread")
public class InheritableThreadLocal<T> extends ThreadLocal<T> {
    public InheritableThreadLocal() {
    }

    /** The child's value from the parent's; the same value unless overridden. */
    protected T childValue(T parentValue) {
        return parentValue;
    }

    @SuppressWarnings("unchecked")
    final Object inheritedValue(Object parentValue) {
        return childValue((T) parentValue);
    }

    /** Runs before {@code Thread(Runnable, String)}, the constructor the others delegate to: the new thread inherits. */
    @InstanceMethod
    @Prologue("<init>")
    public static void inheritThreadLocals(Thread created, Runnable target, String name) {
        ThreadLocal.inherit(Thread.currentThread(), created);
    }
}
