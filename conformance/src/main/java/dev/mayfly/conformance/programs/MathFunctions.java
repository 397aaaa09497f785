package dev.mayfly.conformance.programs;

/**
 * Exercises java.lang.Math and StrictMath results bit for bit: floor/ceil/rint, sqrt, pow, exp,
 * log, log10, log1p, expm1, cbrt, trigonometric and hyperbolic functions, atan2, hypot and
 * toRadians/toDegrees, over a table of arguments.
 */
public class MathFunctions {

    static String bits(double d) {
        return d + "/" + Long.toHexString(Double.doubleToRawLongBits(d));
    }

    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 0.5, 1.0, 2.0, 3.0, 10.0, 0.1, 1e-10, 123.456, -2.5, 1e10, 100.0, 1000.0, 27.0, 64.0, -8.0};
        for (double x : xs) {
            System.out.println("x=" + x + " floor " + Math.floor(x) + " ceil " + Math.ceil(x) + " rint " + Math.rint(x) + " sqrt " + bits(Math.sqrt(x))
                    + " cbrt " + bits(Math.cbrt(x)));
            System.out.println("   exp " + bits(Math.exp(x)) + " log " + bits(Math.log(x)) + " log10 " + bits(Math.log10(x)) + " log1p "
                    + bits(Math.log1p(x)) + " expm1 " + bits(Math.expm1(x)));
            System.out.println("   sin " + bits(Math.sin(x)) + " cos " + bits(Math.cos(x)) + " tan " + bits(Math.tan(x)) + " atan " + bits(Math.atan(x))
                    + " sinh " + bits(Math.sinh(x)) + " tanh " + bits(Math.tanh(x)));
        }
        double[] unit = {-1.0, -0.5, 0.0, 0.3, 0.5, 0.9999, 1.0, 1.5};
        for (double u : unit) {
            System.out.println("u=" + u + " asin " + bits(Math.asin(u)) + " acos " + bits(Math.acos(u)) + " cosh " + bits(Math.cosh(u)));
        }
        double[][] pairs = {{2, 10}, {2, 0.5}, {-8, 1.0 / 3}, {10, -2}, {0, 0}, {-1, Double.POSITIVE_INFINITY}, {1.0001, 10000}, {9, 0.5}, {-2, 3}, {1e10, 2}};
        for (double[] p : pairs) {
            System.out.println("pow(" + p[0] + "," + p[1] + ")=" + bits(Math.pow(p[0], p[1])) + " atan2=" + bits(Math.atan2(p[0], p[1]))
                    + " hypot=" + bits(Math.hypot(p[0], p[1])) + " strict pow=" + bits(StrictMath.pow(p[0], p[1])));
        }
        System.out.println("log10 exact " + (Math.log10(1000) == 3.0) + " " + (Math.log10(1e-5) == -5.0) + " " + Math.log10(1e15));
        System.out.println("cbrt exact " + Math.cbrt(27) + " " + Math.cbrt(-64) + " " + Math.cbrt(1e9) + " " + Math.cbrt(2));
        System.out.println("constants " + Math.PI + " " + Math.E + " " + Math.TAU + " " + Math.toRadians(180) + " " + Math.toDegrees(Math.PI / 3));
        System.out.println("strict " + bits(StrictMath.sin(1e6)) + " " + bits(StrictMath.exp(-700)) + " " + bits(StrictMath.log(2)) + " "
                + bits(StrictMath.cbrt(3)) + " " + bits(StrictMath.atan2(1, -1)) + " " + bits(StrictMath.hypot(3, 4)));
        double sum = 0;
        for (int i = 1; i <= 1000; i++) {
            sum += Math.sin(i) * Math.log(i) + Math.sqrt(i) / Math.cosh(i / 100.0);
        }
        System.out.println("accumulated " + bits(sum));
    }
}
