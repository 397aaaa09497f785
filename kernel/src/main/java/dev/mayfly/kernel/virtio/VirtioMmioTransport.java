package dev.mayfly.kernel.virtio;

import dev.mayfly.virtio.DeviceStatus;
import dev.mayfly.virtio.FeatureBit;
import dev.mayfly.virtio.MmioRegister;

/**
 * The virtio-mmio transport of one device, version 2 ("modern", virtio 1.2 §4.2.2-§4.2.3):
 * identification, the initialization sequence of §3.1.1 with feature negotiation, virtqueue
 * setup, notifications and the interrupt status.
 *
 * <p>Legacy devices (version 1) are refused with a message that says how to get a modern one
 * (QEMU: {@code -global virtio-mmio.force-legacy=false}).
 */
public final class VirtioMmioTransport {
    private final MmioRegisters regs;
    private final int deviceId;
    private long negotiated;

    private VirtioMmioTransport(MmioRegisters regs, int deviceId) {
        this.regs = regs;
        this.deviceId = deviceId;
    }

    /** Checks the magic value and version of a window; returns the transport, or throws saying what is wrong. */
    public static VirtioMmioTransport probe(MmioRegisters regs) {
        int magic = regs.read32(MmioRegister.MAGIC_VALUE);
        if (magic != MmioRegister.MAGIC) {
            throw new VirtioException("no virtio-mmio device (magic 0x" + Integer.toHexString(magic) + ")");
        }
        int version = regs.read32(MmioRegister.VERSION);
        if (version == 1) {
            throw new VirtioException("legacy virtio-mmio device (version 1) not supported; "
                    + "QEMU offers version 2 with -global virtio-mmio.force-legacy=false");
        }
        if (version != MmioRegister.VERSION_MODERN) {
            throw new VirtioException("unknown virtio-mmio version " + version);
        }
        return new VirtioMmioTransport(regs, regs.read32(MmioRegister.DEVICE_ID));
    }

    /** The device type (virtio 1.2 §5); 0 = no device behind the window. */
    public int deviceId() { return deviceId; }

    /** The features both sides agreed on. */
    public long negotiatedFeatures() { return negotiated; }

    /**
     * Resets the device and negotiates features (§3.1.1 steps 1-6): {@code wanted} masked by what
     * the device offers, VIRTIO_F_VERSION_1 required. Returns the negotiated set.
     */
    public long negotiate(long wanted) {
        regs.write32(MmioRegister.STATUS, 0);
        while (regs.read32(MmioRegister.STATUS) != 0) {
            // §4.2.3.1: the reset completes when the status reads back as 0
        }
        regs.write32(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE);
        regs.write32(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER);
        long offered = 0;
        for (int sel = 0; sel < 2; sel++) {
            regs.write32(MmioRegister.DEVICE_FEATURES_SEL, sel);
            offered |= (regs.read32(MmioRegister.DEVICE_FEATURES) & 0xffffffffL) << (32 * sel);
        }
        long version1 = FeatureBit.mask(FeatureBit.VERSION_1);
        if ((offered & version1) == 0) {
            fail();
            throw new VirtioException("device does not offer VIRTIO_F_VERSION_1");
        }
        long accepted = offered & (wanted | version1);
        for (int sel = 0; sel < 2; sel++) {
            regs.write32(MmioRegister.DRIVER_FEATURES_SEL, sel);
            regs.write32(MmioRegister.DRIVER_FEATURES, (int) (accepted >>> (32 * sel)));
        }
        int status = DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK;
        regs.write32(MmioRegister.STATUS, status);
        if ((regs.read32(MmioRegister.STATUS) & DeviceStatus.FEATURES_OK) == 0) {
            fail();
            throw new VirtioException("device refused features 0x" + Long.toHexString(accepted));
        }
        negotiated = accepted;
        return accepted;
    }

    /** The largest size the device allows for queue {@code index}; 0 if the queue does not exist. */
    public int queueSizeMax(int index) {
        regs.write32(MmioRegister.QUEUE_SEL, index);
        return regs.read32(MmioRegister.QUEUE_NUM_MAX);
    }

    /** Gives queue {@code index} to the device (§4.2.3.2). */
    public void setUpQueue(int index, SplitVirtqueue queue) {
        regs.write32(MmioRegister.QUEUE_SEL, index);
        if (regs.read32(MmioRegister.QUEUE_READY) != 0) {
            throw new VirtioException("queue " + index + " is already in use");
        }
        int max = regs.read32(MmioRegister.QUEUE_NUM_MAX);
        if (max == 0 || queue.size() > max) {
            throw new VirtioException("queue " + index + " allows " + max + " entries, not " + queue.size());
        }
        regs.write32(MmioRegister.QUEUE_NUM, queue.size());
        writeAddress(MmioRegister.QUEUE_DESC_LOW, queue.descriptorAddress());
        writeAddress(MmioRegister.QUEUE_DRIVER_LOW, queue.driverAddress());
        writeAddress(MmioRegister.QUEUE_DEVICE_LOW, queue.deviceAddress());
        regs.write32(MmioRegister.QUEUE_READY, 1);
    }

    private void writeAddress(int lowRegister, long address) {
        regs.write32(lowRegister, (int) address);
        regs.write32(lowRegister + 4, (int) (address >>> 32));
    }

    /** Tells the device the driver is ready (§3.1.1 step 8). */
    public void driverOk() {
        regs.write32(MmioRegister.STATUS,
                DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK | DeviceStatus.DRIVER_OK);
    }

    /** Marks the device FAILED (§3.1.1): the driver gave up on it. */
    public void fail() {
        regs.write32(MmioRegister.STATUS, regs.read32(MmioRegister.STATUS) | DeviceStatus.FAILED);
    }

    /** Whether the device asks to be reset (DEVICE_NEEDS_RESET, §2.1.1). */
    public boolean needsReset() {
        return (regs.read32(MmioRegister.STATUS) & DeviceStatus.DEVICE_NEEDS_RESET) != 0;
    }

    /** Tells the device that queue {@code index} has new buffers (§4.2.3.3). */
    public void notifyQueue(int index) {
        regs.write32(MmioRegister.QUEUE_NOTIFY, index);
    }

    /** Reads and acknowledges the interrupt status (§4.2.3.4); returns the bits that were set. */
    public int takeInterruptStatus() {
        int status = regs.read32(MmioRegister.INTERRUPT_STATUS);
        if (status != 0) {
            regs.write32(MmioRegister.INTERRUPT_ACK, status);
        }
        return status;
    }

    /** Reads one byte of the device-specific configuration space. */
    public int configByte(int offset) {
        return regs.read8(MmioRegister.CONFIG + offset) & 0xff;
    }
}
