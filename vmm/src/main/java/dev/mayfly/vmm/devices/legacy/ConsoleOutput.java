package dev.mayfly.vmm.devices.legacy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where the guest's console bytes go: a sink (stdout, a log file) written in batches, a line or a full
 * buffer at a time, and otherwise at most {@link #FLUSH_DELAY_MILLIS} after a byte arrives, so a prompt
 * without a newline still shows.
 *
 * <p>It remembers when the first byte arrived ({@link System#nanoTime}), for boot benchmarks. A sink
 * that fails is dropped: a broken console must not stop the guest.
 */
public final class ConsoleOutput {
    /** How long a byte may wait for its line to complete before it is flushed anyway. */
    public static final long FLUSH_DELAY_MILLIS = 20;
    private static final int BUFFER_SIZE = 8192;

    private final OutputStream sink;
    private final ScheduledExecutorService flusher;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int count;
    private boolean flushScheduled;
    private boolean failed;
    private volatile long firstByteNanos;
    private long bytesWritten;

    /** A console writing to {@code sink}; {@code flusher} runs delayed flushes (null: flush on newline and close only). */
    public ConsoleOutput(OutputStream sink, ScheduledExecutorService flusher) {
        this.sink = sink;
        this.flusher = flusher;
    }

    /** Takes one byte from the guest. */
    public synchronized void write(byte b) {
        if (firstByteNanos == 0) {
            firstByteNanos = System.nanoTime();
        }
        bytesWritten++;
        buffer[count++] = b;
        if (b == '\n' || count == buffer.length) {
            flush();
        } else if (!flushScheduled && flusher != null) {
            flushScheduled = true;
            flusher.schedule(this::flush, FLUSH_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Writes out whatever is buffered. */
    public synchronized void flush() {
        flushScheduled = false;
        if (count == 0) {
            return;
        }
        if (!failed && sink != null) {
            try {
                sink.write(buffer, 0, count);
                sink.flush();
            } catch (IOException e) {
                failed = true;
            }
        }
        count = 0;
    }

    /** {@link System#nanoTime} when the first byte arrived, or 0 if none has. */
    public long firstByteNanos() {
        return firstByteNanos;
    }

    /** How many bytes the guest has written. */
    public synchronized long bytesWritten() {
        return bytesWritten;
    }
}
