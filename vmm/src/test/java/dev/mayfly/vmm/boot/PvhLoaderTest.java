package dev.mayfly.vmm.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.vmm.ImageDoesNotFitException;
import dev.mayfly.vmm.InsufficientMemoryException;
import dev.mayfly.vmm.TestElf;
import dev.mayfly.vmm.vstate.GuestMemory;
import java.lang.foreign.Arena;
import org.junit.jupiter.api.Test;

class PvhLoaderTest {
    private static final long MIB = 1 << 20;

    @Test
    void rejectsSegmentOutsideRam() {
        PvhImage image = PvhImage.parse("x", TestElf.pvh().segment(0xC000_0000L, new byte[16], 16).entry(0xC000_0000L).build());
        var e = assertThrows(ImageDoesNotFitException.class, () -> PvhLoader.checkPlacement(image, 64 * MIB));
        assertTrue(e.getMessage().contains("lies outside guest RAM"), e.getMessage());
    }

    @Test
    void rejectsSegmentOverBootData() {
        PvhImage image = PvhImage.parse("x", TestElf.pvh().segment(0x7000, new byte[16], 16).entry(0x7000).build());
        var e = assertThrows(ImageDoesNotFitException.class, () -> PvhLoader.checkPlacement(image, 64 * MIB));
        assertTrue(e.getMessage().contains("boot data"), e.getMessage());
    }

    @Test
    void rejectsRamTooSmallForImage() {
        PvhImage image = PvhImage.parse("big.img", TestElf.pvh().segment(0x100000, new byte[16], 80 * MIB).build());
        var e = assertThrows(InsufficientMemoryException.class, () -> PvhLoader.checkPlacement(image, 64 * MIB));
        assertEquals("big.img: the image needs at least 81 MiB of RAM (it reaches 0x5100000), the VM has 64 MiB", e.getMessage());
    }

    @Test
    void writesSegmentsAndStartInfoPerPvhAbi() {
        byte[] code = {1, 2, 3, 4, 5};
        PvhImage image = PvhImage.parse("x", TestElf.pvh().segment(0x100000, code, 0x2000).addSegment(0x200000, new byte[] {9}, 1).build());
        try (Arena arena = Arena.ofConfined()) {
            GuestMemory memory = new GuestMemory(arena.allocate(4 * MIB, 4096));
            long startInfo = PvhLoader.load(image, memory, KernelCommandLine.encode("console=ttyS0 x=1"));
            assertEquals(4, memory.getByte(0x100003));
            assertEquals(9, memory.getByte(0x200000));
            assertEquals(HvmStartInfo.MAGIC, memory.getInt(startInfo));
            assertEquals(1, memory.getInt(startInfo + 4));
            assertEquals(0, memory.getInt(startInfo + 12));
            long cmdline = memory.getLong(startInfo + 24);
            byte[] text = new byte[18];
            memory.read(cmdline, text, 0, text.length);
            assertEquals("console=ttyS0 x=1\0", new String(text));
            assertEquals(0, memory.getLong(startInfo + 32));
            long memmap = memory.getLong(startInfo + 40);
            assertEquals(3, memory.getInt(startInfo + 48));
            assertEquals(0, memory.getInt(startInfo + 52));
            long ramTotal = 0;
            for (int i = 0; i < 3; i++) {
                long entry = memmap + 24L * i;
                if (memory.getInt(entry + 16) == HvmStartInfo.MEMMAP_TYPE_RAM) {
                    ramTotal += memory.getLong(entry + 8);
                }
                assertEquals(0, memory.getInt(entry + 20));
            }
            assertEquals(4 * MIB - MIB + (BootLayout.LOW_RAM_END - BootLayout.BOOT_DATA_END), ramTotal);
            assertEquals(0x00CF_9B00_0000_FFFFL, memory.getLong(BootLayout.GDT + 8));
        }
    }
}
