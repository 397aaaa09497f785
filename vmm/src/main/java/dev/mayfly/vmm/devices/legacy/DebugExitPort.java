package dev.mayfly.vmm.devices.legacy;

import dev.mayfly.vmm.devices.PortIoDevice;
import java.util.function.IntConsumer;

/**
 * The exit port: an isa-debug-exit compatible device at I/O port 0xF4, four ports wide; a guest
 * {@code out} of value v ends the VM with exit status v.
 *
 * <p>QEMU's isa-debug-exit turns the same write into process status {@code (v << 1) | 1}; the Mayfly
 * VMM does not: the value written is the status. Reads return 0.
 */
public final class DebugExitPort implements PortIoDevice {
    /** The port QEMU is configured with ({@code -device isa-debug-exit,iobase=0xf4,iosize=0x04}). */
    public static final int PORT = 0xF4;
    public static final int WIDTH = 4;

    private final IntConsumer onExit;

    /** A port that reports each written status to {@code onExit}. */
    public DebugExitPort(IntConsumer onExit) {
        this.onExit = onExit;
    }

    @Override
    public long read(int port, int size) {
        return 0;
    }

    @Override
    public void write(int port, int size, long value) {
        onExit.accept((int) value);
    }
}
