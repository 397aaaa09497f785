package dev.mayfly.vmm.boot;

/**
 * Where the VMM puts its boot data in low guest RAM, all inside {@code [0, BOOT_DATA_END)}, which the
 * memory map reports as reserved and no image segment may overlap.
 */
public final class BootLayout {
    private BootLayout() {}

    /** The GDT whose descriptors match the segment registers at the PVH entry. */
    public static final long GDT = 0x500;
    /** struct hvm_start_info. */
    public static final long START_INFO = 0x6000;
    /** The array of struct hvm_memmap_table_entry. */
    public static final long MEMORY_MAP = 0x7000;
    /** At most this many memory map entries fit before the command line. */
    public static final int MEMORY_MAP_MAX_ENTRIES = 128;
    /** The NUL-terminated kernel command line. */
    public static final long COMMAND_LINE = 0x20000;
    /** The command line's capacity in bytes, its NUL included. */
    public static final int COMMAND_LINE_CAPACITY = 0x10000;
    /** The end of the boot data. */
    public static final long BOOT_DATA_END = COMMAND_LINE + COMMAND_LINE_CAPACITY;
    /** The legacy VGA/ROM hole below 1 MiB that the memory map leaves out. */
    public static final long LOW_RAM_END = 0xA0000;
    public static final long HIGH_RAM_START = 0x100000;
}
