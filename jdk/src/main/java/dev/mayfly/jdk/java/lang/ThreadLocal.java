package dev.mayfly.jdk.java.lang;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * java.lang.ThreadLocal on Mayfly (compiled as {@code java.lang.ThreadLocal}): a variable with a
 * value per thread. Each thread's values sit in a map from the variable to its value, kept per
 * thread object (weakly, so a finished thread's values go with it); {@link InheritableThreadLocal}
 * values are copied into a thread when it is constructed, as the JDK does. Replaces the compiler's,
 * which had no inheritance.
 */
public class ThreadLocal<T> {
    /** Every thread's values, by thread. */
    private static final Map<Thread, Map<ThreadLocal<?>, Object>> VALUES = new WeakHashMap<>();

    public ThreadLocal() {
    }

    /** The value a thread sees before it sets one; null unless overridden. */
    protected T initialValue() {
        return null;
    }

    /** A thread-local variable whose initial value comes from {@code supplier}. */
    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        if (supplier == null) {
            throw new NullPointerException();
        }
        return new ThreadLocal<>() {
            @Override
            protected S initialValue() {
                return supplier.get();
            }
        };
    }

    private static Map<ThreadLocal<?>, Object> valuesOf(Thread thread, boolean create) {
        Map<ThreadLocal<?>, Object> values = VALUES.get(thread);
        if (values == null && create) {
            values = new IdentityHashMap<>();
            VALUES.put(thread, values);
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    public T get() {
        Map<ThreadLocal<?>, Object> values = valuesOf(Thread.currentThread(), true);
        if (values.containsKey(this)) {
            return (T) values.get(this);
        }
        T value = initialValue();
        values.put(this, value);
        return value;
    }

    public void set(T value) {
        valuesOf(Thread.currentThread(), true).put(this, value);
    }

    public void remove() {
        Map<ThreadLocal<?>, Object> values = valuesOf(Thread.currentThread(), false);
        if (values != null) {
            values.remove(this);
        }
    }

    /** Gives {@code child} the child values of {@code parent}'s inheritable thread-locals. */
    static void inherit(Thread parent, Thread child) {
        if (parent == null || parent == child) {
            return;
        }
        Map<ThreadLocal<?>, Object> values = valuesOf(parent, false);
        if (values == null) {
            return;
        }
        Map<ThreadLocal<?>, Object> inherited = null;
        for (Map.Entry<ThreadLocal<?>, Object> e : values.entrySet()) {
            if (e.getKey() instanceof InheritableThreadLocal<?> local) {
                if (inherited == null) {
                    inherited = valuesOf(child, true);
                }
                inherited.put(local, local.inheritedValue(e.getValue()));
            }
        }
    }
}
