package dev.mayfly.vmm.devices;

/** An interrupt input of the guest's interrupt controllers, as a device drives it. */
public interface InterruptLine {
    /** Sets the line's level (for level-triggered sources such as the UART). */
    void setLevel(boolean high);

    /** Raises and lowers the line once (for edge-triggered sources such as virtio-mmio over irqfd). */
    void pulse();
}
