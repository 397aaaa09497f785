package dev.mayfly.vmm.kvm;

/**
 * The KVM capabilities the VMM relies on ({@code KVM_CAP_*} in {@code <linux/kvm.h>}), checked with
 * KVM_CHECK_EXTENSION when /dev/kvm is opened.
 */
public enum KvmCapability {
    IRQCHIP(0),
    USER_MEMORY(3),
    SET_TSS_ADDR(4),
    EXT_CPUID(7),
    IRQFD(32),
    PIT2(33),
    IOEVENTFD(36),
    GET_TSC_KHZ(61),
    IMMEDIATE_EXIT(136);

    private final int number;

    KvmCapability(int number) {
        this.number = number;
    }

    /** The KVM_CAP_* number. */
    public int number() {
        return number;
    }
}
