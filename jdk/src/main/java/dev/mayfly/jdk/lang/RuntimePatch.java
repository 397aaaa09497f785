package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import dev.mayfly.kernel.Kernel;

/**
 * java.lang.Runtime on Mayfly: {@code exit} and {@code halt} end the VM; the memory figures come
 * from the kernel and keep the JDK's invariants {@code 0 <= freeMemory <= totalMemory <= maxMemory}
 * (the compiler's class library answers {@code Integer.MAX_VALUE} for all of them); one processor.
 */
@PatchFor("java.lang.Runtime")
public final class RuntimePatch {
    private RuntimePatch() {
    }

    /** {@link Runtime#exit}. */
    @InstanceMethod
    public static void exit(Runtime self, int status) {
        Kernel.exit(status);
    }

    /** {@link Runtime#halt}. */
    @InstanceMethod
    public static void halt(Runtime self, int status) {
        Kernel.exit(status);
    }

    /** {@link Runtime#maxMemory()}: the RAM the kernel manages, the most the heap can ever grow to. */
    @InstanceMethod
    public static long maxMemory(Runtime self) {
        return Math.max(1, Kernel.totalMemory());
    }

    /** {@link Runtime#totalMemory()}: the RAM the kernel manages (heap pages are committed from it on demand). */
    @InstanceMethod
    public static long totalMemory(Runtime self) {
        return maxMemory(self);
    }

    /** {@link Runtime#freeMemory()}: the RAM not yet handed out, clamped to {@code [0, totalMemory]}. */
    @InstanceMethod
    public static long freeMemory(Runtime self) {
        return Math.clamp(Kernel.freeMemory(), 0, totalMemory(self));
    }

    /** {@link Runtime#availableProcessors()}: Mayfly runs on one virtual CPU. */
    @InstanceMethod
    public static int availableProcessors(Runtime self) {
        return 1;
    }
}
