package dev.mayfly.vmm.net;

import dev.mayfly.net.wire.Ipv4Address;
import dev.mayfly.net.wire.MacAddress;
import dev.mayfly.vmm.devices.virtio.net.NetBackend;
import java.util.List;

/**
 * User-mode networking: the guest's virtio-net link ends at a small gateway inside the VMM, built on
 * the {@code net} TCP/IP stack, so no root and no host network configuration are needed.
 *
 * <p>The link is 10.0.2.0/24, as with QEMU's user networking: the gateway is 10.0.2.2 (MAC
 * 52:55:0a:00:02:02) and answers ARP and ping; its DHCP server leases 10.0.2.15/24 with router
 * 10.0.2.2 for one day to the guest (MAC 52:54:00:12:34:56). Each {@link PortForward} listens on
 * 127.0.0.1:hostPort and carries every accepted connection to 10.0.2.15:guestPort. The guest cannot
 * reach anything beyond the gateway (no outbound NAT, no DNS).
 */
public final class UserNetwork implements Network {
    /** The gateway's address on the link. */
    public static final int GATEWAY_ADDRESS = Ipv4Address.of(10, 0, 2, 2);
    /** The address leased to the guest. */
    public static final int GUEST_ADDRESS = Ipv4Address.of(10, 0, 2, 15);
    /** The link's prefix length (a /24: netmask 255.255.255.0). */
    public static final int PREFIX_LENGTH = 24;
    /** The DHCP lease time in seconds (one day). */
    public static final int LEASE_SECONDS = 86_400;
    /** The guest's MAC address (a locally administered one, QEMU's default). */
    public static final long GUEST_MAC = MacAddress.parse("52:54:00:12:34:56");
    /** The gateway's MAC address. */
    public static final long GATEWAY_MAC = MacAddress.parse("52:55:0a:00:02:02");

    private final List<PortForward> forwards;

    private UserNetwork(List<PortForward> forwards) {
        this.forwards = List.copyOf(forwards);
        for (int i = 0; i < this.forwards.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (this.forwards.get(i).hostPort() == this.forwards.get(j).hostPort()) {
                    throw new IllegalArgumentException("host port " + this.forwards.get(i).hostPort() + " is forwarded twice");
                }
            }
        }
    }

    /** A user-mode network that forwards these host ports to the guest. */
    public static UserNetwork forwarding(PortForward... forwards) {
        return new UserNetwork(List.of(forwards));
    }

    /** A user-mode network that forwards these host ports to the guest. */
    public static UserNetwork forwarding(List<PortForward> forwards) {
        return new UserNetwork(forwards);
    }

    public List<PortForward> forwards() {
        return forwards;
    }

    @Override
    public long guestMac() {
        return GUEST_MAC;
    }

    /** Binds the forwarded host ports and starts the gateway's thread. */
    @Override
    public NetBackend open(String vmName) {
        return Gateway.start(this, vmName);
    }

    @Override
    public String toString() {
        return "user" + (forwards.isEmpty() ? "" : " " + forwards);
    }
}
