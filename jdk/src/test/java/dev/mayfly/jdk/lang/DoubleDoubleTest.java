package dev.mayfly.jdk.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The error-free transformations are exact, and scaledRounded rounds once, also to subnormals. */
class DoubleDoubleTest {
    private static BigDecimal exact(DoubleDouble d) {
        return new BigDecimal(d.hi).add(new BigDecimal(d.lo));
    }

    @Property
    void twoSumIsExact(@ForAll @DoubleRange(min = -1e300, max = 1e300) double a, @ForAll @DoubleRange(min = -1e10, max = 1e10) double b) {
        assertEquals(0, new BigDecimal(a).add(new BigDecimal(b)).compareTo(exact(DoubleDouble.twoSum(a, b))));
        assertEquals(0, new BigDecimal(a).add(new BigDecimal(b)).compareTo(exact(DoubleDouble.twoSum(b, a))));
    }

    @Property
    void twoProductIsExact(@ForAll @DoubleRange(min = -1e150, max = 1e150) double a, @ForAll @DoubleRange(min = -1e100, max = 1e100) double b) {
        assertEquals(0, new BigDecimal(a).multiply(new BigDecimal(b)).compareTo(exact(DoubleDouble.twoProduct(a, b))));
    }

    @Property
    void productsAndQuotientsAreAccurateToAbout2ToTheMinus104(@ForAll @DoubleRange(min = 0.5, max = 2) double a,
                                                              @ForAll @DoubleRange(min = 0.5, max = 2) double b,
                                                              @ForAll @DoubleRange(min = -1, max = 1) double fraction) {
        double c = fraction * 0x1p-53;
        DoubleDouble x = DoubleDouble.fastTwoSum(a, a * c);
        DoubleDouble y = DoubleDouble.fastTwoSum(b, b * c / 3);
        BigDecimal product = exact(x).multiply(exact(y));
        BigDecimal error = exact(x.multiply(y)).subtract(product).abs();
        assertEquals(-1, error.compareTo(product.abs().multiply(new BigDecimal(0x1p-103))), "product error " + error);
        BigDecimal quotient = exact(x).divide(exact(y), CorrectlyRoundedReference.MC);
        error = exact(x.divide(y)).subtract(quotient).abs();
        assertEquals(-1, error.compareTo(quotient.abs().multiply(new BigDecimal(0x1p-103))), "quotient error " + error);
    }

    @Property(tries = 2000)
    void scaledRoundedRoundsOnceAlsoWhereTheResultIsSubnormal(@ForAll @DoubleRange(min = 1, max = 2) double hi,
                                                              @ForAll @DoubleRange(min = -1, max = 1) double fraction,
                                                              @ForAll @IntRange(min = -1130, max = 1030) int n) {
        double lo = fraction * Math.ulp(hi) / 2;
        BigDecimal exact = new BigDecimal(hi).add(new BigDecimal(lo));
        BigDecimal scaled = n >= 0 ? exact.multiply(BigDecimal.TWO.pow(n)) : exact.divide(BigDecimal.TWO.pow(-n));
        assertEquals(scaled.doubleValue(), DoubleDouble.scaledRounded(hi, lo, n), () -> "(" + hi + " + " + lo + ")·2^" + n);
    }

    @Property(tries = 2000)
    void scaledRoundedBreaksTiesToEven(@ForAll @IntRange(min = 0, max = 1 << 20) int m, @ForAll @DoubleRange(min = -1, max = 1) double nudge) {
        // (m + 1/2)·2^-1074 is halfway between two subnormals; lo nudges it off or leaves it there
        double value = (m + 0.5) * 0x1p20;
        double lo = nudge > 0.5 ? Math.ulp(value) / 4 : nudge < -0.5 ? -Math.ulp(value) / 4 : 0;
        int n = -1074 - 20;
        BigDecimal exact = new BigDecimal(value).add(new BigDecimal(lo)).divide(BigDecimal.TWO.pow(-n));
        assertEquals(exact.doubleValue(), DoubleDouble.scaledRounded(value, lo, n), () -> value + " + " + lo);
    }
}
