package dev.mayfly.net.iface;

/**
 * The ARP cache (RFC 826, RFC 1122 §2.3.2.1): a fixed table of IPv4 → MAC entries that expire,
 * plus the time of the last request per address so requests are sent at most once a second.
 */
public final class ArpCache {
    /** Lifetime of a learned entry (RFC 1122 §2.3.2.1 asks for a timeout; Linux keeps ~60 s). */
    public static final long ENTRY_LIFETIME_MILLIS = 60_000;
    /** At most one request per address per second (RFC 1122 §2.3.2.1, "prevent ARP flooding"). */
    public static final long REQUEST_INTERVAL_MILLIS = 1000;
    /** The value {@link #lookup} returns for a missing entry (no MAC address is negative). */
    public static final long MISSING = -1;

    private final int[] addresses;
    private final long[] macs;
    private final long[] expiresAt;
    private final int[] requestAddresses;
    private final long[] requestedAt;
    private int requestCursor;
    private long evictions;

    /** Creates a cache of {@code size} entries. */
    public ArpCache(int size) {
        addresses = new int[size];
        macs = new long[size];
        expiresAt = new long[size];
        requestAddresses = new int[size];
        requestedAt = new long[size];
        java.util.Arrays.fill(expiresAt, Long.MIN_VALUE);
        java.util.Arrays.fill(requestedAt, Long.MIN_VALUE);
    }

    /** Returns the MAC for {@code address}, or {@link #MISSING} if unknown or expired. */
    public long lookup(int address, long now) {
        for (int i = 0; i < addresses.length; i++) {
            if (addresses[i] == address && expiresAt[i] > now) {
                return macs[i];
            }
        }
        return MISSING;
    }

    /** Returns whether an unexpired entry for {@code address} exists. */
    public boolean contains(int address, long now) {
        return lookup(address, now) != MISSING;
    }

    /** Adds or refreshes an entry, replacing the entry closest to expiry when full; returns true if it evicted one. */
    public boolean insert(int address, long mac, long now) {
        int victim = 0;
        for (int i = 0; i < addresses.length; i++) {
            if (addresses[i] == address && expiresAt[i] != Long.MIN_VALUE) {
                victim = i;
                break;
            }
            if (expiresAt[i] < expiresAt[victim]) {
                victim = i;
            }
        }
        boolean evicted = expiresAt[victim] > now && addresses[victim] != address;
        if (evicted) {
            evictions++;
        }
        addresses[victim] = address;
        macs[victim] = mac;
        expiresAt[victim] = now + ENTRY_LIFETIME_MILLIS;
        for (int i = 0; i < requestAddresses.length; i++) {
            if (requestAddresses[i] == address) {
                requestedAt[i] = Long.MIN_VALUE;
            }
        }
        return evicted;
    }

    /** Returns whether a request for {@code address} may be sent now, and if so records it. */
    public boolean mayRequest(int address, long now) {
        for (int i = 0; i < requestAddresses.length; i++) {
            if (requestAddresses[i] == address && requestedAt[i] != Long.MIN_VALUE) {
                if (now - requestedAt[i] < REQUEST_INTERVAL_MILLIS) {
                    return false;
                }
                requestedAt[i] = now;
                return true;
            }
        }
        requestAddresses[requestCursor] = address;
        requestedAt[requestCursor] = now;
        requestCursor = (requestCursor + 1) % requestAddresses.length;
        return true;
    }

    /** Forgets every entry. */
    public void clear() {
        java.util.Arrays.fill(expiresAt, Long.MIN_VALUE);
        java.util.Arrays.fill(requestedAt, Long.MIN_VALUE);
    }

    public long evictions() { return evictions; }
}
