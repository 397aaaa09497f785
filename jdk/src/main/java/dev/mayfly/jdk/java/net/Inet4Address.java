package dev.mayfly.jdk.java.net;

/** java.net.Inet4Address on Mayfly (compiled as {@code java.net.Inet4Address}): an IPv4 address. */
public final class Inet4Address extends InetAddress {
    static final int LOOPBACK = 0x7f000001;

    Inet4Address(String hostName, int address) {
        super(hostName, address);
    }

    /** Parses a dotted-quad literal ("10.0.2.15"); returns -1 if the text is not one (255.255.255.255 also reads as -1). */
    static int parseLiteral(String s) {
        int value = 0;
        int parts = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            int start = i;
            int part = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 3) {
                part = part * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start || part > 255 || parts == 4) {
                return -1;
            }
            value = value << 8 | part;
            parts++;
            if (i < n) {
                if (s.charAt(i) != '.' || i == n - 1) {
                    return -1;
                }
                i++;
            }
        }
        return parts == 4 ? value : -1;
    }
}
