package dev.mayfly.vmm.boot;

import dev.mayfly.vmm.InvalidImageException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A checked view of a PVH kernel image: an ELF64 x86-64 executable whose PT_LOAD segments and
 * {@code XEN_ELFNOTE_PHYS32_ENTRY} note have been validated once, so nothing after parsing reads
 * outside the file or trusts an unchecked length.
 *
 * <p>Structures per the ELF-64 Object File Format (version 1.5) and the System V x86-64 psABI; the note
 * per Xen's public/elfnote.h.
 */
public final class PvhImage {
    /** ELF identification: "\177ELF" (ELF-64 §3, e_ident[EI_MAG0..3]). */
    static final int ELF_MAGIC = 0x464C457F;
    static final int ELFCLASS64 = 2;
    static final int ELFDATA2LSB = 1;
    static final int EV_CURRENT = 1;
    static final int ET_EXEC = 2;
    /** e_machine of AMD x86-64 (System V x86-64 psABI). */
    static final int EM_X86_64 = 62;
    static final int ELF64_HEADER_SIZE = 64;
    static final int ELF64_PHDR_SIZE = 56;
    /** e_phnum's escape value: the real count lives in section 0 (ELF gABI); not supported here. */
    static final int PN_XNUM = 0xFFFF;
    static final int PT_LOAD = 1;
    static final int PT_NOTE = 4;
    /** The note name of Xen's ELF notes: "Xen" and its NUL (Xen public/elfnote.h). */
    static final String XEN_NOTE_NAME = "Xen";
    /** XEN_ELFNOTE_PHYS32_ENTRY: the 32-bit physical entry point of the PVH ABI (Xen public/elfnote.h). */
    public static final int XEN_ELFNOTE_PHYS32_ENTRY = 18;

    private final String name;
    private final MemorySegment file;
    private final List<LoadSegment> segments;
    private final long entryPoint;

    private PvhImage(String name, MemorySegment file, List<LoadSegment> segments, long entryPoint) {
        this.name = name;
        this.file = file;
        this.segments = segments;
        this.entryPoint = entryPoint;
    }

    /** Parses and checks {@code bytes}; {@code name} (usually the file name) prefixes every error message. */
    public static PvhImage parse(String name, byte[] bytes) {
        return parse(name, MemorySegment.ofArray(bytes));
    }

    /**
     * Parses and checks the image in {@code file} (for example a read-only mapping of the image file,
     * which the image then shares: it must stay open while the image is used); {@code name} prefixes
     * every error message.
     */
    public static PvhImage parse(String name, MemorySegment file) {
        if (file.byteSize() > Integer.MAX_VALUE) {
            throw invalid(name, "larger than 2 GiB: not a Mayfly image");
        }
        ByteBuffer b = file.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        int length = b.capacity();
        if (length < 4 || b.getInt(0) != ELF_MAGIC) {
            throw invalid(name, "not an ELF file");
        }
        if (length < ELF64_HEADER_SIZE) {
            throw invalid(name, "truncated ELF header");
        }
        if (b.get(4) != ELFCLASS64) {
            throw invalid(name, "not a 64-bit ELF file (a PVH image is ELF64)");
        }
        if (b.get(5) != ELFDATA2LSB || b.get(6) != EV_CURRENT) {
            throw invalid(name, "not a little-endian ELF version 1 file");
        }
        int type = Short.toUnsignedInt(b.getShort(16));
        int machine = Short.toUnsignedInt(b.getShort(18));
        if (machine != EM_X86_64) {
            throw invalid(name, "built for ELF machine " + machine + ", not x86-64");
        }
        if (type != ET_EXEC) {
            throw invalid(name, "not an executable (ELF type " + type + ")");
        }
        long phoff = b.getLong(32);
        int phentsize = Short.toUnsignedInt(b.getShort(54));
        int phnum = Short.toUnsignedInt(b.getShort(56));
        if (phnum == 0) {
            throw invalid(name, "has no program headers");
        }
        if (phnum == PN_XNUM || phentsize < ELF64_PHDR_SIZE
                || !fits(phoff, (long) phentsize * phnum, length)) {
            throw invalid(name, "program header table lies outside the file");
        }
        List<LoadSegment> segments = new ArrayList<>();
        Long entry = null;
        for (int i = 0; i < phnum; i++) {
            int at = (int) (phoff + (long) i * phentsize);
            int pType = b.getInt(at);
            long offset = b.getLong(at + 8);
            long paddr = b.getLong(at + 24);
            long filesz = b.getLong(at + 32);
            long memsz = b.getLong(at + 40);
            long align = b.getLong(at + 48);
            if (pType == PT_LOAD) {
                if (Long.compareUnsigned(filesz, memsz) > 0) {
                    throw invalid(name, "segment " + i + " has more file bytes than memory bytes");
                }
                if (!fits(offset, filesz, length)) {
                    throw invalid(name, "segment " + i + " lies outside the file (truncated image?)");
                }
                if (paddr < 0 || memsz < 0 || paddr + memsz < 0) {
                    throw invalid(name, "segment " + i + " wraps around the address space");
                }
                if (memsz > 0) {
                    segments.add(new LoadSegment(paddr, offset, filesz, memsz));
                }
            } else if (pType == PT_NOTE && entry == null) {
                if (!fits(offset, filesz, length)) {
                    throw invalid(name, "note segment " + i + " lies outside the file");
                }
                entry = findPhys32Entry(name, b, (int) offset, (int) filesz, align == 8 ? 8 : 4);
            }
        }
        if (entry == null) {
            throw invalid(name, "no PVH entry point (ELF note \"Xen\" type " + XEN_ELFNOTE_PHYS32_ENTRY
                    + ", XEN_ELFNOTE_PHYS32_ENTRY): not a PVH kernel");
        }
        if (segments.isEmpty()) {
            throw invalid(name, "has no loadable segments");
        }
        long entryPoint = entry;
        if (entryPoint < 0 || entryPoint > 0xFFFF_FFFFL) {
            throw invalid(name, String.format("PVH entry point 0x%x is above 4 GiB (it is entered in 32-bit mode)", entryPoint));
        }
        if (segments.stream().noneMatch(s -> s.contains(entryPoint))) {
            throw invalid(name, String.format("PVH entry point 0x%x is not inside any loadable segment", entryPoint));
        }
        return new PvhImage(name, file, List.copyOf(segments), entryPoint);
    }

    private static Long findPhys32Entry(String name, ByteBuffer b, int start, int length, int align) {
        int at = start;
        int end = start + length;
        while (end - at >= 12) {
            long nameSize = Integer.toUnsignedLong(b.getInt(at));
            long descSize = Integer.toUnsignedLong(b.getInt(at + 4));
            int type = b.getInt(at + 8);
            long nameAt = at + 12L;
            long descAt = nameAt + roundUp(nameSize, align);
            long next = descAt + roundUp(descSize, align);
            if (descAt + descSize > end || nameAt + nameSize > end) {
                throw invalid(name, "malformed ELF note");
            }
            if (type == XEN_ELFNOTE_PHYS32_ENTRY && isXenName(b, (int) nameAt, nameSize)) {
                if (descSize == 8) {
                    return b.getLong((int) descAt);
                }
                if (descSize == 4) {
                    return Integer.toUnsignedLong(b.getInt((int) descAt));
                }
                throw invalid(name, "PVH entry note has a " + descSize + "-byte descriptor (expected 8 or 4)");
            }
            if (next > end) {
                break;
            }
            at = (int) next;
        }
        return null;
    }

    private static boolean isXenName(ByteBuffer b, int at, long size) {
        if (size != XEN_NOTE_NAME.length() + 1) {
            return false;
        }
        for (int i = 0; i < XEN_NOTE_NAME.length(); i++) {
            if (b.get(at + i) != XEN_NOTE_NAME.charAt(i)) {
                return false;
            }
        }
        return b.get(at + XEN_NOTE_NAME.length()) == 0;
    }

    private static long roundUp(long value, int align) {
        return (value + align - 1) & -align;
    }

    private static boolean fits(long offset, long length, long fileSize) {
        return offset >= 0 && length >= 0 && offset <= fileSize && length <= fileSize - offset;
    }

    private static InvalidImageException invalid(String name, String problem) {
        return new InvalidImageException(name + ": " + problem);
    }

    /** The name error messages use for this image. */
    public String name() {
        return name;
    }

    /** The loadable segments with a non-zero memory size, in file order. */
    public List<LoadSegment> segments() {
        return segments;
    }

    /** The 32-bit physical entry point from XEN_ELFNOTE_PHYS32_ENTRY. */
    public long entryPoint() {
        return entryPoint;
    }

    /** The image file's bytes (shared, not copied: do not modify). */
    MemorySegment file() {
        return file;
    }

    /** The first guest-physical address above every segment. */
    public long end() {
        long end = 0;
        for (LoadSegment s : segments) {
            end = Math.max(end, s.end());
        }
        return end;
    }
}
