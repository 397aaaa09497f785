package dev.mayfly.vmm.devices;

/**
 * A device in a window of guest-physical MMIO space; called on the vCPU thread for each guest load and
 * store that KVM does not handle itself. Offsets are relative to the window and already checked to lie
 * inside it; sizes are 1, 2, 4 or 8.
 */
public interface MmioDevice {
    long read(long offset, int size);

    void write(long offset, int size, long value);
}
