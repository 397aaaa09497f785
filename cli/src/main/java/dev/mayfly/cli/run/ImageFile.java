package dev.mayfly.cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The first check of an image before any hypervisor starts: it exists and is an ELF64 file. */
final class ImageFile {
    private static final byte[] ELF64_MAGIC = {0x7F, 'E', 'L', 'F', 2};

    private ImageFile() {
    }

    static void check(Path image) throws HypervisorException {
        if (!Files.isRegularFile(image)) {
            throw new HypervisorException(image + ": no such image (build one with mayfly build)");
        }
        byte[] head = new byte[ELF64_MAGIC.length];
        try (InputStream in = Files.newInputStream(image)) {
            if (in.readNBytes(head, 0, head.length) < head.length || !java.util.Arrays.equals(head, ELF64_MAGIC)) {
                throw new HypervisorException(image + " is not a Mayfly image (not an ELF64 file)");
            }
        } catch (IOException e) {
            throw new HypervisorException("cannot read " + image + ": " + e.getMessage(), e);
        }
    }
}
