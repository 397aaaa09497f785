package dev.mayfly.it;

import dev.mayfly.cli.run.Kvm;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * What the end-to-end tests need from the host; each check skips the test with a visible reason
 * (printed, and in the JUnit report) when it is missing.
 */
final class Requirements {
    private Requirements() {
    }

    static void gccAndMusl() {
        require(onPath("gcc"), "gcc is not installed (Debian package gcc; ./mayfly test installs it as root)");
        require(Files.isRegularFile(Path.of("/usr/lib/x86_64-linux-musl/libc.a")),
                "musl-dev is not installed (./mayfly test installs it as root)");
    }

    static void qemu() {
        gccAndMusl();
        require(onPath("qemu-system-x86_64"),
                "qemu-system-x86_64 is not installed (Debian package qemu-system-x86; ./mayfly test installs it as root)");
    }

    static void kvm() {
        qemu();
        String reason = Kvm.unusableReason();
        require(reason == null, "KVM is not usable: " + reason);
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            System.err.println("SKIPPED: " + reason);
        }
        Assumptions.assumeTrue(condition, reason);
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir.isEmpty() ? "." : dir, program))) {
                return true;
            }
        }
        return false;
    }
}
