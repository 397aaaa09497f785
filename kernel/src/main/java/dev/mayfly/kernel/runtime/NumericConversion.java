package dev.mayfly.kernel.runtime;

/**
 * Java's narrowing of {@code double} and {@code float} to {@code long} and {@code int}
 * (JLS §5.1.3, the {@code d2l}, {@code d2i}, {@code f2l} and {@code f2i} instructions): NaN becomes
 * 0, and a value beyond the target's range becomes its {@code MIN_VALUE} or {@code MAX_VALUE}. The
 * image builder puts these in place of every such cast; the compiler's C is a bare C cast, which
 * is undefined out of range and on x86-64 gives {@code MIN_VALUE} for all of NaN, infinities and
 * large values. Inside the range the C cast truncates toward zero, as Java does.
 */
public final class NumericConversion {
    /** 2^63 as a double: the first double above {@code Long.MAX_VALUE}'s range. */
    private static final double TWO_TO_63 = 0x1p63;
    /** 2^31 as a double: the first double above {@code Integer.MAX_VALUE}'s range. */
    private static final double TWO_TO_31 = 0x1p31;

    private NumericConversion() {
    }

    /** {@code d2l}. */
    public static long doubleToLong(double value) {
        if (value != value) {
            return 0;
        }
        if (value >= TWO_TO_63) {
            return Long.MAX_VALUE;
        }
        if (value <= -TWO_TO_63) {
            return Long.MIN_VALUE;
        }
        return (long) value;
    }

    /** {@code d2i}. */
    public static int doubleToInt(double value) {
        if (value != value) {
            return 0;
        }
        if (value >= TWO_TO_31) {
            return Integer.MAX_VALUE;
        }
        if (value <= -TWO_TO_31) {
            return Integer.MIN_VALUE;
        }
        return (int) value;
    }

    /** {@code f2l}: every float is exactly a double, so this is {@link #doubleToLong} of it. */
    public static long floatToLong(float value) {
        return doubleToLong(value);
    }

    /** {@code f2i}: every float is exactly a double, so this is {@link #doubleToInt} of it. */
    public static int floatToInt(float value) {
        return doubleToInt(value);
    }
}
