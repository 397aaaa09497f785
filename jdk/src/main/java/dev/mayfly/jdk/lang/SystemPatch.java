package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;
import dev.mayfly.kernel.Environment;
import dev.mayfly.kernel.Kernel;
import java.util.Map;

/** java.lang.System on Mayfly: {@code exit} ends the VM, {@code getenv} reads the kernel's environment. */
@PatchFor("java.lang.System")
public final class SystemPatch {
    private SystemPatch() {
    }

    /** {@link System#exit}: flushes the console and ends the VM with this status. */
    public static void exit(int status) {
        Kernel.exit(status);
    }

    /** {@link System#getenv(String)}. */
    public static String getenv(String name) {
        return Environment.get(name);
    }

    /** {@link System#getenv()}. */
    public static Map<String, String> getenv() {
        return Environment.all();
    }
}
