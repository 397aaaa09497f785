package dev.mayfly.cli.run;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A guest console kept in memory, written by the hypervisor's thread and read by another (a test
 * or a benchmark waiting for a line such as "listening on").
 */
public final class ConsoleBuffer extends ByteArrayOutputStream {
    @Override
    public synchronized void write(int b) {
        super.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        super.write(b, off, len);
    }

    @Override
    public synchronized String toString(Charset charset) {
        return super.toString(charset);
    }

    /** Whether the console shows {@code text} so far (decoded as UTF-8). */
    public boolean contains(String text) {
        return toString(StandardCharsets.UTF_8).contains(text);
    }
}
