package dev.mayfly.net.socket;

/**
 * The generator of initial sequence numbers: a clock plus a keyed hash of the connection's
 * addresses and ports (RFC 6528 §3), so numbers are hard to guess and increase per connection.
 */
public final class InitialSequenceNumbers {
    private final long secret;

    /** Creates a generator keyed by {@code secret} (for example boot-time entropy). */
    public InitialSequenceNumbers(long secret) {
        this.secret = secret;
    }

    /**
     * Returns ISN = M + F(local address, local port, remote address, remote port, secret), where M
     * is a timer ticking every 4 microseconds (RFC 6528 §3), derived here from milliseconds.
     */
    public int next(long nowMillis, int localAddress, int localPort, int remoteAddress, int remotePort) {
        long z = secret ^ ((long) localAddress << 32 | (remoteAddress & 0xffffffffL));
        z = mix(z + ((long) localPort << 16 | remotePort));
        return (int) (nowMillis * 250) + (int) mix(z);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
