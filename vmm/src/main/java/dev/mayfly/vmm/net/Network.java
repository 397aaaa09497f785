package dev.mayfly.vmm.net;

import dev.mayfly.vmm.devices.virtio.net.NetBackend;

/**
 * How a VM's virtio-net device is connected on the host: {@link UserNetwork} (rootless, the gateway
 * runs in the VMM) or {@link TapNetwork} (a TAP device, root).
 */
public sealed interface Network permits UserNetwork, TapNetwork {
    /** The MAC address the guest's device reports (virtio-net configuration space). */
    long guestMac();

    /** Creates and starts the backend for VM {@code vmName}; throws {@link NetworkSetupException} when it cannot. */
    NetBackend open(String vmName);
}
