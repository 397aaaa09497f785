package dev.mayfly.vmm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Writes small ELF files for tests, valid PVH images by default, with knobs to break them. */
public final class TestElf {
    private record Segment(long physicalAddress, byte[] data, long memorySize) {}

    private int elfClass = 2;
    private int machine = 62;
    private int type = 2;
    private final List<Segment> segments = new ArrayList<>();
    private boolean pvhNote = true;
    private String noteName = "Xen";
    private int noteType = 18;
    private int noteDescriptorSize = 8;
    private long entry = 0x100000;
    private long segmentFileOffsetOverride = -1;

    public static TestElf pvh() {
        TestElf elf = new TestElf();
        elf.segments.add(new Segment(0x100000, new byte[] {(byte) 0xF4, (byte) 0xEB, (byte) 0xFD}, 0x1000));
        return elf;
    }

    public TestElf elfClass(int c) { elfClass = c; return this; }
    public TestElf machine(int m) { machine = m; return this; }
    public TestElf type(int t) { type = t; return this; }
    public TestElf withoutPvhNote() { pvhNote = false; return this; }
    public TestElf noteName(String n) { noteName = n; return this; }
    public TestElf noteType(int t) { noteType = t; return this; }
    public TestElf noteDescriptorSize(int s) { noteDescriptorSize = s; return this; }
    public TestElf entry(long e) { entry = e; return this; }
    public TestElf segmentFileOffset(long o) { segmentFileOffsetOverride = o; return this; }

    /** Replaces the segments with one at {@code address} holding {@code data}, {@code memorySize} bytes in memory. */
    public TestElf segment(long address, byte[] data, long memorySize) {
        segments.clear();
        segments.add(new Segment(address, data, memorySize));
        return this;
    }

    public TestElf addSegment(long address, byte[] data, long memorySize) {
        segments.add(new Segment(address, data, memorySize));
        return this;
    }

    public byte[] build() {
        int phnum = segments.size() + (pvhNote ? 1 : 0);
        int noteOffset = 64 + 56 * phnum;
        byte[] name = (noteName + "\0").getBytes();
        int noteSize = pvhNote ? 12 + align4(name.length) + align4(noteDescriptorSize) : 0;
        int dataOffset = noteOffset + noteSize;
        int total = dataOffset;
        for (Segment s : segments) {
            total += s.data.length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, 0x464C457F);
        b.put(4, (byte) elfClass);
        b.put(5, (byte) 1);
        b.put(6, (byte) 1);
        b.putShort(16, (short) type);
        b.putShort(18, (short) machine);
        b.putInt(20, 1);
        b.putLong(24, entry);
        b.putLong(32, 64);
        b.putShort(52, (short) 64);
        b.putShort(54, (short) 56);
        b.putShort(56, (short) phnum);
        int ph = 64;
        int at = dataOffset;
        for (Segment s : segments) {
            b.putInt(ph, 1);
            b.putInt(ph + 4, 7);
            b.putLong(ph + 8, segmentFileOffsetOverride >= 0 ? segmentFileOffsetOverride : at);
            b.putLong(ph + 16, s.physicalAddress);
            b.putLong(ph + 24, s.physicalAddress);
            b.putLong(ph + 32, s.data.length);
            b.putLong(ph + 40, s.memorySize);
            b.putLong(ph + 48, 0x1000);
            b.put(at, s.data);
            at += s.data.length;
            ph += 56;
        }
        if (pvhNote) {
            b.putInt(ph, 4);
            b.putLong(ph + 8, noteOffset);
            b.putLong(ph + 32, noteSize);
            b.putLong(ph + 40, noteSize);
            b.putLong(ph + 48, 4);
            b.putInt(noteOffset, name.length);
            b.putInt(noteOffset + 4, noteDescriptorSize);
            b.putInt(noteOffset + 8, noteType);
            b.put(noteOffset + 12, name);
            int desc = noteOffset + 12 + align4(name.length);
            if (noteDescriptorSize == 8) {
                b.putLong(desc, entry);
            } else if (noteDescriptorSize == 4) {
                b.putInt(desc, (int) entry);
            }
        }
        return b.array();
    }

    private static int align4(int n) {
        return (n + 3) & -4;
    }
}
