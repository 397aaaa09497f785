package dev.mayfly.vmm.boot;

import java.lang.foreign.MemorySegment;

import dev.mayfly.vmm.ImageDoesNotFitException;
import dev.mayfly.vmm.InsufficientMemoryException;
import dev.mayfly.vmm.vstate.GuestAddressMap;
import dev.mayfly.vmm.vstate.GuestMemory;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a PVH image in guest RAM: its PT_LOAD segments at their physical addresses, then the boot
 * data of {@link BootLayout} (GDT, hvm_start_info, memory map, command line).
 *
 * <p>Freshly mapped RAM is already zero, so a segment's zero tail (.bss) is not written: the loader
 * touches only the pages that hold file bytes or boot data.
 */
public final class PvhLoader {
    private PvhLoader() {}

    /**
     * Checks that every segment of {@code image} fits guest RAM of {@code ramSize} bytes without
     * overlapping the boot data; throws {@link ImageDoesNotFitException} for a segment no RAM can hold
     * and {@link InsufficientMemoryException} when more RAM would do.
     */
    public static void checkPlacement(PvhImage image, long ramSize) {
        for (LoadSegment s : image.segments()) {
            if (s.physicalAddress() < BootLayout.BOOT_DATA_END) {
                throw new ImageDoesNotFitException(String.format(
                        "%s: segment %s overlaps the VMM's boot data [0x0, 0x%x); link the image at 1 MiB or above",
                        image.name(), s, BootLayout.BOOT_DATA_END));
            }
            if (s.end() > GuestAddressMap.RAM_CEILING) {
                throw new ImageDoesNotFitException(String.format(
                        "%s: segment %s lies outside guest RAM, which ends at 0x%x at most",
                        image.name(), s, GuestAddressMap.RAM_CEILING));
            }
        }
        long needed = image.end();
        if (needed > ramSize) {
            long neededMiB = (needed + (1 << 20) - 1) >> 20;
            throw new InsufficientMemoryException(String.format(
                    "%s: the image needs at least %d MiB of RAM (it reaches 0x%x), the VM has %d MiB",
                    image.name(), neededMiB, needed, ramSize >> 20));
        }
    }

    /** The memory map the guest sees: boot data reserved, low RAM, and RAM from 1 MiB to the end. */
    public static List<HvmStartInfo.MemoryMapEntry> memoryMap(long ramSize) {
        List<HvmStartInfo.MemoryMapEntry> map = new ArrayList<>();
        map.add(new HvmStartInfo.MemoryMapEntry(0, BootLayout.BOOT_DATA_END, HvmStartInfo.MEMMAP_TYPE_RESERVED));
        map.add(new HvmStartInfo.MemoryMapEntry(BootLayout.BOOT_DATA_END,
                Math.min(ramSize, BootLayout.LOW_RAM_END) - BootLayout.BOOT_DATA_END, HvmStartInfo.MEMMAP_TYPE_RAM));
        if (ramSize > BootLayout.HIGH_RAM_START) {
            map.add(new HvmStartInfo.MemoryMapEntry(BootLayout.HIGH_RAM_START, ramSize - BootLayout.HIGH_RAM_START,
                    HvmStartInfo.MEMMAP_TYPE_RAM));
        }
        return map;
    }

    /**
     * Loads {@code image} and the boot data into {@code memory}, with {@code commandLine} (NUL-terminated,
     * from {@link KernelCommandLine#encode}); returns the guest-physical address of hvm_start_info.
     */
    public static long load(PvhImage image, GuestMemory memory, byte[] commandLine) {
        checkPlacement(image, memory.size());
        MemorySegment file = image.file();
        for (LoadSegment s : image.segments()) {
            memory.write(s.physicalAddress(), file, s.fileOffset(), s.fileSize());
        }
        PvhEntryState.writeGdt(memory, BootLayout.GDT);
        memory.write(BootLayout.COMMAND_LINE, commandLine, 0, commandLine.length);
        HvmStartInfo.write(memory, BootLayout.START_INFO, BootLayout.COMMAND_LINE, BootLayout.MEMORY_MAP,
                memoryMap(memory.size()));
        return BootLayout.START_INFO;
    }
}
