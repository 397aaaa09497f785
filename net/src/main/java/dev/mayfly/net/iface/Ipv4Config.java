package dev.mayfly.net.iface;

import dev.mayfly.net.wire.Ipv4Address;

/**
 * The IPv4 configuration of an interface: address, prefix length, default gateway and DNS
 * servers, or "use DHCP". Immutable.
 *
 * <p>{@link #parse} reads the value of the Linux kernel's {@code ip=} parameter
 * (Documentation/admin-guide/nfs/nfsroot.rst), so the Mayfly command line can configure the
 * stack the way Linux guests are configured, plus a short {@code address/prefix[,gateway]} form.
 */
public final class Ipv4Config {
    private final boolean dhcp;
    private final int address;
    private final int prefixLength;
    private final int gateway;
    private final int[] dnsServers;

    private Ipv4Config(boolean dhcp, int address, int prefixLength, int gateway, int[] dnsServers) {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length " + prefixLength);
        }
        this.dhcp = dhcp;
        this.address = address;
        this.prefixLength = prefixLength;
        this.gateway = gateway;
        this.dnsServers = dnsServers.clone();
    }

    /** A static address with a prefix length and a default gateway (0 for none). */
    public static Ipv4Config ofStatic(int address, int prefixLength, int gateway, int... dnsServers) {
        return new Ipv4Config(false, address, prefixLength, gateway, dnsServers);
    }

    /** "Obtain everything by DHCP" (RFC 2131). */
    public static Ipv4Config ofDhcp() {
        return new Ipv4Config(true, 0, 0, 0, new int[0]);
    }

    /** No address yet (for example before DHCP completes). */
    public static Ipv4Config unconfigured() {
        return new Ipv4Config(false, 0, 0, 0, new int[0]);
    }

    public boolean isDhcp() { return dhcp; }
    public int address() { return address; }
    public int prefixLength() { return prefixLength; }
    public int netmask() { return Ipv4Address.netmask(prefixLength); }
    public int gateway() { return gateway; }
    public int dnsServerCount() { return dnsServers.length; }
    public int dnsServer(int i) { return dnsServers[i]; }
    public boolean isConfigured() { return address != 0; }

    /** Returns whether {@code other} is on this interface's subnet. */
    public boolean inSubnet(int other) {
        int mask = netmask();
        return address != 0 && (other & mask) == (address & mask);
    }

    /** Returns the directed broadcast address of the subnet (RFC 919). */
    public int subnetBroadcast() {
        return address | ~netmask();
    }

    /**
     * Parses an {@code ip=} value: {@code dhcp} (also {@code on}, {@code any}, {@code both}),
     * {@code ADDR/PREFIX[,GATEWAY]}, or Linux's
     * {@code client:server:gateway:netmask:hostname:device:autoconf:dns0:dns1}.
     */
    public static Ipv4Config parse(String value) {
        String v = value.trim();
        if (v.equals("dhcp") || v.equals("on") || v.equals("any") || v.equals("both")) {
            return ofDhcp();
        }
        if (v.indexOf(':') < 0) {
            int comma = v.indexOf(',');
            String cidr = comma < 0 ? v : v.substring(0, comma);
            int gateway = comma < 0 ? 0 : Ipv4Address.parse(v.substring(comma + 1));
            int slash = cidr.indexOf('/');
            int address = Ipv4Address.parse(slash < 0 ? cidr : cidr.substring(0, slash));
            int prefix = slash < 0 ? 24 : parsePrefix(cidr.substring(slash + 1));
            return ofStatic(address, prefix, gateway);
        }
        String[] f = v.split(":", -1);
        String autoconf = f.length > 6 ? f[6] : "";
        if (f[0].isEmpty() && (autoconf.equals("dhcp") || autoconf.equals("on") || autoconf.equals("any") || autoconf.isEmpty())) {
            return ofDhcp();
        }
        int address = Ipv4Address.parse(f[0]);
        int gateway = f.length > 2 && !f[2].isEmpty() ? Ipv4Address.parse(f[2]) : 0;
        int prefix = 24;
        if (f.length > 3 && !f[3].isEmpty()) {
            prefix = Ipv4Address.prefixLength(Ipv4Address.parse(f[3]));
            if (prefix < 0) {
                throw new IllegalArgumentException("netmask not contiguous: " + f[3]);
            }
        }
        int dnsCount = 0;
        int[] dns = new int[2];
        for (int i = 7; i < Math.min(f.length, 9); i++) {
            if (!f[i].isEmpty()) {
                dns[dnsCount++] = Ipv4Address.parse(f[i]);
            }
        }
        return ofStatic(address, prefix, gateway, java.util.Arrays.copyOf(dns, dnsCount));
    }

    /**
     * Finds the {@code ip=} parameter in a kernel command line and parses it; returns
     * {@link #ofDhcp()} when the command line has none.
     */
    public static Ipv4Config fromCommandLine(String commandLine) {
        for (String token : commandLine.trim().split("\\s+")) {
            if (token.startsWith("ip=")) {
                return parse(token.substring(3));
            }
        }
        return ofDhcp();
    }

    private static int parsePrefix(String s) {
        int p = Integer.parseInt(s);
        if (p < 0 || p > 32) {
            throw new IllegalArgumentException("prefix length " + s);
        }
        return p;
    }

    @Override
    public String toString() {
        if (dhcp) {
            return "dhcp";
        }
        StringBuilder sb = new StringBuilder(Ipv4Address.toString(address)).append('/').append(prefixLength);
        if (gateway != 0) {
            sb.append(" via ").append(Ipv4Address.toString(gateway));
        }
        return sb.toString();
    }
}
