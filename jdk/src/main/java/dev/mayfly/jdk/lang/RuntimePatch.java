package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import dev.mayfly.kernel.Kernel;

/** java.lang.Runtime on Mayfly: {@code exit} and {@code halt} end the VM. */
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
}
