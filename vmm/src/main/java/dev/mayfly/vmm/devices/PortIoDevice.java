package dev.mayfly.vmm.devices;

/** A device on the x86 I/O port bus; called on the vCPU thread for each guest {@code in} and {@code out}. */
public interface PortIoDevice {
    /** The value a guest {@code in} of {@code size} bytes (1, 2 or 4) at {@code port} reads. */
    long read(int port, int size);

    /** A guest {@code out} of {@code size} bytes (1, 2 or 4) at {@code port}. */
    void write(int port, int size, long value);
}
