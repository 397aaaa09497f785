package dev.mayfly.jdk.java.net;

/** Test double of java.net.InetSocketAddress on the loopback test network. */
public class InetSocketAddress extends SocketAddress {
    private final InetAddress address;
    private final int port;

    public InetSocketAddress(InetAddress address, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range:" + port);
        }
        this.address = address == null ? InetAddress.getLoopbackAddress() : address;
        this.port = port;
    }

    public InetSocketAddress(String host, int port) {
        this(lookup(host), port);
    }

    public InetSocketAddress(int port) {
        this(InetAddress.getLoopbackAddress(), port);
    }

    private static InetAddress lookup(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    public int getPort() {
        return port;
    }

    public InetAddress getAddress() {
        return address;
    }

    public String getHostString() {
        return address.getHostAddress();
    }

    @Override
    public String toString() {
        return address + ":" + port;
    }
}
