package dev.mayfly.kernel;

import dev.mayfly.kernel.arch.LibM;

/** The C math library as the kernel offers it to the class library (dev.mayfly.jdk), which may not import natives itself. */
public final class CMath {
    private CMath() {
    }

    /** C99 {@code pow}: differs from {@link Math#pow} where Java's specification differs from C's (NaN exponent, base ±1 with an infinite exponent). */
    public static double pow(double x, double y) {
        return LibM.pow(x, y);
    }
}
