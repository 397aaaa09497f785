package dev.mayfly.vmm.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.vmm.InvalidImageException;
import dev.mayfly.vmm.TestElf;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PvhImageTest {
    @Test
    void parsesSegmentsAndEntryOfValidImage() {
        PvhImage image = PvhImage.parse("ok.img", TestElf.pvh().build());
        assertEquals(0x100000, image.entryPoint());
        assertEquals(1, image.segments().size());
        assertEquals(0x101000, image.end());
    }

    @Test
    void parsesAMappedImageFileAsItsBytes(@TempDir Path dir) throws IOException {
        byte[] bytes = TestElf.pvh().segment(0x100000, new byte[] {1, 2, 3}, 0x3000).addSegment(0x200000, new byte[] {4}, 1).build();
        Path file = Files.write(dir.resolve("app.img"), bytes);
        PvhImage read = PvhImage.parse("app.img", bytes);
        try (Arena arena = Arena.ofConfined(); FileChannel channel = FileChannel.open(file)) {
            PvhImage mapped = PvhImage.parse("app.img", channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), arena));
            assertEquals(read.segments(), mapped.segments());
            assertEquals(read.entryPoint(), mapped.entryPoint());
            assertEquals(2, mapped.segments().size());
        }
    }

    @Test
    void rejectsFileThatIsNotAnElf() {
        var e = assertThrows(InvalidImageException.class, () -> PvhImage.parse("app.jar", "PK\3\4 not an elf".getBytes()));
        assertEquals("app.jar: not an ELF file", e.getMessage());
    }

    @Test
    void rejectsEmptyFile() {
        assertThrows(InvalidImageException.class, () -> PvhImage.parse("empty", new byte[0]));
    }

    @Test
    void rejects32BitElf() {
        var e = assertThrows(InvalidImageException.class, () -> PvhImage.parse("x", TestElf.pvh().elfClass(1).build()));
        assertTrue(e.getMessage().contains("not a 64-bit ELF"), e.getMessage());
    }

    @Test
    void rejectsOtherMachines() {
        var e = assertThrows(InvalidImageException.class, () -> PvhImage.parse("x", TestElf.pvh().machine(183).build()));
        assertTrue(e.getMessage().contains("not x86-64"), e.getMessage());
    }

    @Test
    void rejectsSharedObjects() {
        assertThrows(InvalidImageException.class, () -> PvhImage.parse("x", TestElf.pvh().type(3).build()));
    }

    @Test
    void rejectsImageWithoutPvhNote() {
        var e = assertThrows(InvalidImageException.class, () -> PvhImage.parse("vmlinux", TestElf.pvh().withoutPvhNote().build()));
        assertTrue(e.getMessage().startsWith("vmlinux: no PVH entry point"), e.getMessage());
    }

    @Test
    void rejectsNoteOfAnotherOwnerOrType() {
        assertThrows(InvalidImageException.class, () -> PvhImage.parse("x", TestElf.pvh().noteName("GNU").build()));
        assertThrows(InvalidImageException.class, () -> PvhImage.parse("x", TestElf.pvh().noteType(17).build()));
    }

    @Test
    void acceptsFourBytePvhNoteDescriptor() {
        assertEquals(0x100000, PvhImage.parse("x", TestElf.pvh().noteDescriptorSize(4).build()).entryPoint());
    }

    @Test
    void rejectsOddPvhNoteDescriptor() {
        assertThrows(InvalidImageException.class, () -> PvhImage.parse("x", TestElf.pvh().noteDescriptorSize(2).build()));
    }

    @Test
    void rejectsEntryOutsideEverySegment() {
        var e = assertThrows(InvalidImageException.class, () -> PvhImage.parse("x", TestElf.pvh().entry(0x200000).build()));
        assertTrue(e.getMessage().contains("not inside any loadable segment"), e.getMessage());
    }

    @Test
    void rejectsSegmentBytesBeyondTheFile() {
        var e = assertThrows(InvalidImageException.class, () -> PvhImage.parse("x", TestElf.pvh().segmentFileOffset(1 << 20).build()));
        assertTrue(e.getMessage().contains("outside the file"), e.getMessage());
    }

    @Test
    void rejectsTruncatedImage() {
        byte[] whole = TestElf.pvh().build();
        assertThrows(InvalidImageException.class, () -> PvhImage.parse("x", Arrays.copyOf(whole, 100)));
    }

    @Property(tries = 300)
    void truncationNeverEscapesAsAnythingButInvalidImage(@ForAll @IntRange(min = 0, max = 300) int length) {
        byte[] whole = TestElf.pvh().build();
        byte[] cut = Arrays.copyOf(whole, Math.min(length, whole.length));
        try {
            PvhImage.parse("x", cut);
        } catch (InvalidImageException expected) {
            // the only acceptable failure
        }
    }

    @Property(tries = 500)
    void corruptedBytesNeverEscapeAsAnythingButInvalidImage(@ForAll @IntRange(min = 0, max = 250) int at, @ForAll byte value) {
        byte[] image = TestElf.pvh().build();
        image[Math.min(at, image.length - 1)] = value;
        try {
            PvhImage.parse("x", image);
        } catch (InvalidImageException expected) {
            // the only acceptable failure
        }
    }
}
