package dev.mayfly.vmm.boot;

import dev.mayfly.vmm.vstate.GuestMemory;
import java.util.List;

/**
 * Writes {@code struct hvm_start_info} and its memory map, the data a PVH kernel finds at EBX on entry
 * (Xen public/arch-x86/hvm/start_info.h, version 1).
 */
public final class HvmStartInfo {
    private HvmStartInfo() {}

    /** hvm_start_info.magic: "xEn3" with the 0x80 bit of the "E" set. */
    public static final int MAGIC = 0x336ec578;
    /** Version 1 adds memmap_paddr and memmap_entries. */
    public static final int VERSION = 1;
    /** sizeof(struct hvm_start_info) for version 1. */
    public static final int SIZE = 56;
    static final int OFFSET_MAGIC = 0;
    static final int OFFSET_VERSION = 4;
    static final int OFFSET_FLAGS = 8;
    static final int OFFSET_NR_MODULES = 12;
    static final int OFFSET_MODLIST_PADDR = 16;
    static final int OFFSET_CMDLINE_PADDR = 24;
    static final int OFFSET_RSDP_PADDR = 32;
    static final int OFFSET_MEMMAP_PADDR = 40;
    static final int OFFSET_MEMMAP_ENTRIES = 48;
    static final int OFFSET_RESERVED = 52;
    /** sizeof(struct hvm_memmap_table_entry): addr u64, size u64, type u32, reserved u32. */
    public static final int MEMMAP_ENTRY_SIZE = 24;
    /** hvm_memmap_table_entry.type of usable RAM (the E820 numbering). */
    public static final int MEMMAP_TYPE_RAM = 1;
    /** hvm_memmap_table_entry.type of reserved memory (the E820 numbering). */
    public static final int MEMMAP_TYPE_RESERVED = 2;

    /** One hvm_memmap_table_entry. */
    public record MemoryMapEntry(long address, long size, int type) {}

    /** Writes the memory map at {@code memmapAddress} and the start info at {@code address}; no modules, no ACPI. */
    public static void write(GuestMemory memory, long address, long commandLineAddress, long memmapAddress,
            List<MemoryMapEntry> memoryMap) {
        memory.check(address, SIZE);
        memory.check(memmapAddress, (long) MEMMAP_ENTRY_SIZE * memoryMap.size());
        for (int i = 0; i < memoryMap.size(); i++) {
            MemoryMapEntry e = memoryMap.get(i);
            long at = memmapAddress + (long) MEMMAP_ENTRY_SIZE * i;
            memory.putLong(at, e.address());
            memory.putLong(at + 8, e.size());
            memory.putInt(at + 16, e.type());
            memory.putInt(at + 20, 0);
        }
        memory.putInt(address + OFFSET_MAGIC, MAGIC);
        memory.putInt(address + OFFSET_VERSION, VERSION);
        memory.putInt(address + OFFSET_FLAGS, 0);
        memory.putInt(address + OFFSET_NR_MODULES, 0);
        memory.putLong(address + OFFSET_MODLIST_PADDR, 0);
        memory.putLong(address + OFFSET_CMDLINE_PADDR, commandLineAddress);
        memory.putLong(address + OFFSET_RSDP_PADDR, 0);
        memory.putLong(address + OFFSET_MEMMAP_PADDR, memmapAddress);
        memory.putInt(address + OFFSET_MEMMAP_ENTRIES, memoryMap.size());
        memory.putInt(address + OFFSET_RESERVED, 0);
    }
}
