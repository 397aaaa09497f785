package dev.mayfly.conformance.programs;

/**
 * Exercises floating-point formatting: %f with precisions (including %.0f half-even-looking cases),
 * %e/%E, %g, %a, %n, widths and flags, by printing a table of physical constants and rounding cases.
 */
public class FormatFloatingPoint {

    public static void main(String[] args) {
        String[] names = {"pi", "e", "c (m/s)", "G", "h", "N_A", "tiny", "neg"};
        double[] values = {Math.PI, Math.E, 299_792_458.0, 6.674_30e-11, 6.626_070_15e-34, 6.022_140_76e23, 4.9e-324, -1234.5678};
        for (int i = 0; i < names.length; i++) {
            System.out.print(String.format("%-8s %14.4f %12.5e %12.3E %10g%n", names[i], values[i], values[i], values[i], values[i]));
        }
        double[] halves = {0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 1e-7, 999.9999};
        for (double h : halves) {
            System.out.print(String.format("%s -> %.0f %.1f %.2f %.3f|", h, h, h, h, h));
        }
        System.out.print(String.format("%n"));
        System.out.print(String.format("[%f] [%.2f] [%10.3f] [%-10.1f] [%010.2f] [%+.1f] [%,.2f] [%(.2f]%n",
                1.0 / 3, 2.0 / 3, -1.0 / 7, 100.25, -3.14159, 2.5, 1234567.891, -42.0));
        System.out.print(String.format("[%f] [%f] [%f] [%.3f] [%e]%n", Double.NaN, Double.POSITIVE_INFINITY, -0.0, Double.NEGATIVE_INFINITY, 0.0));
        System.out.print(String.format("[%e] [%.0e] [%.10e] [%E]%n", 123456.789, 5.5, 1.0 / 3, 1e100));
        System.out.print(String.format("[%g] [%g] [%g] [%.3g] [%G]%n", 0.0001234, 123456789.0, 1.0, 99.95, 1e-5));
        System.out.print(String.format("[%a] [%a] [%A] [%a]%n", 1.0, -0.1, 255.5, Double.MIN_VALUE));
        System.out.print(String.format("[%.2f] [%.2f] [%e]%n", 1.1f, 0.1f, 3.4028235e38f));
        System.out.print(String.format("%.1f %.1f %.1f %.1f%n", 0.05, 0.15, 0.25, 0.35));
        System.out.print(String.format("%.15f %.17f %.20f%n", 0.1, 0.1, 0.1));
        System.out.print(String.format("%.3f %.3f %.1f%n", 1e20, 123456789012345678.0, 9.95));
        System.out.printf("printf %6.2f%%%n", 99.5);
    }
}
