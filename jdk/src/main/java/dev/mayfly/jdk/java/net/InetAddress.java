package dev.mayfly.jdk.java.net;

import dev.mayfly.kernel.net.Network;

/**
 * java.net.InetAddress on Mayfly (compiled as {@code java.net.InetAddress}): an IP address, IPv4
 * only. Names resolve without DNS: address literals, "localhost" and the empty name.
 */
public class InetAddress implements java.io.Serializable {
    final int address;
    String hostName;

    InetAddress(String hostName, int address) {
        this.hostName = hostName;
        this.address = address;
    }

    /** The address for a literal, "localhost", or null/"" (the loopback address). */
    public static InetAddress getByName(String host) throws UnknownHostException {
        return getAllByName(host)[0];
    }

    public static InetAddress[] getAllByName(String host) throws UnknownHostException {
        if (host == null || host.isEmpty()) {
            return new InetAddress[] {getLoopbackAddress()};
        }
        String h = host;
        if (h.startsWith("[") && h.endsWith("]")) {
            throw new UnknownHostException(host + ": IPv6 is not supported");
        }
        int literal = Inet4Address.parseLiteral(h);
        if (literal != -1 || h.equals("255.255.255.255")) {
            return new InetAddress[] {new Inet4Address(null, literal)};
        }
        if (h.equalsIgnoreCase("localhost") || h.equalsIgnoreCase("localhost.localdomain")) {
            return new InetAddress[] {new Inet4Address(h, Inet4Address.LOOPBACK)};
        }
        throw new UnknownHostException(host + ": Name or service not known");
    }

    public static InetAddress getByAddress(byte[] addr) throws UnknownHostException {
        return getByAddress(null, addr);
    }

    public static InetAddress getByAddress(String host, byte[] addr) throws UnknownHostException {
        if (addr == null || addr.length != 4) {
            throw new UnknownHostException("addr is of illegal length");
        }
        int a = (addr[0] & 0xff) << 24 | (addr[1] & 0xff) << 16 | (addr[2] & 0xff) << 8 | (addr[3] & 0xff);
        return new Inet4Address(host, a);
    }

    /** localhost/127.0.0.1. */
    public static InetAddress getLoopbackAddress() {
        return new Inet4Address("localhost", Inet4Address.LOOPBACK);
    }

    /** This VM: named "localhost", with the interface's address (127.0.0.1 while it has none). */
    public static InetAddress getLocalHost() throws UnknownHostException {
        int a = Network.stack().address();
        return new Inet4Address("localhost", a == 0 ? Inet4Address.LOOPBACK : a);
    }

    public byte[] getAddress() {
        return new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
    }

    public String getHostAddress() {
        return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "." + (address & 0xff);
    }

    /** The name given, or the address literal (there is no reverse lookup). */
    public String getHostName() {
        if (hostName == null) {
            hostName = getHostAddress();
        }
        return hostName;
    }

    public String getCanonicalHostName() {
        return getHostName();
    }

    public boolean isLoopbackAddress() {
        return (address >>> 24) == 127;
    }

    public boolean isAnyLocalAddress() {
        return address == 0;
    }

    public boolean isMulticastAddress() {
        return (address & 0xf0000000) == 0xe0000000;
    }

    public boolean isLinkLocalAddress() {
        return (address & 0xffff0000) == 0xa9fe0000;
    }

    public boolean isSiteLocalAddress() {
        return (address >>> 24) == 10 || (address & 0xfff00000) == 0xac100000 || (address & 0xffff0000) == 0xc0a80000;
    }

    @Override
    public int hashCode() {
        return address;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InetAddress other && other.address == address;
    }

    @Override
    public String toString() {
        return (hostName != null ? hostName : "") + "/" + getHostAddress();
    }

    /** The address as the kernel's stack holds it. */
    int toInt() {
        return address;
    }
}
