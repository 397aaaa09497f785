package dev.mayfly.jdk.java.net;

/** java.net.InetSocketAddress on Mayfly (compiled as {@code java.net.InetSocketAddress}): an IP address and a port. */
public class InetSocketAddress extends SocketAddress {
    private final InetAddress address;
    private final String hostname;
    private final int port;

    public InetSocketAddress(int port) {
        this(new Inet4Address("0.0.0.0", 0), port);
    }

    public InetSocketAddress(InetAddress addr, int port) {
        this.port = checkPort(port);
        this.address = addr == null ? new Inet4Address("0.0.0.0", 0) : addr;
        this.hostname = null;
    }

    public InetSocketAddress(String hostname, int port) {
        if (hostname == null) {
            throw new IllegalArgumentException("hostname can't be null");
        }
        this.port = checkPort(port);
        InetAddress resolved;
        try {
            resolved = InetAddress.getByName(hostname);
        } catch (UnknownHostException e) {
            resolved = null;
        }
        this.address = resolved;
        this.hostname = resolved == null ? hostname : null;
    }

    private InetSocketAddress(int port, String hostname) {
        this.port = port;
        this.hostname = hostname;
        this.address = null;
    }

    public static InetSocketAddress createUnresolved(String host, int port) {
        if (host == null) {
            throw new IllegalArgumentException("hostname can't be null");
        }
        return new InetSocketAddress(checkPort(port), host);
    }

    private static int checkPort(int port) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range:" + port);
        }
        return port;
    }

    public final int getPort() { return port; }
    public final InetAddress getAddress() { return address; }
    public final String getHostName() { return address != null ? address.getHostName() : hostname; }

    public final String getHostString() {
        if (hostname != null) {
            return hostname;
        }
        return address.hostName != null ? address.hostName : address.getHostAddress();
    }

    public final boolean isUnresolved() { return address == null; }

    @Override
    public String toString() {
        String port = ":" + this.port;
        if (isUnresolved()) {
            return hostname + "/<unresolved>" + port;
        }
        return address.toString() + port;
    }

    @Override
    public final boolean equals(Object obj) {
        if (!(obj instanceof InetSocketAddress that)) {
            return false;
        }
        if (port != that.port) {
            return false;
        }
        if (address != null) {
            return address.equals(that.address);
        }
        return that.address == null && hostname.equalsIgnoreCase(that.hostname);
    }

    @Override
    public final int hashCode() {
        return address != null ? address.hashCode() + port : hostname.toLowerCase().hashCode() + port;
    }
}
