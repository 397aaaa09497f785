package dev.mayfly.jdk.lang;

import java.math.BigDecimal;

/**
 * The fused multiply-add of {@link Math#fma(double, double, double)}: {@code a * b + c} computed
 * exactly and rounded once to the nearest representable value (IEEE 754-2019 §5.4.1). The exact
 * sum of finite operands is formed with {@link BigDecimal}; the IEEE special cases (NaN, infinities,
 * signed zeros) are settled first, by plain arithmetic where that is already exact.
 */
final class Fma {
    private Fma() {
    }

    static double fma(double a, double b, double c) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c)) {
            return Double.NaN;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a * b + c; // the product is infinite or NaN (inf * 0): exact as IEEE defines it
        }
        if (Double.isInfinite(c)) {
            return c; // a finite product cannot cancel an infinity
        }
        if (a == 0.0 || b == 0.0) {
            return a * b + c; // the product is an exact signed zero; one rounding of the sum
        }
        BigDecimal exact = new BigDecimal(a).multiply(new BigDecimal(b)).add(new BigDecimal(c));
        if (exact.signum() == 0) {
            return 0.0; // x + (-x) is +0 when rounding to nearest
        }
        return exact.doubleValue();
    }

    static float fma(float a, float b, float c) {
        if (Float.isNaN(a) || Float.isNaN(b) || Float.isNaN(c)) {
            return Float.NaN;
        }
        if (Float.isInfinite(a) || Float.isInfinite(b)) {
            return a * b + c;
        }
        if (Float.isInfinite(c)) {
            return c;
        }
        if (a == 0.0f || b == 0.0f) {
            return a * b + c;
        }
        // A float product has at most 48 significant bits, so it is exact in double.
        BigDecimal exact = new BigDecimal((double) a * (double) b).add(new BigDecimal(c));
        if (exact.signum() == 0) {
            return 0.0f;
        }
        return exact.floatValue();
    }
}
