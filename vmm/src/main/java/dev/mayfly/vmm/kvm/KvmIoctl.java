package dev.mayfly.vmm.kvm;

import java.lang.foreign.MemoryLayout;

/**
 * The KVM ioctls the VMM issues, with their request numbers as {@code <linux/kvm.h>} computes them on
 * x86-64: {@code dir << 30 | size << 16 | 0xAE << 8 | nr}.
 *
 * <p>The numbers are written out literally; each constructor checks that the size field of the number
 * equals the byte size of the struct layout passed with it, so a layout that drifts from the kernel's
 * fails at start-up instead of corrupting memory.
 */
public enum KvmIoctl {
    GET_API_VERSION(0xAE00L, null),
    CREATE_VM(0xAE01L, null),
    CHECK_EXTENSION(0xAE03L, null),
    GET_VCPU_MMAP_SIZE(0xAE04L, null),
    GET_SUPPORTED_CPUID(0xC008AE05L, KvmStructs.CPUID2),
    CREATE_VCPU(0xAE41L, null),
    SET_USER_MEMORY_REGION(0x4020AE46L, KvmStructs.USERSPACE_MEMORY_REGION),
    SET_TSS_ADDR(0xAE47L, null),
    CREATE_IRQCHIP(0xAE60L, null),
    IRQ_LINE(0x4008AE61L, KvmStructs.IRQ_LEVEL),
    IRQFD(0x4020AE76L, KvmStructs.IRQFD),
    CREATE_PIT2(0x4040AE77L, KvmStructs.PIT_CONFIG),
    IOEVENTFD(0x4040AE79L, KvmStructs.IOEVENTFD),
    RUN(0xAE80L, null),
    GET_REGS(0x8090AE81L, KvmStructs.REGS),
    SET_REGS(0x4090AE82L, KvmStructs.REGS),
    GET_SREGS(0x8138AE83L, KvmStructs.SREGS),
    SET_SREGS(0x4138AE84L, KvmStructs.SREGS),
    SET_SIGNAL_MASK(0x4004AE8BL, KvmStructs.SIGNAL_MASK),
    SET_CPUID2(0x4008AE90L, KvmStructs.CPUID2),
    GET_TSC_KHZ(0xAEA3L, null);

    /** The ioctl "type" byte of every KVM request, KVMIO. */
    public static final int KVMIO = 0xAE;

    private final long number;

    KvmIoctl(long number, MemoryLayout argument) {
        long encodedSize = sizeField(number);
        long expected = argument == null ? 0 : argument.byteSize();
        if (encodedSize != expected || ((number >>> 8) & 0xFF) != KVMIO) {
            throw new IllegalStateException("KVM_" + name() + ": ioctl number 0x" + Long.toHexString(number)
                    + " encodes a " + encodedSize + "-byte argument, the layout has " + expected + " bytes");
        }
        this.number = number;
    }

    /** The request number passed to ioctl(2). */
    public long number() {
        return number;
    }

    /** The argument size encoded in bits 16..29 of an ioctl request number. */
    public static long sizeField(long number) {
        return (number >>> 16) & 0x3FFF;
    }
}
