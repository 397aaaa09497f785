import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Measures, on the HotSpot running it, where java.lang.Math differs from StrictMath (fdlibm):
 * HotSpot replaces some Math functions by CPU-specific intrinsics that may differ in the last bit.
 * Prints, per function, how many of N inputs (random bit patterns, [-10, 10), powers of ten) differ.
 * With the jdk module's classes on the class path it also counts, per function, the inputs where
 * Mayfly's Math (dev.mayfly.jdk.lang.MathPatch, run here on HotSpot) differs from HotSpot's Math;
 * "-" where MathPatch lacks the function (the image then takes the C library's, musl's).
 * Run: java -cp jdk/target/classes tools/math-survey/MathSurvey.java [N]
 */
public final class MathSurvey {
    record F(String name, DoubleUnaryOperator math, DoubleUnaryOperator strict, DoubleUnaryOperator mayfly) {
        F(String name, DoubleUnaryOperator math, DoubleUnaryOperator strict) {
            this(name, math, strict, mayflyMath(name));
        }
    }

    /** Mayfly's Math function of that name (pow(x,c) and pow(c,x) as written), or null. */
    static DoubleUnaryOperator mayflyMath(String name) {
        try {
            Class<?> patch = Class.forName("dev.mayfly.jdk.lang.MathPatch");
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            if (name.contains("(")) {
                String function = name.substring(0, name.indexOf('('));
                String[] args = name.substring(name.indexOf('(') + 1, name.length() - 1).split(",");
                MethodHandle h = lookup.findStatic(patch, function, MethodType.methodType(double.class, double.class, double.class));
                DoubleBinaryOperator f = (a, b) -> invoke(h, a, b);
                if (args[0].equals("x")) {
                    double c = Double.parseDouble(args[1]);
                    return x -> f.applyAsDouble(x, c);
                }
                double c = Double.parseDouble(args[0]);
                return x -> f.applyAsDouble(c, x);
            }
            MethodHandle h = lookup.findStatic(patch, name, MethodType.methodType(double.class, double.class));
            return x -> invoke(h, x);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    static double invoke(MethodHandle h, double... args) {
        try {
            return args.length == 1 ? (double) h.invokeExact(args[0]) : (double) h.invokeExact(args[0], args[1]);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        F[] fs = {
            new F("sin", Math::sin, StrictMath::sin), new F("cos", Math::cos, StrictMath::cos), new F("tan", Math::tan, StrictMath::tan),
            new F("asin", Math::asin, StrictMath::asin), new F("acos", Math::acos, StrictMath::acos), new F("atan", Math::atan, StrictMath::atan),
            new F("exp", Math::exp, StrictMath::exp), new F("log", Math::log, StrictMath::log), new F("log10", Math::log10, StrictMath::log10),
            new F("sqrt", Math::sqrt, StrictMath::sqrt), new F("cbrt", Math::cbrt, StrictMath::cbrt), new F("sinh", Math::sinh, StrictMath::sinh),
            new F("cosh", Math::cosh, StrictMath::cosh), new F("tanh", Math::tanh, StrictMath::tanh), new F("expm1", Math::expm1, StrictMath::expm1),
            new F("log1p", Math::log1p, StrictMath::log1p), new F("pow(x,2.5)", x -> Math.pow(x, 2.5), x -> StrictMath.pow(x, 2.5)),
            new F("pow(1.7,x)", x -> Math.pow(1.7, x), x -> StrictMath.pow(1.7, x)), new F("atan2(x,0.7)", x -> Math.atan2(x, 0.7), x -> StrictMath.atan2(x, 0.7)),
            new F("hypot(x,3)", x -> Math.hypot(x, 3), x -> StrictMath.hypot(x, 3)),
        };
        System.out.println(Runtime.version() + " " + System.getProperty("os.arch") + ", " + n + " inputs per function;"
                + " per function: how many differ between HotSpot's Math and StrictMath, then between Mayfly's Math and HotSpot's");
        for (F f : fs) {
            SplittableRandom r = new SplittableRandom(1);
            int differ = 0;
            int mayflyDiffer = 0;
            String example = "";
            String mayflyExample = "";
            for (int i = 0; i < n; i++) {
                double x = switch (i % 3) {
                    case 0 -> Double.longBitsToDouble(r.nextLong());
                    case 1 -> r.nextDouble() * 20 - 10;
                    default -> Math.pow(10, r.nextInt(40) - 20) * (1 + r.nextDouble());
                };
                double a = f.math.applyAsDouble(x);
                double b = f.strict.applyAsDouble(x);
                if (Double.doubleToLongBits(a) != Double.doubleToLongBits(b)) {
                    if (differ++ == 0) {
                        example = " e.g. x=" + x + ": Math " + a + ", StrictMath " + b;
                    }
                }
                if (f.mayfly != null) {
                    double m = f.mayfly.applyAsDouble(x);
                    if (Double.doubleToLongBits(a) != Double.doubleToLongBits(m) && mayflyDiffer++ == 0) {
                        mayflyExample = " e.g. x=" + x + ": HotSpot " + a + ", Mayfly " + m;
                    }
                }
            }
            String mayfly = f.mayfly == null ? "  Mayfly Math: -" : String.format("  Mayfly Math differs from HotSpot's on %d (agrees on %.3f%%)%s",
                    mayflyDiffer, 100.0 - 100.0 * mayflyDiffer / n, mayflyExample);
            System.out.printf("%-14s %8d differ (%.4f%%)%s%n%14s%s%n", f.name, differ, 100.0 * differ / n, example, "", mayfly);
        }
    }
}
