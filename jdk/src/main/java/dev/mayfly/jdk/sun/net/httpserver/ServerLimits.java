package dev.mayfly.jdk.sun.net.httpserver;

import org.teavm.interop.PlatformMarker;

/**
 * The limits that keep a hostile or slow client from holding a server: sizes of the request head
 * and time allowed to receive it. Read from the system properties the JDK's server uses, where
 * the meaning is the same, when a server is created.
 *
 * @param maxHeaderBytes      {@code sun.net.httpserver.maxReqHeaderSize}: bytes of request line
 *                            plus header section (default 380 KiB, the JDK's)
 * @param maxHeaders          {@code sun.net.httpserver.maxReqHeaders}: header fields per request
 *                            (default 200, the JDK's)
 * @param idleMillis          {@code sun.net.httpserver.idleInterval} (seconds): how long a
 *                            connection may wait for the first byte of a request, and how long a
 *                            read of a request body may block (default 30 s, the JDK's idle interval)
 * @param headMillis          {@code sun.net.httpserver.maxReqTime} (seconds): how long the whole
 *                            request head may take once its first byte arrived (default 10 s;
 *                            the JDK waits forever by default, which lets a client sending one byte
 *                            a second hold a connection)
 * @param drainBytes          {@code sun.net.httpserver.drainAmount}: unread request body bytes
 *                            skipped to keep a connection alive (default 64 KiB, the JDK's)
 */
public record ServerLimits(int maxHeaderBytes, int maxHeaders, long idleMillis, long headMillis, long drainBytes) {
    static final int DEFAULT_MAX_HEADER_BYTES = 380 * 1024;
    static final int DEFAULT_MAX_HEADERS = 200;
    static final long DEFAULT_IDLE_SECONDS = 30;
    static final long DEFAULT_HEAD_SECONDS = 10;
    static final long DEFAULT_DRAIN_BYTES = 64 * 1024;

    /** The defaults listed above. */
    public static ServerLimits defaults() {
        return new ServerLimits(DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_HEADERS, DEFAULT_IDLE_SECONDS * 1000,
                DEFAULT_HEAD_SECONDS * 1000, DEFAULT_DRAIN_BYTES);
    }

    /**
     * The limits given by system properties, defaults where a property is missing or not
     * positive. In an image the defaults apply: there are no {@code -D} options there, and the
     * compiled class library's {@code System.getProperty} builds its property table from a file
     * system Mayfly does not have yet (it ends in a kernel panic, not in an exception).
     */
    public static ServerLimits fromSystemProperties() {
        if (compiledByTeaVM()) {
            return defaults();
        }
        return new ServerLimits(
                (int) positive("sun.net.httpserver.maxReqHeaderSize", DEFAULT_MAX_HEADER_BYTES),
                (int) positive("sun.net.httpserver.maxReqHeaders", DEFAULT_MAX_HEADERS),
                positive("sun.net.httpserver.idleInterval", DEFAULT_IDLE_SECONDS) * 1000,
                positive("sun.net.httpserver.maxReqTime", DEFAULT_HEAD_SECONDS) * 1000,
                positive("sun.net.httpserver.drainAmount", DEFAULT_DRAIN_BYTES));
    }

    /** False on HotSpot; TeaVM replaces every call with true (a platform marker). */
    @PlatformMarker
    private static boolean compiledByTeaVM() {
        return false;
    }

    private static long positive(String property, long fallback) {
        String text = System.getProperty(property);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.trim());
            return value > 0 && value <= Integer.MAX_VALUE ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
