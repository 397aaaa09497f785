package dev.mayfly.vmm;

/**
 * How a VM ended: the reason, the exit status (the guest's for {@link ExitReason#GUEST_EXIT}, the
 * reason's own otherwise) and, for crashes, a report with the KVM exit and the vCPU registers.
 *
 * @param reason why the VM ended
 * @param status the exit status to hand on (a process would exit with its low 8 bits)
 * @param report empty for a normal exit; otherwise a multi-line description for the user
 */
public record ExitResult(ExitReason reason, int status, String report) {
    /** A guest exit with the status it wrote. */
    public static ExitResult guestExit(int status) {
        return new ExitResult(ExitReason.GUEST_EXIT, status, "");
    }

    /** An exit for {@code reason} with its fixed status. */
    public static ExitResult of(ExitReason reason, String report) {
        return new ExitResult(reason, reason.status(), report);
    }

    /** Whether the guest exited by itself with status 0. */
    public boolean isSuccess() {
        return reason == ExitReason.GUEST_EXIT && status == 0;
    }
}
