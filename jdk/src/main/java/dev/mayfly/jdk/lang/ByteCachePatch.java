package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;

/** {@code Byte.valueOf(byte)}: every byte value is cached, as JLS §5.1.7 requires. */
@PatchFor("java.lang.Byte")
public final class ByteCachePatch {
    private static final Byte[] CACHE = new Byte[256];

    private ByteCachePatch() {
    }

    /** {@link Byte#valueOf(byte)}. */
    @SuppressWarnings("removal")
    public static Byte valueOf(byte value) {
        int i = value + 128;
        Byte cached = CACHE[i];
        if (cached == null) {
            cached = new Byte(value);
            CACHE[i] = cached;
        }
        return cached;
    }
}
