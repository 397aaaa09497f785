package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;

/** java.lang.Float as JDK 19+ prints it: the shortest decimal that rounds to the float; {@code toHexString}. */
@PatchFor("java.lang.Float")
public final class FloatPatch {
    private FloatPatch() {
    }

    /** {@link Float#toString(float)}. */
    public static String toString(float f) {
        return ShortestDecimal.toString(f);
    }

    /** {@link Float#toHexString(float)}: as the double's, subnormals with exponent -126. */
    public static String toHexString(float f) {
        if (Math.abs(f) < Float.MIN_NORMAL && f != 0.0f) {
            String s = DoublePatch.toHexString(Math.scalb((double) f, -1022 + 126));
            return s.replace("p-1022", "p-126");
        }
        return DoublePatch.toHexString(f);
    }

    /** {@link Float#parseFloat(String)}: correctly rounded ({@link DecimalParsing}). */
    public static float parseFloat(String s) {
        return DecimalParsing.parseFloat(s);
    }

    /** {@link Float#valueOf(String)}. */
    public static Float valueOf(String s) {
        return Float.valueOf(DecimalParsing.parseFloat(s));
    }
}
