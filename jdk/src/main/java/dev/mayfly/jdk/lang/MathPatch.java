package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;

/**
 * java.lang.Math as the JDK specifies it where the compiler's class library differs or lacks a
 * method: rounding ({@code round} ties toward positive infinity, {@code rint} ties to even),
 * {@code ulp}, the {@code *Exact} family with the JDK's overflow messages, and the 128-bit
 * multiplications. The transcendental functions follow what HotSpot computes: where HotSpot
 * computes StrictMath's (fdlibm) result they delegate to it; where it uses x86 stubs of its own
 * (sin, cos, tan, exp, log, log10, pow, tanh, cbrt) they are correctly rounded, which is what those
 * stubs return on all but about 0.1 % of inputs (tools/math-survey).
 */
@PatchFor("java.lang.Math")
public final class MathPatch {
    private static final double TWO_POW_52 = 4503599627370496.0;

    private MathPatch() {
    }

    /** {@link Math#round(double)}: the closest long, ties toward positive infinity; NaN is 0; saturates. */
    public static long round(double a) {
        if (a != a) {
            return 0;
        }
        double floor = Math.floor(a);
        double rounded = a - floor >= 0.5 ? floor + 1 : floor;
        if (rounded >= 0x1p63) {
            return Long.MAX_VALUE;
        }
        if (rounded <= -0x1p63) {
            return Long.MIN_VALUE;
        }
        return (long) rounded;
    }

    /** {@link Math#round(float)}: the closest int, ties toward positive infinity; NaN is 0; saturates. */
    public static int round(float a) {
        if (a != a) {
            return 0;
        }
        float floor = (float) Math.floor(a);
        float rounded = a - floor >= 0.5f ? floor + 1 : floor;
        if (rounded >= 0x1p31f) {
            return Integer.MAX_VALUE;
        }
        if (rounded <= -0x1p31f) {
            return Integer.MIN_VALUE;
        }
        return (int) rounded;
    }

    /**
     * {@link Math#rint(double)}: the closest integer value, ties to even, keeping the sign of zero.
     * Adding and subtracting 2^52 rounds to an integer in the current (nearest-even) mode.
     */
    public static double rint(double a) {
        double abs = Math.abs(a);
        if (!(abs < TWO_POW_52)) {
            return a;
        }
        return Math.copySign((abs + TWO_POW_52) - TWO_POW_52, a);
    }

    /** {@link Math#ulp(double)}: the distance to the next larger magnitude double of the same binade. */
    public static double ulp(double d) {
        int exponent = (int) ((Double.doubleToRawLongBits(d) >>> 52) & 0x7ff);
        if (exponent == 0x7ff) {
            return Math.abs(d);
        }
        if (exponent == 0) {
            return Double.MIN_VALUE;
        }
        return exponent > 52 ? Double.longBitsToDouble((long) (exponent - 52) << 52)
                : Double.longBitsToDouble(1L << (exponent - 1));
    }

    /** {@link Math#ulp(float)}. */
    public static float ulp(float f) {
        int exponent = (Float.floatToRawIntBits(f) >>> 23) & 0xff;
        if (exponent == 0xff) {
            return Math.abs(f);
        }
        if (exponent == 0) {
            return Float.MIN_VALUE;
        }
        return exponent > 23 ? Float.intBitsToFloat((exponent - 23) << 23) : Float.intBitsToFloat(1 << (exponent - 1));
    }

    // ------------------------------------------------------------------ exact arithmetic

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw intOverflow();
        }
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw longOverflow();
        }
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw intOverflow();
        }
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw longOverflow();
        }
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * y;
        if ((int) r != r) {
            throw intOverflow();
        }
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        if (multiplyHigh(x, y) != (r >> 63)) {
            throw longOverflow();
        }
        return r;
    }

    public static int divideExact(int x, int y) {
        if (x == Integer.MIN_VALUE && y == -1) {
            throw intOverflow();
        }
        return x / y;
    }

    public static long divideExact(long x, long y) {
        if (x == Long.MIN_VALUE && y == -1) {
            throw longOverflow();
        }
        return x / y;
    }

    public static int floorDivExact(int x, int y) {
        if (x == Integer.MIN_VALUE && y == -1) {
            throw intOverflow();
        }
        return Math.floorDiv(x, y);
    }

    public static long floorDivExact(long x, long y) {
        if (x == Long.MIN_VALUE && y == -1) {
            throw longOverflow();
        }
        return Math.floorDiv(x, y);
    }

    public static int ceilDivExact(int x, int y) {
        if (x == Integer.MIN_VALUE && y == -1) {
            throw intOverflow();
        }
        return Math.ceilDiv(x, y);
    }

    public static long ceilDivExact(long x, long y) {
        if (x == Long.MIN_VALUE && y == -1) {
            throw longOverflow();
        }
        return Math.ceilDiv(x, y);
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw intOverflow();
        }
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw longOverflow();
        }
        return a + 1;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw intOverflow();
        }
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw longOverflow();
        }
        return a - 1;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw intOverflow();
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw longOverflow();
        }
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw intOverflow();
        }
        return (int) value;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return Math.abs(a);
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return Math.abs(a);
    }

    /** {@link Math#powExact(int, int)}: x to the power n (n >= 0), or ArithmeticException on overflow. */
    public static int powExact(int x, int n) {
        checkExponent(n);
        int result = 1;
        for (int i = 0; i < n; i++) {
            result = multiplyExactOr(result, x, false);
        }
        return result;
    }

    public static long powExact(long x, int n) {
        checkExponent(n);
        long result = 1;
        for (int i = 0; i < n; i++) {
            long r = result * x;
            if (multiplyHigh(result, x) != (r >> 63)) {
                throw longOverflow();
            }
            result = r;
            if (result == 0 || result == 1) {
                return result;
            }
        }
        return result;
    }

    public static int unsignedPowExact(int x, int n) {
        checkExponent(n);
        int result = 1;
        for (int i = 0; i < n; i++) {
            result = unsignedMultiplyExact(result, x);
            if (result == 0 || result == 1) {
                return result;
            }
        }
        return result;
    }

    public static long unsignedPowExact(long x, int n) {
        checkExponent(n);
        long result = 1;
        for (int i = 0; i < n; i++) {
            result = unsignedMultiplyExact(result, x);
            if (result == 0 || result == 1) {
                return result;
            }
        }
        return result;
    }

    public static int unsignedMultiplyExact(int x, int y) {
        long r = Integer.toUnsignedLong(x) * Integer.toUnsignedLong(y);
        if ((r >>> 32) != 0) {
            throw new ArithmeticException("unsigned integer overflow");
        }
        return (int) r;
    }

    public static long unsignedMultiplyExact(long x, int y) {
        return unsignedMultiplyExact(x, Integer.toUnsignedLong(y));
    }

    public static long unsignedMultiplyExact(long x, long y) {
        if (unsignedMultiplyHigh(x, y) != 0) {
            throw new ArithmeticException("unsigned long overflow");
        }
        return x * y;
    }

    private static int multiplyExactOr(int a, int b, boolean unused) {
        long r = (long) a * b;
        if ((int) r != r) {
            throw intOverflow();
        }
        return (int) r;
    }

    private static void checkExponent(int n) {
        if (n < 0) {
            throw new ArithmeticException("negative exponent");
        }
    }

    // ------------------------------------------------------------------ wide multiplication

    /** {@link Math#multiplyFull(int, int)}. */
    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    /** {@link Math#multiplyHigh(long, long)}: the high 64 bits of the signed 128-bit product. */
    public static long multiplyHigh(long x, long y) {
        // Signed high part = unsigned high part, corrected for each negative operand.
        long high = unsignedMultiplyHigh(x, y);
        return high - ((x >> 63) & y) - ((y >> 63) & x);
    }

    /** {@link Math#unsignedMultiplyHigh(long, long)}: the high 64 bits of the unsigned 128-bit product. */
    public static long unsignedMultiplyHigh(long x, long y) {
        long x0 = x & 0xFFFFFFFFL;
        long x1 = x >>> 32;
        long y0 = y & 0xFFFFFFFFL;
        long y1 = y >>> 32;
        long p00 = x0 * y0;
        long p01 = x0 * y1;
        long p10 = x1 * y0;
        long p11 = x1 * y1;
        long middle = (p00 >>> 32) + (p01 & 0xFFFFFFFFL) + (p10 & 0xFFFFFFFFL);
        return p11 + (p01 >>> 32) + (p10 >>> 32) + (middle >>> 32);
    }

    /**
     * {@link Math#fma(double, double, double)}: {@code a * b + c} rounded once. Computed exactly with
     * BigDecimal, which is slow but exact; the IEEE special cases first.
     */
    public static double fma(double a, double b, double c) {
        return Fma.fma(a, b, c);
    }

    /** {@link Math#fma(float, float, float)}: exact in double (a float product fits in 48 bits), rounded once. */
    public static float fma(float a, float b, float c) {
        return Fma.fma(a, b, c);
    }

    // ------------------------------------------------------------------ functions HotSpot computes with stubs of its own
    // (measured with tools/math-survey: HotSpot's sin, cos, tan, exp, log, log10, pow, tanh and cbrt
    // differ from fdlibm on 1.5-8 % of inputs but from the correctly rounded result on 0-0.15 %)

    /** {@link Math#sin(double)}, correctly rounded. */
    public static double sin(double a) {
        return CorrectlyRoundedTrig.sin(a);
    }

    /** {@link Math#cos(double)}, correctly rounded. */
    public static double cos(double a) {
        return CorrectlyRoundedTrig.cos(a);
    }

    /** {@link Math#tan(double)}, correctly rounded. */
    public static double tan(double a) {
        return CorrectlyRoundedTrig.tan(a);
    }

    /** {@link Math#exp(double)}, correctly rounded. */
    public static double exp(double a) {
        return CorrectlyRoundedExpLog.exp(a);
    }

    /** {@link Math#log(double)}, correctly rounded. */
    public static double log(double a) {
        return CorrectlyRoundedExpLog.log(a);
    }

    /** {@link Math#log10(double)}, correctly rounded (so exactly n for 10^n). */
    public static double log10(double a) {
        return CorrectlyRoundedExpLog.log10(a);
    }

    /** {@link Math#tanh(double)}, correctly rounded. */
    public static double tanh(double a) {
        return CorrectlyRoundedExpLog.tanh(a);
    }

    /** {@link Math#pow(double, double)}: Java's special cases, then correctly rounded. */
    public static double pow(double x, double y) {
        return CorrectlyRoundedPow.pow(x, y);
    }

    /**
     * {@link Math#cbrt(double)}: fdlibm's result (error below 0.667 ulp) corrected to the nearest
     * double — HotSpot's intrinsic is correctly rounded on all but ~0.2 % of inputs, fdlibm on 92 %
     * (tools/math-survey) — by comparing |a| exactly with the cubes of the midpoints to the neighbours.
     */
    public static double cbrt(double a) {
        double t = StrictMathPatch.cbrt(a);
        if (t == 0 || Double.isNaN(t) || Double.isInfinite(t)) {
            return t;
        }
        double x = Math.abs(a);
        double r = Math.abs(t);
        double up = Math.nextUp(r);
        double down = Math.nextDown(r);
        if (!Double.isInfinite(up) && compareMidpointCube(r, up, x) <= 0) {
            r = up;
        } else if (down > 0 && compareMidpointCube(down, r, x) > 0) {
            r = down;
        }
        return Math.copySign(r, a);
    }

    /** The sign of ((lo + hi) / 2)^3 - x, computed exactly (lo, hi, x positive and finite). */
    private static int compareMidpointCube(double lo, double hi, double x) {
        int el = Math.getExponent(lo) - 52;
        int eh = Math.getExponent(hi) - 52;
        int ex = Math.getExponent(x) - 52;
        long ml = significand(lo);
        long mh = significand(hi);
        long mx = significand(x);
        el = Math.max(el, -1074);
        eh = Math.max(eh, -1074);
        ex = Math.max(ex, -1074);
        int e = Math.min(el, eh);
        java.math.BigInteger sum = java.math.BigInteger.valueOf(ml).shiftLeft(el - e)
                .add(java.math.BigInteger.valueOf(mh).shiftLeft(eh - e));
        // midpoint = sum · 2^(e-1); its cube = sum^3 · 2^(3e-3)
        java.math.BigInteger cube = sum.pow(3);
        int cubeExp = 3 * e - 3;
        java.math.BigInteger xs = java.math.BigInteger.valueOf(mx);
        if (cubeExp >= ex) {
            cube = cube.shiftLeft(cubeExp - ex);
        } else {
            xs = xs.shiftLeft(ex - cubeExp);
        }
        return cube.compareTo(xs);
    }

    private static long significand(double d) {
        long bits = Double.doubleToRawLongBits(d);
        long fraction = bits & ((1L << 52) - 1);
        return (bits >>> 52 & 0x7ff) == 0 ? fraction : fraction | (1L << 52);
    }

    // ------------------------------------------------------------------ functions HotSpot computes as fdlibm does
    // (tools/math-survey: Math equals StrictMath on every input for these)

    public static double expm1(double a) {
        return StrictMathPatch.expm1(a);
    }

    public static double log1p(double a) {
        return StrictMathPatch.log1p(a);
    }

    public static double sinh(double a) {
        return StrictMathPatch.sinh(a);
    }

    public static double cosh(double a) {
        return StrictMathPatch.cosh(a);
    }

    // ------------------------------------------------------------------ clamp (JDK 21)

    public static int clamp(long value, int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return (int) Math.min(max, Math.max(value, min));
    }

    public static long clamp(long value, long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return Math.min(max, Math.max(value, min));
    }

    public static double clamp(double value, double min, double max) {
        if (!(min < max)) {
            if (Double.isNaN(min)) {
                throw new IllegalArgumentException("min is NaN");
            }
            if (Double.isNaN(max)) {
                throw new IllegalArgumentException("max is NaN");
            }
            if (Double.compare(min, max) > 0) {
                throw new IllegalArgumentException(min + " > " + max);
            }
        }
        return Math.min(max, Math.max(value, min));
    }

    public static float clamp(float value, float min, float max) {
        if (!(min < max)) {
            if (Float.isNaN(min)) {
                throw new IllegalArgumentException("min is NaN");
            }
            if (Float.isNaN(max)) {
                throw new IllegalArgumentException("max is NaN");
            }
            if (Float.compare(min, max) > 0) {
                throw new IllegalArgumentException(min + " > " + max);
            }
        }
        return Math.min(max, Math.max(value, min));
    }

    private static ArithmeticException intOverflow() {
        return new ArithmeticException("integer overflow");
    }

    private static ArithmeticException longOverflow() {
        return new ArithmeticException("long overflow");
    }

    // ------------------------------------------------------------------ inverse trigonometric functions and hypot:
    // HotSpot computes these as StrictMath does (tools/math-survey: 0 differences), i.e. as fdlibm

    /** {@link Math#asin(double)}: fdlibm's e_asin.c, as HotSpot's (equal to StrictMath's). */
    public static double asin(double a) {
        return FdlibmInverseTrig.asin(a);
    }

    /** {@link Math#acos(double)}: fdlibm's e_acos.c, as HotSpot's (equal to StrictMath's). */
    public static double acos(double a) {
        return FdlibmInverseTrig.acos(a);
    }

    /** {@link Math#atan(double)}: fdlibm's s_atan.c, as HotSpot's (equal to StrictMath's). */
    public static double atan(double a) {
        return FdlibmInverseTrig.atan(a);
    }

    /** {@link Math#atan2(double, double)}: fdlibm's e_atan2.c, as HotSpot's (equal to StrictMath's). */
    public static double atan2(double y, double x) {
        return FdlibmInverseTrig.atan2(y, x);
    }

    /** {@link Math#hypot(double, double)}: fdlibm's e_hypot.c, as HotSpot's (equal to StrictMath's). */
    public static double hypot(double x, double y) {
        return FdlibmHypot.hypot(x, y);
    }
}
