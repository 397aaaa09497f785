package dev.mayfly.vmm.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mayfly.vmm.devices.legacy.ConsoleOutput;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

class ConsoleOutputTest {
    @Test
    void flushesAnUnfinishedLineAfterAShortDelay() throws InterruptedException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor();
        try {
            ConsoleOutput console = new ConsoleOutput(sink, flusher);
            console.write((byte) '>');
            assertEquals("", sink.toString());
            Thread.sleep(ConsoleOutput.FLUSH_DELAY_MILLIS * 10);
            assertEquals(">", sink.toString());
        } finally {
            flusher.shutdownNow();
        }
    }

    @Test
    void survivesAFailingSink() {
        ConsoleOutput console = new ConsoleOutput(new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("broken pipe");
            }
        }, null);
        console.write((byte) 'x');
        console.write((byte) '\n');
        console.write((byte) '\n');
        assertEquals(3, console.bytesWritten());
    }
}
