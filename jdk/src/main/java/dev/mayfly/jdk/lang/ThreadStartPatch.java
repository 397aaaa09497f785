package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import dev.mayfly.jdk.patch.Prologue;

/**
 * java.lang.Thread's state checks (Thread's Javadoc): a thread starts once — a second
 * {@code start()} throws IllegalThreadStateException — and cannot change its daemon status while
 * alive. The compiler's Thread checked neither and has no record of having been started, so the
 * started threads are remembered here, by identity. A thread that has ended is forgotten when the
 * record fills up (so a server that starts a thread per connection does not keep them all): a
 * second {@code start()} of an ended thread is caught only until then. Not a WeakHashMap: inside
 * the image its entries outlived their keys and named a later thread as started (the kernel's
 * network thread could not start).
 */
@PatchFor("java.lang.Thread")
public final class ThreadStartPatch {
    private static Thread[] started = new Thread[16];
    private static int count;

    private ThreadStartPatch() {
    }

    /** Runs before {@code start()}. */
    @InstanceMethod
    @Prologue
    public static void start(Thread self) {
        if (wasStarted(self)) {
            throw new IllegalThreadStateException();
        }
        if (count == started.length) {
            forgetEndedThreads();
        }
        started[count++] = self;
    }

    /** Runs before {@code setDaemon(boolean)}. */
    @InstanceMethod
    @Prologue
    public static void setDaemon(Thread self, boolean on) {
        if (self.isAlive() && wasStarted(self)) {
            throw new IllegalThreadStateException();
        }
    }

    private static boolean wasStarted(Thread t) {
        for (int i = 0; i < count; i++) {
            if (started[i] == t) {
                return true;
            }
        }
        return false;
    }

    /** Drops the threads that have ended; grows the record if every one is still alive. */
    private static void forgetEndedThreads() {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (started[i].isAlive()) {
                started[kept++] = started[i];
            }
        }
        java.util.Arrays.fill(started, kept, count, null);
        count = kept;
        if (count > started.length / 2) {
            started = java.util.Arrays.copyOf(started, started.length * 2);
        }
    }
}
