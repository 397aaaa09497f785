package dev.mayfly.conformance.programs;

/**
 * Prints the bits of StrictMath's sin, cos, tan, asin, acos, atan, atan2, hypot and pow — which the
 * JDK specifies as fdlibm 5.3's results bit for bit — and of Math's asin, acos, atan, atan2 and
 * hypot (HotSpot computes those as StrictMath does), over a table of awkward arguments (huge ones
 * whose reduction modulo π/2 needs many bits of 2/π, multiples of π/2 near powers of two,
 * subnormals, |x| close to 1) and, as one hash per function, over many generated arguments.
 */
public class StrictMathTrig {

    private static final double[] TRIG_ARGS = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-310, Double.MIN_NORMAL, 1e-300, 1e-20, 0x1p-27, 0x1p-26,
        1e-9, 0.1, 0.5, -0.5, 0.6743, 0.7853981633974483, 0.7853981633974484, 1.0, -1.0, 1.5707963267948966,
        1.5707963267948968, 2.0, 2.356194490192345, 3.0, 3.141592653589793, -3.141592653589793, 4.71238898038469,
        6.283185307179586, 10.0, 64.0, 100.0, 355.0, 1000.0, 22.0, 103993.0, 1e6, 823549.6, 1647099.3291652855,
        1e9, 1e10, 3.4e10, 1e15, 1e16, 0x1p52, 0x1p53 + 2, 1e22, -1e22, 1e100, 5e200, 1e300, 1.7e308,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        // the largest doubles below n·π/2 for n = 2^k (the reduction cancels many bits)
        0x1.921fb54442d18p1, 0x1.921fb54442d18p10, 0x1.921fb54442d18p20, 0x1.921fb54442d18p30, 0x1.921fb54442d18p60,
        0x1.921fb54442d18p100, 0x1.921fb54442d18p500, 0x1.921fb54442d18p1000, 6381956970095103.0 * 0x1p797,
        5.319372648326541e255, 2.4186060848919373e292, 1.1442740737316546e288,
    };

    private static final double[] UNIT_ARGS = {
        -1.0, -0.9999999999999999, -0.99, -0.5, -0.49999999999999994, -0.3, -1e-8, -0.0, 0.0, 0x1p-28, 1e-8, 0.1, 0.3,
        0.4999, 0.5, 0.5000000000000001, 0.7, 0.9, 0.975, 0.99, 0.9999, 0.9999999999999999, 1.0, 1.0000000000000002,
        1.5, -2.0, 0x1p-1070, 2.0, 0.4375, 0.6875, 1.1875, 2.4375, 19.0, 1e17, 1e300, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN,
    };

    private static final double[] POW_VALUES = {
        0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 10.0, 1.0000000000000002, 0.9999999999999999,
        1e-300, 1e300, Double.MIN_VALUE, Double.MAX_VALUE, 1.0 / 3, 0x1p31, 0x1p31 + 1, 0x1p53, 0x1p53 + 2, 0x1p64,
        -0x1p64, 1023.0, -1075.0, 1e-5, 7.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
    };

    static String bits(double d) {
        return Long.toHexString(Double.doubleToRawLongBits(d));
    }

    /** A generator of argument bit patterns, written out so the program depends on no class library. */
    static final class XorShift {
        private long state;

        XorShift(long seed) {
            state = seed;
        }

        long next() {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            return state;
        }

        /** A double with a random sign and significand and the given biased exponent (1..2046). */
        double withExponent(int biasedExponent) {
            return Double.longBitsToDouble((next() & 0x800fffffffffffffL) | ((long) biasedExponent << 52));
        }

        /** A double uniform in [lo, hi). */
        double uniform(double lo, double hi) {
            return lo + (next() >>> 11) * 0x1p-53 * (hi - lo);
        }
    }

    interface Unary {
        double apply(double x);
    }

    interface Binary {
        double apply(double x, double y);
    }

    static long mix(long hash, double value) {
        return (hash ^ Double.doubleToRawLongBits(value)) * 0x100000001b3L + 0x9e3779b97f4a7c15L;
    }

    static void hashUnary(String name, Unary f, long seed) {
        XorShift r = new XorShift(seed);
        long hash = 0;
        for (int i = 0; i < 4000; i++) {
            double x = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(r.next());
                case 1 -> r.uniform(-10, 10);
                case 2 -> r.uniform(-1, 1);
                default -> r.withExponent(993 + (int) (r.next() >>> 57));
            };
            hash = mix(hash, f.apply(x));
        }
        System.out.println(name + " hash " + Long.toHexString(hash));
    }

    static void hashBinary(String name, Binary f, long seed, boolean positiveBase) {
        XorShift r = new XorShift(seed);
        long hash = 0;
        for (int i = 0; i < 4000; i++) {
            double x;
            double y;
            switch (i % 4) {
                case 0 -> {
                    x = Double.longBitsToDouble(r.next());
                    y = Double.longBitsToDouble(r.next());
                }
                case 1 -> {
                    x = r.uniform(positiveBase ? 0 : -10, 10);
                    y = r.uniform(-10, 10);
                }
                case 2 -> {
                    x = r.uniform(0.5, 2);
                    y = r.uniform(-1000, 1000);
                }
                default -> {
                    x = Math.abs(r.withExponent(1 + (int) ((r.next() >>> 1) % 2046)));
                    y = positiveBase ? r.uniform(-3, 3) : r.withExponent(1 + (int) ((r.next() >>> 1) % 2046));
                }
            }
            hash = mix(hash, f.apply(x, y));
        }
        System.out.println(name + " hash " + Long.toHexString(hash));
    }

    public static void main(String[] args) {
        for (double x : TRIG_ARGS) {
            System.out.println("x=" + x + " sin " + bits(StrictMath.sin(x)) + " cos " + bits(StrictMath.cos(x)) + " tan "
                    + bits(StrictMath.tan(x)) + " atan " + bits(StrictMath.atan(x)) + " Math.atan " + bits(Math.atan(x)));
        }
        for (double u : UNIT_ARGS) {
            System.out.println("u=" + u + " asin " + bits(StrictMath.asin(u)) + " acos " + bits(StrictMath.acos(u)) + " atan "
                    + bits(StrictMath.atan(u)) + " Math.asin " + bits(Math.asin(u)) + " Math.acos " + bits(Math.acos(u)));
        }
        for (double x : POW_VALUES) {
            StringBuilder line = new StringBuilder("pow(" + x + ", y):");
            for (double y : POW_VALUES) {
                line.append(' ').append(bits(StrictMath.pow(x, y)));
            }
            System.out.println(line);
        }
        double[] planar = {0.0, -0.0, 1.0, -1.0, 3.0, -4.0, 1e-310, 1e-300, 1e300, Double.MAX_VALUE, 0x1p500, 0x1p-500,
            Double.MIN_NORMAL, 0.1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double y : planar) {
            StringBuilder line = new StringBuilder("y=" + y + " atan2/hypot:");
            for (double x : planar) {
                line.append(' ').append(bits(StrictMath.atan2(y, x))).append('/').append(bits(StrictMath.hypot(y, x)));
                if (Double.doubleToRawLongBits(StrictMath.atan2(y, x)) != Double.doubleToRawLongBits(Math.atan2(y, x))
                        || Double.doubleToRawLongBits(StrictMath.hypot(y, x)) != Double.doubleToRawLongBits(Math.hypot(y, x))) {
                    line.append("(Math differs)");
                }
            }
            System.out.println(line);
        }
        hashUnary("StrictMath.sin", StrictMath::sin, 1);
        hashUnary("StrictMath.cos", StrictMath::cos, 2);
        hashUnary("StrictMath.tan", StrictMath::tan, 3);
        hashUnary("StrictMath.asin", StrictMath::asin, 4);
        hashUnary("StrictMath.acos", StrictMath::acos, 5);
        hashUnary("StrictMath.atan", StrictMath::atan, 6);
        hashBinary("StrictMath.atan2", StrictMath::atan2, 7, false);
        hashBinary("StrictMath.hypot", StrictMath::hypot, 8, false);
        hashBinary("StrictMath.pow", StrictMath::pow, 9, true);
        hashBinary("StrictMath.pow any base", StrictMath::pow, 10, false);
        hashUnary("Math.asin", Math::asin, 4);
        hashUnary("Math.acos", Math::acos, 5);
        hashUnary("Math.atan", Math::atan, 6);
        hashBinary("Math.atan2", Math::atan2, 7, false);
        hashBinary("Math.hypot", Math::hypot, 8, false);
    }
}
