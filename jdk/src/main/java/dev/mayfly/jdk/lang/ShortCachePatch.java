package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;

/** {@code Short.valueOf(short)} with the JDK's cache of -128..127 (JLS §5.1.7). */
@PatchFor("java.lang.Short")
public final class ShortCachePatch {
    private static final Short[] CACHE = new Short[256];

    private ShortCachePatch() {
    }

    /** {@link Short#valueOf(short)}. */
    @SuppressWarnings("removal")
    public static Short valueOf(short value) {
        if (value < -128 || value > 127) {
            return new Short(value);
        }
        int i = value + 128;
        Short cached = CACHE[i];
        if (cached == null) {
            cached = new Short(value);
            CACHE[i] = cached;
        }
        return cached;
    }
}
