package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import dev.mayfly.jdk.patch.Prologue;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * java.lang.Thread's state checks (Thread's Javadoc): a thread starts once — a second
 * {@code start()} throws IllegalThreadStateException — and cannot change its daemon status while
 * alive. The compiler's Thread checked neither and has no record of having been started, so the
 * started threads are remembered here (weakly).
 */
@PatchFor("java.lang.Thread")
public final class ThreadStartPatch {
    private static final Map<Thread, Boolean> STARTED = new WeakHashMap<>();

    private ThreadStartPatch() {
    }

    /** Runs before {@code start()}. */
    @InstanceMethod
    @Prologue
    public static void start(Thread self) {
        if (STARTED.containsKey(self)) {
            throw new IllegalThreadStateException();
        }
        STARTED.put(self, Boolean.TRUE);
    }

    /** Runs before {@code setDaemon(boolean)}. */
    @InstanceMethod
    @Prologue
    public static void setDaemon(Thread self, boolean on) {
        if (STARTED.containsKey(self) && self.isAlive()) {
            throw new IllegalThreadStateException();
        }
    }
}
