package dev.mayfly.jdk.lang;

/**
 * The 32-bit word access fdlibm's C code does through {@code __HI(x)} and {@code __LO(x)} (the
 * high word holds sign, exponent and the top 20 significand bits), plus fdlibm's {@code scalbn}.
 */
final class FdlibmWords {
    private FdlibmWords() {
    }

    /** {@code __HI(x)}: sign, exponent and the top 20 significand bits of x. */
    static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >> 32);
    }

    /** {@code __LO(x)}: the low 32 significand bits of x. */
    static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    /** x with its high word replaced ({@code __HI(x) = high}). */
    static double withHi(double x, int high) {
        return Double.longBitsToDouble(((long) high << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    }

    /** x with its low word replaced ({@code __LO(x) = low}). */
    static double withLo(double x, int low) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(x) & 0xffffffff00000000L) | (low & 0xffffffffL));
    }

    /** The double whose words are {@code high} and {@code low}. */
    static double fromWords(int high, int low) {
        return Double.longBitsToDouble(((long) high << 32) | (low & 0xffffffffL));
    }

    /**
     * fdlibm's {@code scalbn(x, n)}: x·2^n rounded once. The scale is applied as at most three exact
     * powers of two, the last of which alone can round (into the subnormal range or to infinity).
     */
    static double scalbn(double x, int n) {
        if (n > 1023) {
            x *= 0x1p1023;
            n -= 1023;
            if (n > 1023) {
                x *= 0x1p1023;
                n = Math.min(n - 1023, 1023);
            }
        } else if (n < -1022) {
            x *= 0x1p-969; // 2^-1022 · 2^53: exact for a normal x, and keeps 53 bits for the last step
            n += 969;
            if (n < -1022) {
                x *= 0x1p-969;
                n = Math.max(n + 969, -1022);
            }
        }
        return x * Double.longBitsToDouble((long) (0x3ff + n) << 52);
    }
}
