package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import dev.mayfly.jdk.patch.Prologue;

/**
 * java.lang.Thread's daemon check (Thread's Javadoc): {@code setDaemon} of a thread that is alive
 * throws IllegalThreadStateException; the compiler's Thread did not check. The check of
 * {@code start()} — a thread starts once only, so a second start throws even after the thread
 * ended — needs the state that the image records in each Thread object, and is the image
 * builder's (ThreadStateLinker calls the kernel's ThreadStates first in {@code start()}).
 */
@PatchFor("java.lang.Thread")
public final class ThreadDaemonPatch {
    private ThreadDaemonPatch() {
    }

    /** Runs before {@code setDaemon(boolean)}. */
    @InstanceMethod
    @Prologue
    public static void setDaemon(Thread self, boolean on) {
        if (self.isAlive()) {
            throw new IllegalThreadStateException();
        }
    }
}
