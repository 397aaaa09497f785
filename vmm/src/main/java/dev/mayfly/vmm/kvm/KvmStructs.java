package dev.mayfly.vmm.kvm;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;

/**
 * The memory layouts of the KVM structs the VMM exchanges with the kernel, as declared in
 * {@code <linux/kvm.h>} for x86-64; field names follow the header.
 */
public final class KvmStructs {
    private KvmStructs() {}

    /** struct kvm_userspace_memory_region: a guest-physical range backed by host memory. */
    public static final StructLayout USERSPACE_MEMORY_REGION = MemoryLayout.structLayout(
            JAVA_INT.withName("slot"), JAVA_INT.withName("flags"),
            JAVA_LONG.withName("guest_phys_addr"), JAVA_LONG.withName("memory_size"),
            JAVA_LONG.withName("userspace_addr"));

    /** struct kvm_regs: the general-purpose registers, rip and rflags. */
    public static final StructLayout REGS = MemoryLayout.structLayout(
            JAVA_LONG.withName("rax"), JAVA_LONG.withName("rbx"), JAVA_LONG.withName("rcx"), JAVA_LONG.withName("rdx"),
            JAVA_LONG.withName("rsi"), JAVA_LONG.withName("rdi"), JAVA_LONG.withName("rsp"), JAVA_LONG.withName("rbp"),
            JAVA_LONG.withName("r8"), JAVA_LONG.withName("r9"), JAVA_LONG.withName("r10"), JAVA_LONG.withName("r11"),
            JAVA_LONG.withName("r12"), JAVA_LONG.withName("r13"), JAVA_LONG.withName("r14"), JAVA_LONG.withName("r15"),
            JAVA_LONG.withName("rip"), JAVA_LONG.withName("rflags"));

    /** struct kvm_segment: a segment register with its hidden descriptor cache. */
    public static final StructLayout SEGMENT = MemoryLayout.structLayout(
            JAVA_LONG.withName("base"), JAVA_INT.withName("limit"), JAVA_SHORT.withName("selector"),
            JAVA_BYTE.withName("type"), JAVA_BYTE.withName("present"), JAVA_BYTE.withName("dpl"),
            JAVA_BYTE.withName("db"), JAVA_BYTE.withName("s"), JAVA_BYTE.withName("l"), JAVA_BYTE.withName("g"),
            JAVA_BYTE.withName("avl"), JAVA_BYTE.withName("unusable"), JAVA_BYTE.withName("padding"));

    /** struct kvm_dtable: a descriptor-table register (GDTR, IDTR). */
    public static final StructLayout DTABLE = MemoryLayout.structLayout(
            JAVA_LONG.withName("base"), JAVA_SHORT.withName("limit"),
            MemoryLayout.sequenceLayout(3, JAVA_SHORT).withName("padding"));

    /** struct kvm_sregs: segment, descriptor-table and control registers. */
    public static final StructLayout SREGS = MemoryLayout.structLayout(
            SEGMENT.withName("cs"), SEGMENT.withName("ds"), SEGMENT.withName("es"), SEGMENT.withName("fs"),
            SEGMENT.withName("gs"), SEGMENT.withName("ss"), SEGMENT.withName("tr"), SEGMENT.withName("ldt"),
            DTABLE.withName("gdt"), DTABLE.withName("idt"),
            JAVA_LONG.withName("cr0"), JAVA_LONG.withName("cr2"), JAVA_LONG.withName("cr3"), JAVA_LONG.withName("cr4"),
            JAVA_LONG.withName("cr8"), JAVA_LONG.withName("efer"), JAVA_LONG.withName("apic_base"),
            MemoryLayout.sequenceLayout(4, JAVA_LONG).withName("interrupt_bitmap"));

    /** struct kvm_cpuid2 header: nent, padding; kvm_cpuid_entry2 entries follow. */
    public static final StructLayout CPUID2 = MemoryLayout.structLayout(
            JAVA_INT.withName("nent"), JAVA_INT.withName("padding"));

    /** struct kvm_cpuid_entry2: one CPUID leaf/subleaf and its result. */
    public static final StructLayout CPUID_ENTRY2 = MemoryLayout.structLayout(
            JAVA_INT.withName("function"), JAVA_INT.withName("index"), JAVA_INT.withName("flags"),
            JAVA_INT.withName("eax"), JAVA_INT.withName("ebx"), JAVA_INT.withName("ecx"), JAVA_INT.withName("edx"),
            MemoryLayout.sequenceLayout(3, JAVA_INT).withName("padding"));

    /** struct kvm_pit_config: flags and padding. */
    public static final StructLayout PIT_CONFIG = MemoryLayout.structLayout(
            JAVA_INT.withName("flags"), MemoryLayout.sequenceLayout(15, JAVA_INT).withName("pad"));

    /** struct kvm_irq_level: an interrupt line and its level. */
    public static final StructLayout IRQ_LEVEL = MemoryLayout.structLayout(
            JAVA_INT.withName("irq"), JAVA_INT.withName("level"));

    /** struct kvm_irqfd: an eventfd that injects an interrupt on gsi when signalled. */
    public static final StructLayout IRQFD = MemoryLayout.structLayout(
            JAVA_INT.withName("fd"), JAVA_INT.withName("gsi"), JAVA_INT.withName("flags"),
            JAVA_INT.withName("resamplefd"), MemoryLayout.sequenceLayout(16, JAVA_BYTE).withName("pad"));

    /** struct kvm_ioeventfd: an eventfd the kernel signals on a guest write to addr, without exiting. */
    public static final StructLayout IOEVENTFD = MemoryLayout.structLayout(
            JAVA_LONG.withName("datamatch"), JAVA_LONG.withName("addr"), JAVA_INT.withName("len"),
            JAVA_INT.withName("fd"), JAVA_INT.withName("flags"), MemoryLayout.sequenceLayout(36, JAVA_BYTE).withName("pad"));

    /** struct kvm_signal_mask header: len; the sigset bytes follow. */
    public static final StructLayout SIGNAL_MASK = MemoryLayout.structLayout(JAVA_INT.withName("len"));

    /**
     * The byte offset of the field at {@code path} (member names, outermost first) in {@code layout}.
     *
     * <p>The same number as {@code layout.byteOffset(groupElement(...)...)}, summed from the member
     * sizes instead (a struct layout lists its padding as members; a union's members all start at 0):
     * a layout path's first use sets up method handles, start-up time that VM creation, on the path
     * from {@code mayfly run} to the guest's first line, need not spend.
     */
    public static long offset(GroupLayout layout, String... path) {
        long offset = 0;
        MemoryLayout current = layout;
        for (String name : path) {
            if (!(current instanceof GroupLayout group)) {
                throw new IllegalArgumentException(current + " has no members (looking for " + name + ")");
            }
            long memberOffset = 0;
            MemoryLayout found = null;
            for (MemoryLayout member : group.memberLayouts()) {
                if (name.equals(member.name().orElse(null))) {
                    found = member;
                    break;
                }
                if (group instanceof StructLayout) {
                    memberOffset += member.byteSize();
                }
            }
            if (found == null) {
                throw new IllegalArgumentException(group + " has no member " + name);
            }
            offset += memberOffset;
            current = found;
        }
        return offset;
    }
}
