package dev.mayfly.vmm.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.vmm.devices.legacy.ConsoleOutput;
import dev.mayfly.vmm.devices.legacy.Serial16550;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Serial16550Test {
    private static final int BASE = 0x3F8;
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
    private final ConsoleOutput console = new ConsoleOutput(sink, null);
    private final List<Boolean> irq = new ArrayList<>();
    private final Serial16550 uart = new Serial16550(BASE, console, new InterruptLine() {
        @Override
        public void setLevel(boolean high) {
            irq.add(high);
        }

        @Override
        public void pulse() {
            irq.add(true);
            irq.add(false);
        }
    });

    private void out(int register, int value) {
        uart.write(BASE + register, 1, value);
    }

    private int in(int register) {
        return (int) uart.read(BASE + register, 1);
    }

    @Test
    void transmitterIsAlwaysReady() {
        assertEquals(0x60, in(5) & 0x60);
    }

    @Test
    void writesBytesToTheConsoleAndFlushesOnNewline() {
        for (byte b : "hi".getBytes()) {
            out(0, b);
        }
        assertEquals("", sink.toString());
        out(0, '\n');
        assertEquals("hi\n", sink.toString());
        assertTrue(console.firstByteNanos() > 0);
    }

    @Test
    void divisorLatchHidesDataRegisters() {
        out(3, 0x80);
        out(0, 0x01);
        out(1, 0x00);
        assertEquals(0x01, in(0));
        out(3, 0x03);
        assertEquals(0, sink.size() + console.bytesWritten());
    }

    @Test
    void receivedBytesRaiseTheInterruptUntilRead() {
        out(1, 0x01);
        uart.receive("ab".getBytes(), 2);
        assertEquals(List.of(true), irq);
        assertEquals(0x01, in(5) & 0x01);
        assertEquals(0x04, in(2) & 0x0F);
        assertEquals('a', in(0));
        assertEquals('b', in(0));
        assertEquals(0, in(5) & 0x01);
        assertEquals(List.of(true, false), irq);
        assertEquals(0x01, in(2) & 0x0F);
    }

    @Test
    void transmitterEmptyInterruptClearsWhenIdentified() {
        out(1, 0x02);
        assertEquals(List.of(true), irq);
        assertEquals(0x02, in(2) & 0x0F);
        assertEquals(List.of(true, false), irq);
    }
}
