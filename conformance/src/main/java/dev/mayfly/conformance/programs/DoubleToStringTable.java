package dev.mayfly.conformance.programs;

/**
 * Exercises Double.toString and Float.toString (the shortest-repr algorithm of JDK 19+) on a table
 * of awkward values, and the round trip through parseDouble/parseFloat.
 */
public class DoubleToStringTable {

    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 10.0, 100.0, 1e6, 1e7 - 1,
            1e7, 1.0e-3, 9.99e-4, 123.456, 2e-323, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            Math.PI, Math.E, 1e23, 8.41e21, 5e-324, 4.35, 0.001, 1.0E22, 2.0E-3, 1.7976931348623157E308 / 3,
            9007199254740993.0, 123456789012.0, 0.5, 100.0 / 7, Math.sqrt(2), Math.ulp(1.0)};
        for (double d : ds) {
            String s = Double.toString(d);
            boolean round = Double.parseDouble(s) == d || Double.isNaN(d);
            System.out.println(s + (round ? "" : "  (no round trip!)"));
        }
        float[] fs = {0.0f, -0.0f, 1.0f, 0.1f, 0.2f, 0.3f, 0.1f + 0.2f, 1.0f / 3, 1e7f, 1e8f, 16777216f, 16777217f,
            Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, 3.4e-5f, 1.0e-3f, 9.999e-4f, 123.456f, (float) Math.PI,
            2.5e-45f, 1.17549435E-38f, 33554432f, 0.33333334f};
        for (float f : fs) {
            String s = Float.toString(f);
            System.out.println(s + (Float.parseFloat(s) == f ? "" : "  (no round trip!)"));
        }
        String[] parse = {"1", "-2.5", "1e3", "0x1p4", "  7.0  ", "1_0", "NaN", "-Infinity", "3.4028236e38", "1e-400", ".5", "5.", "0x1.8p1"};
        for (String p : parse) {
            try {
                System.out.println("parse '" + p + "' -> " + Double.parseDouble(p) + " / " + Float.parseFloat(p));
            } catch (NumberFormatException e) {
                System.out.println("parse '" + p + "' -> NumberFormatException: " + e.getMessage());
            }
        }
        System.out.println(Double.valueOf("2.50").equals(2.5) + " " + Double.toHexString(1.0) + " " + Double.toHexString(-0.1)
                + " " + Float.toHexString(0.5f));
    }
}
