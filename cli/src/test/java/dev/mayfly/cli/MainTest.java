package dev.mayfly.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mayfly command through its entry point, in a JVM of its own: exit statuses and error lines. */
class MainTest {
    private record Outcome(int status, String stderr) {}

    private static Outcome mayfly(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        return new Outcome(p.exitValue(), stderr);
    }

    @Test
    void aPlainRunThatFailsEndsWithItsStatusAndOneLine(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.img");
        Outcome o = mayfly("run", "--hypervisor", "mayfly", missing.toString());
        assertEquals(Mayfly.EXIT_FAILED, o.status(), o.stderr());
        assertEquals("mayfly run: " + missing + ": no such file\n", o.stderr());
    }

    @Test
    void aRunCommandLineLeftToPicocliFailsAsBefore() throws Exception {
        Outcome o = mayfly("run", "--bogus", "app.img");
        assertEquals(Mayfly.EXIT_USAGE, o.status(), o.stderr());
        assertEquals("mayfly run: Unknown option: '--bogus'\n(mayfly run --help for usage)\n", o.stderr());
    }
}
