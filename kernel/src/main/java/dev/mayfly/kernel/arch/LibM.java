package dev.mayfly.kernel.arch;

import org.teavm.interop.Import;
import org.teavm.interop.c.Include;

/**
 * Functions of the C math library (musl's, linked from the pure members of its libc.a) that the
 * class library needs to call with Java's special cases settled first.
 *
 * <p>One of the kernel packages allowed to use {@code @Import}; pure functions, no memory access.
 */
public final class LibM {
    private LibM() {
    }

    /** C99 {@code pow} (Annex F special cases). */
    @Import(name = "pow")
    @Include(value = "math.h", isSystem = true)
    public static native double pow(double x, double y);
}
