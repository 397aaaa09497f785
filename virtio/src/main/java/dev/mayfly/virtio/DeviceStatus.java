package dev.mayfly.virtio;

/** Bits of the device status field, set by the driver during initialization (virtio 1.2 §2.1). */
public final class DeviceStatus {
    private DeviceStatus() {}

    public static final int ACKNOWLEDGE = 1;
    public static final int DRIVER = 2;
    public static final int DRIVER_OK = 4;
    public static final int FEATURES_OK = 8;
    /** Set by the device when it hit an error it cannot recover from without a reset. */
    public static final int DEVICE_NEEDS_RESET = 64;
    public static final int FAILED = 128;
}
