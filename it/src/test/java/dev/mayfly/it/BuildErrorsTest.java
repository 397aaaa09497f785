package dev.mayfly.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.cli.Mayfly;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Bad input to `mayfly build` and `mayfly run`: one clear message, a non-zero status, no stack trace. */
class BuildErrorsTest {
    record Result(int status, String err) {
    }

    static Result mayfly(String... args) {
        CommandLine cl = Mayfly.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Result(status, err.toString());
    }

    private static void assertCleanFailure(Result r, String expected) {
        assertTrue(r.status() != 0, "status must be non-zero");
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose: " + r.err());
    }

    @Test
    void missingMainClassIsNamed() {
        Path jar = TestImages.probeJar("exit-probe-only", "ExitProbe");
        Result r = mayfly("build", "--jar", jar.toString(), "--main", "com.example.Nope", "-o",
                TestImages.WORK.resolve("nope.img").toString());
        assertCleanFailure(r, "main class com.example.Nope not found");
    }

    @Test
    void aFileThatIsNotAJarIsRejected() throws IOException {
        Path notJar = Files.writeString(TestImages.WORK.resolve("not-a.jar"), "hello");
        Result r = mayfly("build", "--jar", notJar.toString(), "--main", "A", "-o", TestImages.WORK.resolve("x.img").toString());
        assertCleanFailure(r, "is not a jar");
    }

    @Test
    void applicationUsingRawMemoryIsRefused() {
        Path jar = TestImages.probeJar("kernel-probe", "KernelProbe");
        Result r = mayfly("build", "--jar", jar.toString(), "--main", "dev.mayfly.it.probe.KernelProbe", "-o",
                TestImages.WORK.resolve("kernel-probe.img").toString());
        assertCleanFailure(r, "dev.mayfly.it.probe.KernelProbe refers to org.teavm.interop.Address");
    }

    @Test
    void missingClassLibraryMethodIsNamedWithItsCaller() {
        Requirements.gccAndMusl();
        Path jar = TestImages.probeJar("missing-method", "MissingMethodProbe");
        Result r = mayfly("build", "--jar", jar.toString(), "--main", "dev.mayfly.it.probe.MissingMethodProbe", "-o",
                TestImages.WORK.resolve("missing.img").toString());
        assertCleanFailure(r, "java.lang.String.splitWithDelimiters(");
        assertTrue(r.err().contains("MissingMethodProbe.main"), r.err());
    }

    @Test
    void runningSomethingThatIsNotAnImageFails() throws IOException {
        Path notImage = Files.writeString(TestImages.WORK.resolve("not.img"), "not an image");
        Result r = mayfly("run", notImage.toString(), "--hypervisor", "qemu");
        assertCleanFailure(r, "is not a Mayfly image");
        assertEquals(Mayfly.EXIT_FAILED, r.status());
    }

    @Test
    void unknownHypervisorIsAUsageError() {
        Result r = mayfly("run", "x.img", "--hypervisor", "bochs");
        assertCleanFailure(r, "unknown hypervisor 'bochs'");
        assertEquals(Mayfly.EXIT_USAGE, r.status());
    }

    static {
        try {
            Files.createDirectories(TestImages.WORK);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
