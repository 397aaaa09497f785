package dev.mayfly.vmm.kvm;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * A way to make one thread's KVM_RUN return at once, from another thread, without a signal handler.
 *
 * <p>The vCPU thread blocks {@link #SIGNAL} for itself and gives KVM a signal mask without it
 * (KVM_SET_SIGNAL_MASK), so the signal is deliverable only while the thread is inside KVM_RUN: there a
 * pending kick makes KVM_RUN return EINTR, and outside KVM_RUN it merely stays pending (never running a
 * default action that would end the process). The thread consumes it with {@link #drain} before it ends.
 * The kicker must only kick while the thread is still alive; {@link dev.mayfly.vmm.vstate.Vcpu} guards that.
 */
public final class ThreadKick {
    /** The real-time signal used: glibc's SIGRTMIN (34) + 7; the JVM does not use it. */
    public static final int SIGNAL = 41;
    /** Bytes of the kernel's sigset, which KVM_SET_SIGNAL_MASK expects in kvm_signal_mask.len. */
    private static final int KERNEL_SIGSET_BYTES = 8;

    private final MemorySegment set;
    private final MemorySegment previous;
    private final MemorySegment zeroTimeout;
    private final MemorySegment kvmMask;
    private final int thread;

    private ThreadKick(Arena arena) {
        set = arena.allocate(KERNEL_SIGSET_BYTES, 8);
        previous = arena.allocate(KERNEL_SIGSET_BYTES, 8);
        zeroTimeout = arena.allocate(16, 8);
        set.set(JAVA_LONG, 0, 1L << (SIGNAL - 1));
        Libc.blockSignals(set, previous);
        kvmMask = arena.allocate(KvmStructs.SIGNAL_MASK.byteSize() + KERNEL_SIGSET_BYTES, 8);
        kvmMask.set(JAVA_INT, 0, KERNEL_SIGSET_BYTES);
        kvmMask.set(JAVA_LONG_UNALIGNED, KvmStructs.SIGNAL_MASK.byteSize(), previous.get(JAVA_LONG, 0) & ~(1L << (SIGNAL - 1)));
        thread = Libc.threadId();
    }

    /** Blocks the kick signal in the calling thread and describes the mask KVM should run it with. */
    public static ThreadKick forCurrentThread(Arena arena) {
        return new ThreadKick(arena);
    }

    /** The kvm_signal_mask to pass to KVM_SET_SIGNAL_MASK. */
    public MemorySegment kvmSignalMask() {
        return kvmMask;
    }

    /** Sends the kick; the caller guarantees the thread has not ended. */
    public void kick() {
        Libc.signalThread(thread, SIGNAL);
    }

    /** Consumes any kick still pending for the calling (vCPU) thread. */
    public void drain() {
        while (Libc.takePendingSignal(set, zeroTimeout) == SIGNAL) {
            // one more consumed
        }
    }
}
