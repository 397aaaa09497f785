package dev.mayfly.net.socket;

/**
 * Arithmetic on TCP sequence numbers: 32-bit values compared modulo 2^32 (RFC 9293 §3.4).
 *
 * <p>Sequence numbers are held in plain {@code int}s so the hot path never allocates; this class
 * names the operations. {@code a < b} means b lies less than 2^31 ahead of a.
 */
public final class SeqNumber {
    private SeqNumber() {}

    /** Returns {@code a + n} modulo 2^32. */
    public static int add(int a, int n) {
        return a + n;
    }

    /** Returns the signed distance {@code a - b}, meaningful when the two are less than 2^31 apart. */
    public static int diff(int a, int b) {
        return a - b;
    }

    /** Returns whether {@code a} precedes {@code b}. */
    public static boolean lt(int a, int b) {
        return a - b < 0;
    }

    /** Returns whether {@code a} precedes or equals {@code b}. */
    public static boolean le(int a, int b) {
        return a - b <= 0;
    }

    /** Returns whether {@code a} follows {@code b}. */
    public static boolean gt(int a, int b) {
        return a - b > 0;
    }

    /** Returns whether {@code a} follows or equals {@code b}. */
    public static boolean ge(int a, int b) {
        return a - b >= 0;
    }

    /** Returns the later of {@code a} and {@code b}. */
    public static int max(int a, int b) {
        return gt(a, b) ? a : b;
    }

    /** Returns whether {@code low <= x < low + length}, the window test of RFC 9293 §3.4. */
    public static boolean inWindow(int x, int low, int length) {
        return (x - low + Integer.MIN_VALUE) < (length + Integer.MIN_VALUE); // unsigned x - low < length
    }
}
