package dev.mayfly.image.toolchain;

import dev.mayfly.image.BuildException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A host program the builder runs (gcc, ld, ar, nm, objdump, objcopy): finds it on PATH, runs it,
 * and turns a failure into a {@link BuildException} that quotes its output.
 */
public final class Tool {
    private final String name;
    private final Path executable;

    private Tool(String name, Path executable) {
        this.name = name;
        this.executable = executable;
    }

    /** Finds a program on PATH, or explains what to install. */
    public static Tool find(String name, String debianPackage) throws BuildException {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                return new Tool(name, candidate);
            }
        }
        throw new BuildException(name + " not found on PATH; install the Debian package " + debianPackage
                + " (./mayfly installs it when run as root)");
    }

    /** Runs the program; returns its standard output. Fails with its output if it exits non-zero. */
    public String run(Path workingDir, List<String> args) throws BuildException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(args);
        try {
            Path out = Files.createTempFile("mayfly-" + name, ".out");
            try {
                Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
                int status = process.waitFor();
                String output = Files.readString(out, StandardCharsets.UTF_8);
                if (status != 0) {
                    throw new ToolFailedException(name, status, output);
                }
                return output;
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new BuildException("cannot run " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException(name + " was interrupted", e);
        }
    }

    public String name() {
        return name;
    }

    /** A tool that ran and failed; carries its output for the caller to interpret. */
    public static final class ToolFailedException extends BuildException {
        private final String output;

        ToolFailedException(String tool, int status, String output) {
            super(tool + " failed (status " + status + "):\n" + tail(output));
            this.output = output;
        }

        public String output() {
            return output;
        }

        private static String tail(String output) {
            String[] lines = output.split("\n");
            int from = Math.max(0, lines.length - 30);
            return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
        }
    }
}
