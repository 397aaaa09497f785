package dev.mayfly.vmm.boot;

/**
 * One PT_LOAD segment of a checked ELF image: {@code fileSize} bytes from {@code fileOffset} go to
 * guest-physical {@code physicalAddress}, followed by zeros up to {@code memorySize}.
 *
 * <p>Built only by {@link PvhImage}, which guarantees {@code fileSize <= memorySize}, that the file
 * bytes lie inside the file, and that {@code physicalAddress + memorySize} does not overflow.
 */
public record LoadSegment(long physicalAddress, long fileOffset, long fileSize, long memorySize) {
    /** The first guest-physical address after the segment. */
    public long end() {
        return physicalAddress + memorySize;
    }

    /** Whether guest-physical {@code address} lies inside the segment's memory image. */
    public boolean contains(long address) {
        return address >= physicalAddress && address - physicalAddress < memorySize;
    }

    @Override
    public String toString() {
        return String.format("[0x%x, 0x%x)", physicalAddress, end());
    }
}
