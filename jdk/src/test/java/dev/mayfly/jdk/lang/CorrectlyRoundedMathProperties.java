package dev.mayfly.jdk.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Math.sin, cos, tan, exp, log, log10, pow and tanh as patched equal the nearest double of the
 * exact value (BigDecimal, {@link CorrectlyRoundedReference}) bit for bit, over random bit
 * patterns, [-10, 10), wide magnitudes, arguments near multiples of π/2, subnormal and huge ones.
 */
class CorrectlyRoundedMathProperties {
    private static final int TRIES = 400;

    private static void sameBits(DoubleUnaryOperator reference, DoubleUnaryOperator ours, double x, String name) {
        double expected = reference.applyAsDouble(x);
        double actual = ours.applyAsDouble(x);
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                () -> name + "(" + x + ") = " + actual + ", correctly rounded " + expected);
    }

    private static void trig(double x) {
        sameBits(CorrectlyRoundedReference::sin, MathPatch::sin, x, "sin");
        sameBits(CorrectlyRoundedReference::cos, MathPatch::cos, x, "cos");
        sameBits(CorrectlyRoundedReference::tan, MathPatch::tan, x, "tan");
    }

    @Provide
    Arbitrary<Double> anyBitPattern() {
        return Arbitraries.longs().map(Double::longBitsToDouble);
    }

    /** d·10^k for d in [1, 10) and k in [-300, 300], either sign. */
    @Provide
    Arbitrary<Double> wideMagnitudes() {
        return Arbitraries.doubles().between(1, 10).flatMap(d -> Arbitraries.integers().between(-300, 300)
                .flatMap(k -> Arbitraries.of(1.0, -1.0).map(s -> s * d * Math.pow(10, k))));
    }

    /** The doubles nearest k·π/2 for k up to 2^40, and a few ulps either side. */
    @Provide
    Arbitrary<Double> nearMultiplesOfHalfPi() {
        return Arbitraries.longs().between(1, 1L << 40).flatMap(k -> Arbitraries.integers().between(-3, 3).map(ulps -> {
            double x = k * (Math.PI / 2);
            for (int i = 0; i < Math.abs(ulps); i++) {
                x = ulps > 0 ? Math.nextUp(x) : Math.nextDown(x);
            }
            return x;
        }));
    }

    @Provide
    Arbitrary<Double> subnormals() {
        return Arbitraries.longs().between(1, (1L << 52) - 1).map(Double::longBitsToDouble);
    }

    @Property(tries = TRIES)
    void trigonometricFunctionsAreCorrectlyRoundedOnAnyBitPattern(@ForAll("anyBitPattern") double x) {
        trig(x);
    }

    @Property(tries = TRIES)
    void trigonometricFunctionsAreCorrectlyRoundedOnSmallArguments(@ForAll @DoubleRange(min = -10, max = 10) double x) {
        trig(x);
    }

    @Property(tries = TRIES)
    void trigonometricFunctionsAreCorrectlyRoundedOnWideMagnitudes(@ForAll("wideMagnitudes") double x) {
        trig(x);
    }

    @Property(tries = TRIES)
    void trigonometricFunctionsAreCorrectlyRoundedNearMultiplesOfHalfPi(@ForAll("nearMultiplesOfHalfPi") double x) {
        trig(x);
    }

    @Property(tries = 100)
    void trigonometricFunctionsAreCorrectlyRoundedOnHugeArguments(@ForAll @DoubleRange(min = 1e290, max = Double.MAX_VALUE) double x) {
        trig(x);
        trig(-x);
    }

    @Property(tries = TRIES)
    void expIsCorrectlyRoundedOverItsFiniteRange(@ForAll @DoubleRange(min = -746, max = 710) double x) {
        sameBits(CorrectlyRoundedReference::exp, MathPatch::exp, x, "exp");
    }

    @Property(tries = TRIES)
    void expIsCorrectlyRoundedWhereItsResultIsSubnormal(@ForAll @DoubleRange(min = -745.2, max = -708) double x) {
        sameBits(CorrectlyRoundedReference::exp, MathPatch::exp, x, "exp");
    }

    @Property(tries = TRIES)
    void expIsCorrectlyRoundedOnSmallArguments(@ForAll @DoubleRange(min = -10, max = 10) double x) {
        sameBits(CorrectlyRoundedReference::exp, MathPatch::exp, x, "exp");
    }

    @Property(tries = TRIES)
    void expIsCorrectlyRoundedOnWideMagnitudes(@ForAll("wideMagnitudes") double x) {
        sameBits(CorrectlyRoundedReference::exp, MathPatch::exp, x, "exp");
    }

    @Property(tries = TRIES)
    void logarithmsAreCorrectlyRoundedOnAnyPositiveBitPattern(@ForAll("anyBitPattern") double x) {
        double a = Math.abs(x);
        sameBits(CorrectlyRoundedReference::log, MathPatch::log, a, "log");
        sameBits(CorrectlyRoundedReference::log10, MathPatch::log10, a, "log10");
    }

    @Property(tries = TRIES)
    void logarithmsAreCorrectlyRoundedOnWideMagnitudes(@ForAll("wideMagnitudes") double x) {
        double a = Math.abs(x);
        sameBits(CorrectlyRoundedReference::log, MathPatch::log, a, "log");
        sameBits(CorrectlyRoundedReference::log10, MathPatch::log10, a, "log10");
    }

    @Property(tries = TRIES)
    void logarithmsAreCorrectlyRoundedNearOne(@ForAll @IntRange(min = -100_000, max = 100_000) int ulps) {
        double x = 1.0 + ulps * 0x1p-52;
        sameBits(CorrectlyRoundedReference::log, MathPatch::log, x, "log");
        sameBits(CorrectlyRoundedReference::log10, MathPatch::log10, x, "log10");
    }

    @Property(tries = 200)
    void logarithmsAreCorrectlyRoundedOnSubnormals(@ForAll("subnormals") double x) {
        sameBits(CorrectlyRoundedReference::log, MathPatch::log, x, "log");
        sameBits(CorrectlyRoundedReference::log10, MathPatch::log10, x, "log10");
    }

    @Property(tries = TRIES)
    void tanhIsCorrectlyRoundedOnSmallArguments(@ForAll @DoubleRange(min = -25, max = 25) double x) {
        sameBits(CorrectlyRoundedReference::tanh, MathPatch::tanh, x, "tanh");
    }

    @Property(tries = TRIES)
    void tanhIsCorrectlyRoundedOnWideMagnitudes(@ForAll("wideMagnitudes") double x) {
        sameBits(CorrectlyRoundedReference::tanh, MathPatch::tanh, x, "tanh");
    }

    @Property(tries = TRIES)
    void tanhIsCorrectlyRoundedNearZero(@ForAll @DoubleRange(min = -1, max = 1) double f, @ForAll @IntRange(min = 0, max = 1070) int k) {
        double x = Math.scalb(f, -k);
        sameBits(CorrectlyRoundedReference::tanh, MathPatch::tanh, x, "tanh");
    }

    @Property(tries = TRIES)
    void powIsCorrectlyRoundedForPositiveBases(@ForAll("wideMagnitudes") double x, @ForAll @DoubleRange(min = -20, max = 20) double y) {
        double a = Math.abs(x);
        sameBits(b -> CorrectlyRoundedReference.positivePow(b, y), b -> MathPatch.pow(b, y), a, "pow(x, " + y + ")");
    }

    @Property(tries = TRIES)
    void powIsCorrectlyRoundedNearOverflowAndUnderflow(@ForAll @DoubleRange(min = 1.01, max = 1e10) double x,
                                                       @ForAll @DoubleRange(min = -745, max = 709.7) double z) {
        double y = z / Math.log(x);
        sameBits(b -> CorrectlyRoundedReference.positivePow(b, y), b -> MathPatch.pow(b, y), x, "pow(x, " + y + ")");
    }

    @Property(tries = TRIES)
    void powIsCorrectlyRoundedForIntegerExponents(@ForAll @DoubleRange(min = 0, max = 100) double x,
                                                   @ForAll @IntRange(min = -40, max = 40) int n) {
        sameBits(b -> CorrectlyRoundedReference.positivePow(b, n), b -> MathPatch.pow(b, n), x == 0 ? 1 : x, "pow(x, " + n + ")");
    }

    @Property(tries = TRIES)
    void powOfANegativeBaseIsThePowerOfItsMagnitudeWithTheSignOfAnOddExponent(
            @ForAll @DoubleRange(min = -100, max = -0.01) double x, @ForAll @IntRange(min = -30, max = 30) int n) {
        double expected = CorrectlyRoundedReference.positivePow(-x, n) * (n % 2 == 0 ? 1 : -1);
        assertEquals(expected, MathPatch.pow(x, n), () -> "pow(" + x + ", " + n + ")");
    }
}
