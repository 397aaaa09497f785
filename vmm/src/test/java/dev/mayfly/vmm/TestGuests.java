package dev.mayfly.vmm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds the tiny PVH guests of {@code src/test/resources/guests} with gcc and ld, once per run; tests
 * that need them are skipped, with the reason, where the tools are missing.
 */
public final class TestGuests {
    private TestGuests() {}

    private static final Path OUTPUT = Path.of("target", "test-guests");

    /** The image of guest {@code name} ({@code name}.S), built if needed. */
    public static synchronized Path image(String name) {
        assumeTrue(toolAvailable("gcc") && toolAvailable("ld"), "gcc and ld are needed to assemble the test guests");
        try {
            Path sources = Path.of(TestGuests.class.getResource("/guests/pvh.ld").toURI()).getParent();
            Files.createDirectories(OUTPUT);
            Path object = OUTPUT.resolve(name + ".o");
            Path image = OUTPUT.resolve(name + ".img");
            Path source = sources.resolve(name + ".S");
            if (Files.exists(image) && Files.getLastModifiedTime(image).compareTo(Files.getLastModifiedTime(source)) > 0) {
                return image;
            }
            run(List.of("gcc", "-c", "-I", sources.toString(), source.toString(), "-o", object.toString()));
            run(List.of("ld", "-m", "elf_x86_64", "-T", sources.resolve("pvh.ld").toString(), "--build-id=none",
                    "--no-warn-rwx-segments", "-o", image.toString(), object.toString()));
            return image;
        } catch (IOException | URISyntaxException | InterruptedException e) {
            throw new IllegalStateException("cannot build test guest " + name, e);
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static boolean toolAvailable(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
