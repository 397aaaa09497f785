package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import dev.mayfly.jdk.patch.Prologue;

/**
 * java.lang.Thread's state checks (Thread's Javadoc): {@code start()} of a thread that is alive
 * throws IllegalThreadStateException, and so does {@code setDaemon} while it is alive. The
 * compiler's Thread checked neither. A second {@code start()} after the thread has ended is not
 * caught: the compiler's Thread keeps no record of having been started, and a record kept here
 * (a WeakHashMap, then an identity array) named threads that had never started as started inside
 * the image, so no image with networking booted — see conformance/expected-failures.txt.
 */
@PatchFor("java.lang.Thread")
public final class ThreadStartPatch {
    private ThreadStartPatch() {
    }

    /** Runs before {@code start()}. */
    @InstanceMethod
    @Prologue
    public static void start(Thread self) {
        if (self.isAlive()) {
            throw new IllegalThreadStateException();
        }
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
