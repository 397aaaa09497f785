package dev.mayfly.vmm.net;

import dev.mayfly.net.wire.MacAddress;
import dev.mayfly.vmm.devices.virtio.net.NetBackend;

/**
 * A network backed by a Linux TAP interface: the guest's frames go to the host's network stack as
 * they are, and the host configures addresses and routing (needs root or a persistent TAP owned by
 * the user). Port forwarding is the host's business here (the guest is reachable at whatever address
 * it configures).
 */
public final class TapNetwork implements Network {
    /** The interface name used when none is given. */
    public static final String DEFAULT_NAME = "mayfly0";

    private final String interfaceName;
    private final long guestMac;

    private TapNetwork(String interfaceName, long guestMac) {
        if (interfaceName.isEmpty() || interfaceName.length() > 15 || !interfaceName.chars().allMatch(c -> c > ' ' && c < 127 && c != '/')) {
            throw new IllegalArgumentException("'" + interfaceName + "' is not a network interface name (1 to 15 characters, no spaces or '/')");
        }
        this.interfaceName = interfaceName;
        this.guestMac = guestMac;
    }

    /** TAP interface {@code name} (created when missing), the guest with the user-mode network's MAC. */
    public static TapNetwork named(String name) {
        return new TapNetwork(name, UserNetwork.GUEST_MAC);
    }

    /** TAP interface {@code name}, the guest with MAC {@code guestMac}. */
    public static TapNetwork named(String name, long guestMac) {
        if (!MacAddress.isUnicast(guestMac)) {
            throw new IllegalArgumentException("not a unicast MAC: " + MacAddress.toString(guestMac));
        }
        return new TapNetwork(name, guestMac);
    }

    public String interfaceName() {
        return interfaceName;
    }

    @Override
    public long guestMac() {
        return guestMac;
    }

    @Override
    public NetBackend open(String vmName) {
        return TapBackend.open(interfaceName, vmName);
    }

    @Override
    public String toString() {
        return "tap:" + interfaceName;
    }
}
