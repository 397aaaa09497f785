package dev.mayfly.vmm.boot;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.mayfly.vmm.kvm.KvmStructs;
import dev.mayfly.vmm.vstate.GuestMemory;
import dev.mayfly.vmm.vstate.Vcpu;
import java.lang.foreign.MemorySegment;

/**
 * The vCPU state at a PVH entry, as the Xen PVH ABI prescribes: 32-bit protected mode with paging
 * off, flat 4 GiB code and data segments, a 32-bit TSS, CR4 and EFER clear, EFLAGS.IF/TF/VM clear,
 * and EBX holding the physical address of hvm_start_info.
 *
 * <p>The ABI leaves the GDT unspecified; the VMM still writes one whose descriptors match the loaded
 * segment registers, so a guest that reloads a selector before installing its own GDT stays sane.
 */
public final class PvhEntryState {
    private PvhEntryState() {}

    /** GDT selectors of the entry segments. */
    public static final int CODE_SELECTOR = 0x08;
    public static final int DATA_SELECTOR = 0x10;
    public static final int TSS_SELECTOR = 0x18;
    /** The GDT: null, flat 32-bit code (execute/read), flat 32-bit data (read/write), 32-bit busy TSS (base 0, limit 0x67). */
    static final long[] GDT_ENTRIES = {0L, 0x00CF_9B00_0000_FFFFL, 0x00CF_9300_0000_FFFFL, 0x0000_8B00_0000_0067L};
    /** CR0.PE (protected mode) and CR0.ET (hard-wired to 1 on every x86-64 processor). */
    static final long CR0_PE_ET = 0x11;
    /** EFLAGS with only the always-one bit 1 set: IF, TF and VM clear. */
    static final long RFLAGS_RESERVED_ONE = 0x2;
    static final int SEGMENT_TYPE_CODE_EXECUTE_READ_ACCESSED = 0xB;
    static final int SEGMENT_TYPE_DATA_READ_WRITE_ACCESSED = 0x3;
    static final int SEGMENT_TYPE_TSS32_BUSY = 0xB;
    static final int TSS32_LIMIT = 0x67;

    /** Writes the entry GDT at {@code address}. */
    static void writeGdt(GuestMemory memory, long address) {
        for (int i = 0; i < GDT_ENTRIES.length; i++) {
            memory.putLong(address + 8L * i, GDT_ENTRIES[i]);
        }
    }

    /** Sets {@code vcpu}'s registers for a PVH entry at {@code entryPoint} with hvm_start_info at {@code startInfo}. */
    public static void apply(Vcpu vcpu, long entryPoint, long startInfo) {
        MemorySegment sregs = vcpu.readSpecialRegisters();
        setSegment(sregs, "cs", CODE_SELECTOR, SEGMENT_TYPE_CODE_EXECUTE_READ_ACCESSED, 0xFFFF_FFFF, true, true);
        for (String data : new String[] {"ds", "es", "fs", "gs", "ss"}) {
            setSegment(sregs, data, DATA_SELECTOR, SEGMENT_TYPE_DATA_READ_WRITE_ACCESSED, 0xFFFF_FFFF, true, true);
        }
        setSegment(sregs, "tr", TSS_SELECTOR, SEGMENT_TYPE_TSS32_BUSY, TSS32_LIMIT, false, false);
        long gdt = KvmStructs.offset(KvmStructs.SREGS, "gdt");
        sregs.set(JAVA_LONG, gdt, BootLayout.GDT);
        sregs.set(JAVA_SHORT, gdt + 8, (short) (8 * GDT_ENTRIES.length - 1));
        sregs.set(JAVA_LONG, KvmStructs.offset(KvmStructs.SREGS, "cr0"), CR0_PE_ET);
        sregs.set(JAVA_LONG, KvmStructs.offset(KvmStructs.SREGS, "cr3"), 0L);
        sregs.set(JAVA_LONG, KvmStructs.offset(KvmStructs.SREGS, "cr4"), 0L);
        sregs.set(JAVA_LONG, KvmStructs.offset(KvmStructs.SREGS, "efer"), 0L);
        vcpu.writeSpecialRegisters();

        MemorySegment regs = vcpu.readRegisters();
        regs.fill((byte) 0);
        regs.set(JAVA_LONG, KvmStructs.offset(KvmStructs.REGS, "rip"), entryPoint);
        regs.set(JAVA_LONG, KvmStructs.offset(KvmStructs.REGS, "rbx"), startInfo);
        regs.set(JAVA_LONG, KvmStructs.offset(KvmStructs.REGS, "rflags"), RFLAGS_RESERVED_ONE);
        vcpu.writeRegisters();
    }

    private static void setSegment(MemorySegment sregs, String name, int selector, int type, int limit,
            boolean codeOrData, boolean big) {
        long at = KvmStructs.offset(KvmStructs.SREGS, name);
        sregs.set(JAVA_LONG, at, 0L);
        sregs.set(JAVA_INT, at + 8, limit);
        sregs.set(JAVA_SHORT, at + 12, (short) selector);
        sregs.set(JAVA_BYTE, at + 14, (byte) type);
        sregs.set(JAVA_BYTE, at + 15, (byte) 1);
        sregs.set(JAVA_BYTE, at + 16, (byte) 0);
        sregs.set(JAVA_BYTE, at + 17, (byte) (big ? 1 : 0));
        sregs.set(JAVA_BYTE, at + 18, (byte) (codeOrData ? 1 : 0));
        sregs.set(JAVA_BYTE, at + 19, (byte) 0);
        sregs.set(JAVA_BYTE, at + 20, (byte) (big ? 1 : 0));
        sregs.set(JAVA_BYTE, at + 21, (byte) 0);
        sregs.set(JAVA_BYTE, at + 22, (byte) 0);
    }
}
