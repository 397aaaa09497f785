package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;

/** {@code Long.valueOf(long)} with the JDK's cache of -128..127 (JLS §5.1.7 asks it for int, the JDK does it for long too). */
@PatchFor("java.lang.Long")
public final class LongCachePatch {
    private static final Long[] CACHE = new Long[256];

    private LongCachePatch() {
    }

    /** {@link Long#valueOf(long)}. */
    @SuppressWarnings("removal")
    public static Long valueOf(long value) {
        if (value < -128 || value > 127) {
            return new Long(value);
        }
        int i = (int) value + 128;
        Long cached = CACHE[i];
        if (cached == null) {
            cached = new Long(value);
            CACHE[i] = cached;
        }
        return cached;
    }
}
