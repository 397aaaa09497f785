package dev.mayfly.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a process and measures how long it takes until its first line on stdout. */
final class ProcessTimer {
    private ProcessTimer() {
    }

    /** Nanoseconds from process start to its first newline on stdout; the process is then waited for. */
    static long untilFirstLine(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long firstLine = 0;
        try (InputStream in = p.getInputStream()) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n' && firstLine == 0) {
                    firstLine = System.nanoTime();
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        if (firstLine == 0) {
            throw new IOException("no output line from " + command + " (status " + p.exitValue() + ")");
        }
        return firstLine - start;
    }
}
