package dev.mayfly.net.wire;

/**
 * An IPv4 address held in an {@code int}, most significant octet first (RFC 791 §3.2), with helpers.
 *
 * <p>Addresses are plain ints so the hot path never allocates; this class only names them.
 */
public final class Ipv4Address {
    /** The unspecified address 0.0.0.0 (RFC 1122 §3.2.1.3). */
    public static final int UNSPECIFIED = 0;
    /** The limited broadcast address 255.255.255.255 (RFC 919). */
    public static final int BROADCAST = 0xffffffff;

    private Ipv4Address() {}

    /** Returns the address a.b.c.d. */
    public static int of(int a, int b, int c, int d) {
        return (a & 0xff) << 24 | (b & 0xff) << 16 | (c & 0xff) << 8 | (d & 0xff);
    }

    /** Parses dotted-quad text; throws {@link IllegalArgumentException} for anything else. */
    public static int parse(String text) {
        int value = 0;
        int octets = 0;
        int current = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c == '.') {
                if (current < 0 || octets == 4) {
                    throw new IllegalArgumentException("not an IPv4 address: " + text);
                }
                value = value << 8 | current;
                octets++;
                current = -1;
            } else if (c >= '0' && c <= '9') {
                current = (current < 0 ? 0 : current * 10) + (c - '0');
                if (current > 255) {
                    throw new IllegalArgumentException("not an IPv4 address: " + text);
                }
            } else {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
        }
        if (octets != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + text);
        }
        return value;
    }

    /** Returns the dotted-quad text of {@code address}. */
    public static String toString(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "." + (address & 0xff);
    }

    /** Returns the netmask for a prefix length of 0..32. */
    public static int netmask(int prefixLength) {
        return prefixLength <= 0 ? 0 : prefixLength >= 32 ? -1 : -1 << (32 - prefixLength);
    }

    /** Returns the prefix length of a contiguous netmask, or -1 if the mask is not contiguous. */
    public static int prefixLength(int netmask) {
        int len = Integer.bitCount(netmask);
        return netmask(len) == netmask ? len : -1;
    }

    /** Returns whether {@code address} is in the class D multicast range 224.0.0.0/4 (RFC 1112). */
    public static boolean isMulticast(int address) {
        return (address >>> 28) == 0xe;
    }

    /** Returns whether {@code address} is in 127.0.0.0/8 (RFC 1122 §3.2.1.3). */
    public static boolean isLoopback(int address) {
        return (address >>> 24) == 127;
    }
}
