package dev.mayfly.kernel;

import dev.mayfly.kernel.arch.NativeKernel;

/**
 * The kernel services the class library ({@code jdk/}) builds the JDK's behaviour on. Safe for
 * any code to call; raw memory stays inside the kernel.
 */
public final class Kernel {
    private Kernel() {
    }

    /** How long {@link #exit} lets sockets deliver what was written to them. */
    public static final long EXIT_DRAIN_MILLIS = 2_000;

    /**
     * Ends the VM with this status, after the sockets delivered what was written to them (at most
     * {@link #EXIT_DRAIN_MILLIS}) and System.out and System.err were flushed.
     */
    public static void exit(int status) {
        if (dev.mayfly.kernel.net.Network.isStarted()) {
            // Data the application wrote to its sockets still reaches the peers, as on an OS.
            dev.mayfly.kernel.net.Network.stack().drainBeforeExit(EXIT_DRAIN_MILLIS);
        }
        dev.mayfly.kernel.runtime.GcTrace.atEnd();
        System.out.flush();
        System.err.flush();
        NativeKernel.exit(status);
    }

    /**
     * The application's last non-daemon thread has ended (the runtime calls this where it would end
     * its event loop): returns true when the sockets still deliver what was written to them — the
     * network stack then runs {@code end} once they have, at most {@link #EXIT_DRAIN_MILLIS} later —
     * and false when the VM may end now. Prints the collector's totals first when {@code mayfly.trace=gc}
     * is on. Neither polls nor suspends.
     */
    public static boolean endAfterSocketsDeliver(Runnable end) {
        dev.mayfly.kernel.runtime.GcTrace.atEnd();
        return dev.mayfly.kernel.net.Network.isStarted()
                && dev.mayfly.kernel.net.Network.stack().endWhenDelivered(EXIT_DRAIN_MILLIS, end);
    }

    /** Sets the status the VM ends with when the application's threads have all finished. */
    public static void setExitStatus(int status) {
        NativeKernel.setExitStatus(status);
    }

    /**
     * The state of {@code thread}, as {@code Thread.getState()} reports it: the image records it
     * as the thread starts, waits for or on a monitor, sleeps and ends.
     */
    public static Thread.State threadState(Thread thread) {
        return dev.mayfly.kernel.runtime.ThreadStates.of(thread);
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
