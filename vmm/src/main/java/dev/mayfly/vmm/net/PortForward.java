package dev.mayfly.vmm.net;

/**
 * One forwarded TCP port of the user-mode network: connections to 127.0.0.1:{@code hostPort} on the
 * host are carried to the guest's {@code guestPort}.
 *
 * @param hostPort the host port, 1..65535, listened on at 127.0.0.1
 * @param guestPort the guest port, 1..65535
 */
public record PortForward(int hostPort, int guestPort) {
    public PortForward {
        checkPort(hostPort, "host");
        checkPort(guestPort, "guest");
    }

    private static void checkPort(int port, String which) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(which + " port " + port + " is outside 1..65535");
        }
    }

    /** The same port on both sides. */
    public static PortForward same(int port) {
        return new PortForward(port, port);
    }

    /**
     * Parses {@code HOST:GUEST} or {@code PORT} (the same on both sides), as {@code mayfly run -p} takes
     * it; throws {@link IllegalArgumentException} with a message for the user otherwise.
     */
    public static PortForward parse(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon < 0) {
            int port = parsePort(t, text);
            return new PortForward(port, port);
        }
        if (t.indexOf(':', colon + 1) >= 0) {
            throw new IllegalArgumentException("'" + text + "' is not HOST:GUEST (binding a host address other than 127.0.0.1 is not supported)");
        }
        return new PortForward(parsePort(t.substring(0, colon), text), parsePort(t.substring(colon + 1), text));
    }

    private static int parsePort(String digits, String whole) {
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("'" + whole + "' is not a port mapping HOST:GUEST or PORT (ports 1..65535)");
        }
        int port = Integer.parseInt(digits);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("'" + whole + "': port " + port + " is outside 1..65535");
        }
        return port;
    }

    @Override
    public String toString() {
        return hostPort + ":" + guestPort;
    }
}
