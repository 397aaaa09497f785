package dev.mayfly.vmm.devices.virtio;

import dev.mayfly.virtio.DeviceStatus;
import dev.mayfly.virtio.FeatureBit;
import dev.mayfly.virtio.InterruptStatus;
import dev.mayfly.virtio.MmioRegister;
import dev.mayfly.vmm.devices.InterruptLine;
import dev.mayfly.vmm.devices.MmioDevice;
import dev.mayfly.vmm.vstate.GuestMemory;
import java.util.ArrayList;
import java.util.List;

/**
 * The register file of a virtio-mmio device (virtio 1.2 §4.2.2): identification, feature negotiation,
 * queue configuration, interrupt status, device status and the device's configuration space.
 *
 * <p>Registers below {@link MmioRegister#CONFIG} take aligned 32-bit accesses only; anything else reads
 * 0 and is ignored when written. The driver's mistakes (bad queue addresses, features the device never
 * offered) never throw out of here: the device sets DEVICE_NEEDS_RESET or withholds FEATURES_OK, as the
 * specification prescribes (§2.1.2, §3.1.1).
 */
public final class VirtioMmioTransport implements MmioDevice, VirtioDeviceContext {
    /** The VendorID register's value: "MYFL" in little-endian ASCII. */
    public static final int VENDOR_ID = 0x4C46594D;
    /** What SHMLen reads as when the selected shared memory region does not exist (§4.2.2). */
    static final int NO_SHARED_MEMORY = 0xFFFF_FFFF;

    private final VirtioDevice device;
    private final GuestMemory memory;
    private final InterruptLine interrupt;
    private final Runnable wakeNotificationThread;
    private final List<Virtqueue> queues;
    private int deviceFeaturesSelect;
    private int driverFeaturesSelect;
    private long driverFeatures;
    private int queueSelect;
    private int status;
    private int interruptStatus;
    private int configGeneration;
    private volatile boolean active;
    private String lastError;
    private long notificationsThroughJava;

    /**
     * A transport for {@code device} over {@code memory}, interrupting through {@code interrupt}. A queue
     * notification that reaches Java (rather than the ioeventfd) calls {@code wakeNotificationThread}.
     */
    public VirtioMmioTransport(VirtioDevice device, GuestMemory memory, InterruptLine interrupt, Runnable wakeNotificationThread) {
        this.device = device;
        this.memory = memory;
        this.interrupt = interrupt;
        this.wakeNotificationThread = wakeNotificationThread;
        List<Virtqueue> list = new ArrayList<>();
        for (int i = 0; i < device.queueCount(); i++) {
            list.add(new Virtqueue(device.maxQueueSize()));
        }
        this.queues = List.copyOf(list);
    }

    private long offeredFeatures() {
        return device.offeredFeatures() | FeatureBit.mask(FeatureBit.VERSION_1);
    }

    private Virtqueue selectedQueue() {
        return queueSelect >= 0 && queueSelect < queues.size() ? queues.get(queueSelect) : null;
    }

    @Override
    public synchronized long read(long offset, int size) {
        if (offset >= MmioRegister.CONFIG) {
            return device.readConfig((int) (offset - MmioRegister.CONFIG), size);
        }
        if (size != 4 || (offset & 3) != 0) {
            return 0;
        }
        Virtqueue q = selectedQueue();
        long value = switch ((int) offset) {
            case MmioRegister.MAGIC_VALUE -> MmioRegister.MAGIC;
            case MmioRegister.VERSION -> MmioRegister.VERSION_MODERN;
            case MmioRegister.DEVICE_ID -> device.deviceType();
            case MmioRegister.VENDOR_ID -> VENDOR_ID;
            case MmioRegister.DEVICE_FEATURES -> deviceFeaturesSelect == 0 ? offeredFeatures()
                    : deviceFeaturesSelect == 1 ? offeredFeatures() >>> 32 : 0;
            case MmioRegister.QUEUE_NUM_MAX -> q == null ? 0 : q.maxSize();
            case MmioRegister.QUEUE_READY -> q != null && q.isReady() ? 1 : 0;
            case MmioRegister.INTERRUPT_STATUS -> interruptStatus;
            case MmioRegister.STATUS -> status;
            case MmioRegister.SHM_LEN_LOW, MmioRegister.SHM_LEN_HIGH, MmioRegister.SHM_BASE_LOW, MmioRegister.SHM_BASE_HIGH -> NO_SHARED_MEMORY;
            case MmioRegister.CONFIG_GENERATION -> configGeneration;
            default -> 0;
        };
        return value & 0xFFFF_FFFFL;
    }

    @Override
    public synchronized void write(long offset, int size, long value) {
        if (offset >= MmioRegister.CONFIG) {
            device.writeConfig((int) (offset - MmioRegister.CONFIG), size, value);
            return;
        }
        if (size != 4 || (offset & 3) != 0) {
            return;
        }
        int v = (int) value;
        Virtqueue q = selectedQueue();
        boolean configurable = q != null && !q.isReady();
        switch ((int) offset) {
            case MmioRegister.DEVICE_FEATURES_SEL -> deviceFeaturesSelect = v;
            case MmioRegister.DRIVER_FEATURES_SEL -> driverFeaturesSelect = v;
            case MmioRegister.DRIVER_FEATURES -> writeDriverFeatures(v);
            case MmioRegister.QUEUE_SEL -> queueSelect = v;
            case MmioRegister.QUEUE_NUM -> { if (configurable) q.setSize(v); }
            case MmioRegister.QUEUE_DESC_LOW -> { if (configurable) q.setDescriptorTable(low(q.descriptorTable(), v)); }
            case MmioRegister.QUEUE_DESC_HIGH -> { if (configurable) q.setDescriptorTable(high(q.descriptorTable(), v)); }
            case MmioRegister.QUEUE_DRIVER_LOW -> { if (configurable) q.setAvailRing(low(q.availRing(), v)); }
            case MmioRegister.QUEUE_DRIVER_HIGH -> { if (configurable) q.setAvailRing(high(q.availRing(), v)); }
            case MmioRegister.QUEUE_DEVICE_LOW -> { if (configurable) q.setUsedRing(low(q.usedRing(), v)); }
            case MmioRegister.QUEUE_DEVICE_HIGH -> { if (configurable) q.setUsedRing(high(q.usedRing(), v)); }
            case MmioRegister.QUEUE_READY -> writeQueueReady(q, v);
            case MmioRegister.QUEUE_RESET -> { if (q != null && v == 1) q.reset(); }
            case MmioRegister.QUEUE_NOTIFY -> {
                notificationsThroughJava++;
                wakeNotificationThread.run();
            }
            case MmioRegister.INTERRUPT_ACK -> interruptStatus &= ~v;
            case MmioRegister.STATUS -> writeStatus(v);
            default -> { }
        }
    }

    private static long low(long old, int v) {
        return (old & 0xFFFF_FFFF_0000_0000L) | Integer.toUnsignedLong(v);
    }

    private static long high(long old, int v) {
        return (old & 0xFFFF_FFFFL) | ((long) v << 32);
    }

    private void writeDriverFeatures(int v) {
        if ((status & DeviceStatus.FEATURES_OK) != 0) {
            return;
        }
        if (driverFeaturesSelect == 0) {
            driverFeatures = low(driverFeatures, v);
        } else if (driverFeaturesSelect == 1) {
            driverFeatures = high(driverFeatures, v);
        }
    }

    private void writeQueueReady(Virtqueue q, int v) {
        if (q == null) {
            return;
        }
        if (v == 0) {
            q.reset();
            return;
        }
        if (q.isReady()) {
            return;
        }
        try {
            q.makeReady(memory);
        } catch (VirtqueueException e) {
            needsReset("queue " + queueSelect + ": " + e.getMessage());
        }
    }

    private void writeStatus(int v) {
        if (v == 0) {
            reset();
            return;
        }
        int added = v & ~status;
        if ((added & DeviceStatus.FEATURES_OK) != 0) {
            boolean acceptable = (driverFeatures & ~offeredFeatures()) == 0
                    && (driverFeatures & FeatureBit.mask(FeatureBit.VERSION_1)) != 0;
            if (!acceptable) {
                v &= ~DeviceStatus.FEATURES_OK;
            }
        }
        status = (v & ~DeviceStatus.DEVICE_NEEDS_RESET) | (status & DeviceStatus.DEVICE_NEEDS_RESET);
        if ((added & DeviceStatus.DRIVER_OK) != 0 && (status & DeviceStatus.FEATURES_OK) != 0 && !active
                && (status & DeviceStatus.DEVICE_NEEDS_RESET) == 0) {
            try {
                device.activate(this);
                active = true;
            } catch (VirtqueueException e) {
                needsReset(e.getMessage());
            }
        }
    }

    private void reset() {
        active = false;
        device.reset();
        for (Virtqueue q : queues) {
            q.reset();
        }
        status = 0;
        driverFeatures = 0;
        deviceFeaturesSelect = 0;
        driverFeaturesSelect = 0;
        queueSelect = 0;
        interruptStatus = 0;
    }

    private void needsReset(String why) {
        lastError = why;
        status |= DeviceStatus.DEVICE_NEEDS_RESET;
        if ((status & DeviceStatus.DRIVER_OK) != 0) {
            signalConfigurationChange();
        }
    }

    /** Runs the device's queue processing, on the notification thread; a driver mistake sets DEVICE_NEEDS_RESET. */
    public synchronized void processNotifications() {
        process(false);
    }

    /**
     * {@link #processNotifications} for the notification thread: returns true when the device left
     * the driver's notifications off and must run again soon ({@link VirtioDevice#queuesNotifiedMayLinger}).
     */
    public synchronized boolean processNotificationsMayLinger() {
        return process(true);
    }

    private boolean process(boolean mayLinger) {
        if (!active || (status & DeviceStatus.DEVICE_NEEDS_RESET) != 0) {
            return false;
        }
        try {
            if (mayLinger) {
                return device.queuesNotifiedMayLinger();
            }
            device.queuesNotified();
        } catch (VirtqueueException | dev.mayfly.vmm.vstate.GuestMemoryAccessException e) {
            needsReset(e.getMessage());
        }
        return false;
    }

    /** Whether the driver has started the device (DRIVER_OK) and it is running. */
    public boolean isActive() {
        return active;
    }

    /** The device status register's value. */
    public synchronized int status() {
        return status;
    }

    /** Why the device last set DEVICE_NEEDS_RESET, or null. */
    public synchronized String lastError() {
        return lastError;
    }

    /** How many queue notifications arrived as MMIO exits rather than through the ioeventfd. */
    public synchronized long notificationsThroughJava() {
        return notificationsThroughJava;
    }

    @Override
    public GuestMemory memory() {
        return memory;
    }

    @Override
    public List<Virtqueue> queues() {
        return queues;
    }

    @Override
    public synchronized long negotiatedFeatures() {
        return driverFeatures;
    }

    @Override
    public synchronized void signalUsedBuffers() {
        interruptStatus |= InterruptStatus.USED_BUFFER;
        interrupt.pulse();
    }

    @Override
    public void processNow() {
        processNotifications();
    }

    @Override
    public void requestProcessing() {
        wakeNotificationThread.run();
    }

    @Override
    public synchronized void signalConfigurationChange() {
        configGeneration++;
        interruptStatus |= InterruptStatus.CONFIGURATION_CHANGE;
        interrupt.pulse();
    }
}
