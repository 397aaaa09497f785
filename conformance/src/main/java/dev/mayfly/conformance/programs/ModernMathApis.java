package dev.mayfly.conformance.programs;

/**
 * Probes the java.lang.Math additions of JDK 9-21 (absExact, ceilDiv, ceilMod, clamp, fma,
 * unsignedMultiplyHigh, multiplyFull, multiplyHigh) and BigDecimal.sqrt, used by a
 * histogram-bucketing helper, plus Integer.parseUnsignedInt.
 */
public class ModernMathApis {

    static int buckets(int items, int perBucket) {
        return Math.ceilDiv(items, perBucket);
    }

    public static void main(String[] args) {
        for (int items : new int[] {0, 1, 9, 10, 11, 99, -7}) {
            System.out.println(items + " items -> " + buckets(items, 10) + " buckets, ceilMod " + Math.ceilMod(items, 10));
        }
        System.out.println("ceilDiv long " + Math.ceilDiv(-7L, 2L) + " " + Math.ceilDiv(Long.MIN_VALUE, -1L));
        System.out.println("clamp " + Math.clamp(15L, 0, 10) + " " + Math.clamp(-3L, 0, 10) + " " + Math.clamp(0.5, 0.0, 1.0) + " "
                + Math.clamp(2.5f, -1f, 1f) + " " + Math.clamp(Long.MAX_VALUE, -5, 5));
        System.out.println("absExact " + Math.absExact(-5) + " " + Math.absExact(-5L));
        try {
            Math.absExact(Integer.MIN_VALUE);
        } catch (ArithmeticException e) {
            System.out.println("absExact(MIN) " + e.getMessage());
        }
        try {
            Math.clamp(1, 5, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("clamp bad range " + e.getMessage());
        }
        System.out.println("multiplyFull " + Math.multiplyFull(Integer.MAX_VALUE, Integer.MAX_VALUE) + " unsignedMultiplyHigh "
                + Math.unsignedMultiplyHigh(-1L, -1L) + " multiplyHigh " + Math.multiplyHigh(Long.MIN_VALUE, 3)
                + " " + Math.multiplyHigh(Long.MAX_VALUE, Long.MAX_VALUE));
        System.out.println("parseUnsignedInt " + Integer.parseUnsignedInt("4294967295") + " " + Long.parseUnsignedLong("18446744073709551615"));
        System.out.println("fma " + Math.fma(0.1, 10, -1) + " " + (0.1 * 10 - 1) + " " + Math.fma(2.0f, 3.0f, 1.0f));
        System.out.println("BigDecimal sqrt " + new java.math.BigDecimal("2").sqrt(new java.math.MathContext(30)) + " "
                + new java.math.BigDecimal("1.44").sqrt(java.math.MathContext.DECIMAL64));
    }
}
