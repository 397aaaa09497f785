package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;

/**
 * java.lang.Double as JDK 19+ prints it: {@code toString} is the shortest decimal that rounds to
 * the value ({@link ShortestDecimal}); {@code toHexString} as the javadoc specifies.
 */
@PatchFor("java.lang.Double")
public final class DoublePatch {
    private DoublePatch() {
    }

    /** {@link Double#toString(double)}. */
    public static String toString(double d) {
        return ShortestDecimal.toString(d);
    }

    /** {@link Double#toHexString(double)}: {@code 0x1.hhhp±e}, subnormals as {@code 0x0.hhhp-1022}. */
    public static String toHexString(double d) {
        if (d != d) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        long bits = Double.doubleToRawLongBits(d);
        StringBuilder sb = new StringBuilder(24);
        if (bits < 0) {
            sb.append('-');
        }
        if (d == 0) {
            return sb.append("0x0.0p0").toString();
        }
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long fraction = bits & ((1L << 52) - 1);
        sb.append(biased == 0 ? "0x0." : "0x1.");
        String hex = Long.toHexString(fraction | (1L << 52)).substring(1); // 13 digits with leading zeros
        int end = hex.length();
        while (end > 1 && hex.charAt(end - 1) == '0') {
            end--;
        }
        sb.append(hex, 0, end).append('p').append(biased == 0 ? -1022 : biased - 1023);
        return sb.toString();
    }

    /** {@link Double#parseDouble(String)}: correctly rounded ({@link DecimalParsing}). */
    public static double parseDouble(String s) {
        return DecimalParsing.parseDouble(s);
    }

    /** {@link Double#valueOf(String)}. */
    public static Double valueOf(String s) {
        return Double.valueOf(DecimalParsing.parseDouble(s));
    }
}
