package dev.mayfly.virtio;

/** Virtio device IDs, as read from the DeviceID register (virtio 1.2 §5, "Device Types"). */
public final class DeviceType {
    private DeviceType() {}

    /** Reserved: a virtio-mmio window with device ID 0 has no device behind it (§4.2.2). */
    public static final int NONE = 0;
    public static final int NETWORK = 1;
    public static final int BLOCK = 2;
    public static final int CONSOLE = 3;
    public static final int ENTROPY = 4;
    public static final int BALLOON = 5;
    public static final int VSOCK = 19;
}
