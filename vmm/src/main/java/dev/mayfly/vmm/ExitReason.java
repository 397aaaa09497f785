package dev.mayfly.vmm;

/**
 * Why a VM ended, and the exit status each reason maps to when it is not the guest's own.
 *
 * <p>The fixed statuses (121–125, 143) are chosen to stay clear of the small numbers programs
 * usually exit with; 124 follows GNU {@code timeout}, 143 is 128 + SIGTERM. A guest may still exit
 * with one of these values itself: {@link ExitResult#reason()} tells the two apart.
 */
public enum ExitReason {
    /** The guest wrote its exit status to the exit port (0xF4); the status is the value written. */
    GUEST_EXIT(-1),
    /** The guest shut down without an exit status: a triple fault (KVM_EXIT_SHUTDOWN) or a system event. */
    SHUTDOWN(121),
    /** KVM could not emulate or continue the guest (KVM_EXIT_INTERNAL_ERROR). */
    INTERNAL_ERROR(122),
    /** The processor refused to enter the guest (KVM_EXIT_FAIL_ENTRY): inconsistent vCPU state. */
    FAIL_ENTRY(123),
    /** The VM ran longer than its timeout and was stopped. */
    TIMEOUT(124),
    /** The VMM itself failed while running the guest (an unexpected exit, a failing system call). */
    VMM_ERROR(125),
    /** {@link MicroVm#stop()} ended the VM (SIGTERM, Ctrl-C, a supervisor). */
    STOPPED(143);

    private final int status;

    ExitReason(int status) {
        this.status = status;
    }

    /** The exit status this reason maps to; meaningless for {@link #GUEST_EXIT}, whose status comes from the guest. */
    public int status() {
        return status;
    }
}
