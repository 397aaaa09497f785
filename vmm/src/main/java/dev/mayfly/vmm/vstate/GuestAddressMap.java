package dev.mayfly.vmm.vstate;

/**
 * Where things live in the guest-physical address space of a Mayfly VM.
 *
 * <p>RAM starts at 0 and may grow up to {@link #RAM_CEILING}; the 1 GiB above it is reserved for
 * devices: the virtio-mmio windows, then the IOAPIC and LAPIC at their architectural addresses.
 */
public final class GuestAddressMap {
    private GuestAddressMap() {}

    /** Guest RAM ends at or below 3 GiB, leaving the 32-bit MMIO hole for devices. */
    public static final long RAM_CEILING = 0xC000_0000L;
    /** The first virtio-mmio device window; windows follow each other every {@link #VIRTIO_MMIO_STRIDE} bytes. */
    public static final long VIRTIO_MMIO_BASE = 0xD000_0000L;
    public static final long VIRTIO_MMIO_STRIDE = 0x1000L;
    /** At most this many virtio-mmio devices, each with its own IOAPIC pin. */
    public static final int VIRTIO_MMIO_MAX_DEVICES = 16;
    /** The IOAPIC pin of the first virtio-mmio device; device i gets pin FIRST + i (pins 5..20, as the ISA pins below are taken or reserved). */
    public static final int VIRTIO_MMIO_FIRST_IRQ = 5;
    /** The IOAPIC's MMIO window (emulated by KVM's in-kernel irqchip). */
    public static final long IOAPIC_BASE = 0xFEC0_0000L;
    /** The local APIC's MMIO window (emulated by KVM). */
    public static final long LAPIC_BASE = 0xFEE0_0000L;
    /** Three pages below 4 GiB that Intel's KVM needs for real-mode emulation (KVM_SET_TSS_ADDR). */
    public static final long KVM_TSS_ADDRESS = 0xFFFB_D000L;

    /** The MMIO window of virtio-mmio device {@code index}. */
    public static long virtioMmioWindow(int index) {
        return VIRTIO_MMIO_BASE + VIRTIO_MMIO_STRIDE * index;
    }

    /** The interrupt line (GSI) of virtio-mmio device {@code index}. */
    public static int virtioMmioIrq(int index) {
        return VIRTIO_MMIO_FIRST_IRQ + index;
    }
}
