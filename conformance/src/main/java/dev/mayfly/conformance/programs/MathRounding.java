package dev.mayfly.conformance.programs;

import java.math.RoundingMode;

/**
 * Probes rounding: Math.round of halves and large values (round half up, so round(-1.5) == -1),
 * float overloads, rint (half even), floor/ceil of negatives, floorDiv/floorMod, and a currency
 * rounding helper built on them.
 */
public class MathRounding {

    static long toCents(double amount) {
        return Math.round(amount * 100);
    }

    public static void main(String[] args) {
        double[] ds = {-2.5, -1.5, -0.5, -0.49999999999999994, 0.49999999999999994, 0.5, 1.5, 2.5, -1.4, 1.6, 1e16 + 1, -1e19, 1e19,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 4503599627370497.0, -0.0};
        for (double d : ds) {
            System.out.println("round(" + d + ")=" + Math.round(d) + " rint=" + Math.rint(d) + " floor=" + Math.floor(d) + " ceil=" + Math.ceil(d)
                    + " (long)=" + (long) d);
        }
        float[] fs = {-2.5f, -1.5f, -0.5f, 0.5f, 1.5f, 2.5f, 8388609.0f, -3e9f, Float.NaN, 0.49999997f};
        for (float f : fs) {
            System.out.println("round(" + f + "f)=" + Math.round(f));
        }
        double[] money = {0.125, 0.135, 1.005, 2.675, 19.995, -0.015, 1234.5649};
        StringBuilder sb = new StringBuilder();
        for (double m : money) {
            sb.append(m).append("->").append(toCents(m)).append(' ');
        }
        System.out.println("cents " + sb.toString().trim());
        StringBuilder modes = new StringBuilder();
        for (RoundingMode mode : RoundingMode.values()) {
            if (mode == RoundingMode.UNNECESSARY) {
                continue;
            }
            modes.append(mode).append('=').append(new java.math.BigDecimal("-2.5").setScale(0, mode).toPlainString()).append(' ');
        }
        System.out.println("BigDecimal -2.5: " + modes.toString().trim());
        System.out.println("floorDiv " + Math.floorDiv(-7, 2) + " floorMod " + Math.floorMod(-7, 2) + " floorMod(long,int) " + Math.floorMod(-7L, 3));
        System.out.println("round of sum " + Math.round(0.1 + 0.2 + 0.3) + " " + Math.round(2.4999999999999996) + " " + Math.round(-2.5000000000000004));
    }
}
