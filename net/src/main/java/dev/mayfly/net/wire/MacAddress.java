package dev.mayfly.net.wire;

/** An Ethernet MAC address (IEEE 802) held in the low 48 bits of a {@code long}, with helpers. */
public final class MacAddress {
    /** The broadcast address ff:ff:ff:ff:ff:ff. */
    public static final long BROADCAST = 0xffff_ffff_ffffL;

    private MacAddress() {}

    /** Returns whether the group bit (least significant bit of the first octet) is set. */
    public static boolean isMulticast(long mac) {
        return ((mac >>> 40) & 1) != 0;
    }

    /** Returns whether {@code mac} is a unicast address other than all zeros. */
    public static boolean isUnicast(long mac) {
        return !isMulticast(mac) && mac != 0;
    }

    /** Parses colon-separated hex text such as {@code 52:54:00:12:34:56}. */
    public static long parse(String text) {
        String[] parts = text.split(":");
        if (parts.length != 6) {
            throw new IllegalArgumentException("not a MAC address: " + text);
        }
        long mac = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 2) {
                throw new IllegalArgumentException("not a MAC address: " + text);
            }
            mac = mac << 8 | Integer.parseInt(part, 16);
        }
        return mac;
    }

    /** Returns colon-separated lower-case hex text. */
    public static String toString(long mac) {
        StringBuilder sb = new StringBuilder(17);
        for (int shift = 40; shift >= 0; shift -= 8) {
            int octet = (int) (mac >>> shift) & 0xff;
            sb.append(Character.forDigit(octet >>> 4, 16)).append(Character.forDigit(octet & 0xf, 16));
            if (shift > 0) {
                sb.append(':');
            }
        }
        return sb.toString();
    }
}
