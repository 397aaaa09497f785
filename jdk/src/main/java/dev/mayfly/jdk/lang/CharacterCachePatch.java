package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;

/** {@code Character.valueOf(char)} with the cache of \u0000..\u007f that JLS §5.1.7 requires. */
@PatchFor("java.lang.Character")
public final class CharacterCachePatch {
    private static final Character[] CACHE = new Character[128];

    private CharacterCachePatch() {
    }

    /** {@link Character#valueOf(char)}. */
    @SuppressWarnings("removal")
    public static Character valueOf(char value) {
        if (value > 127) {
            return new Character(value);
        }
        Character cached = CACHE[value];
        if (cached == null) {
            cached = new Character(value);
            CACHE[value] = cached;
        }
        return cached;
    }
}
