package dev.mayfly.kernel;

import dev.mayfly.kernel.arch.NativeKernel;

/**
 * The kernel services the class library ({@code jdk/}) builds the JDK's behaviour on. Safe for
 * any code to call; raw memory stays inside the kernel.
 */
public final class Kernel {
    private Kernel() {
    }

    /** Ends the VM with this status after flushing System.out and System.err. */
    public static void exit(int status) {
        System.out.flush();
        System.err.flush();
        NativeKernel.exit(status);
    }

    /** Sets the status the VM ends with when the application's threads have all finished. */
    public static void setExitStatus(int status) {
        NativeKernel.setExitStatus(status);
    }

    /** Bytes of RAM not yet handed out by the kernel's frame allocator. */
    public static long freeMemory() {
        return NativeKernel.freeMemory();
    }

    /** Bytes of RAM the kernel manages. */
    public static long totalMemory() {
        return NativeKernel.totalMemory();
    }
}
