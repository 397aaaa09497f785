package dev.mayfly.vmm.kvm;

/** Values of kvm_run.exit_reason ({@code KVM_EXIT_*} in {@code <linux/kvm.h>}) that the VMM handles or names. */
public final class KvmExitReason {
    private KvmExitReason() {}

    public static final int UNKNOWN = 0;
    public static final int EXCEPTION = 1;
    public static final int IO = 2;
    public static final int HYPERCALL = 3;
    public static final int DEBUG = 4;
    public static final int HLT = 5;
    public static final int MMIO = 6;
    public static final int IRQ_WINDOW_OPEN = 7;
    public static final int SHUTDOWN = 8;
    public static final int FAIL_ENTRY = 9;
    public static final int INTR = 10;
    public static final int INTERNAL_ERROR = 17;
    public static final int SYSTEM_EVENT = 24;

    /** The header's name of {@code reason}, for reports. */
    public static String name(int reason) {
        return switch (reason) {
            case UNKNOWN -> "KVM_EXIT_UNKNOWN";
            case EXCEPTION -> "KVM_EXIT_EXCEPTION";
            case IO -> "KVM_EXIT_IO";
            case HYPERCALL -> "KVM_EXIT_HYPERCALL";
            case DEBUG -> "KVM_EXIT_DEBUG";
            case HLT -> "KVM_EXIT_HLT";
            case MMIO -> "KVM_EXIT_MMIO";
            case IRQ_WINDOW_OPEN -> "KVM_EXIT_IRQ_WINDOW_OPEN";
            case SHUTDOWN -> "KVM_EXIT_SHUTDOWN";
            case FAIL_ENTRY -> "KVM_EXIT_FAIL_ENTRY";
            case INTR -> "KVM_EXIT_INTR";
            case INTERNAL_ERROR -> "KVM_EXIT_INTERNAL_ERROR";
            case SYSTEM_EVENT -> "KVM_EXIT_SYSTEM_EVENT";
            default -> "KVM exit " + reason;
        };
    }
}
