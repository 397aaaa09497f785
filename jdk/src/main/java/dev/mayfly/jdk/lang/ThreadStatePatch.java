package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import dev.mayfly.kernel.Kernel;

/**
 * {@code Thread.getState()}, which the compiler's Thread lacks: the state the image records for
 * each thread (the kernel's ThreadStates, kept up to date by the image builder's ThreadStateLinker
 * and by the kernel's monitors).
 */
@PatchFor("java.lang.Thread")
public final class ThreadStatePatch {
    private ThreadStatePatch() {
    }

    /** {@code Thread.getState()}. */
    @InstanceMethod
    public static Thread.State getState(Thread self) {
        return Kernel.threadState(self);
    }
}
