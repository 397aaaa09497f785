package dev.mayfly.jdk.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Every constant of {@link MathConstants} and {@link TaylorCoefficients} is the double-double nearest its value. */
class MathConstantsTest {
    private static final MathContext MC = CorrectlyRoundedReference.MC;

    private static void nearest(BigDecimal value, double hi, double lo, String name) {
        double expectedHi = value.doubleValue();
        double expectedLo = value.subtract(new BigDecimal(expectedHi)).doubleValue();
        assertEquals(expectedHi, hi, name + " (high part)");
        // the coefficients computed by double-double division may miss the nearest low part by an ulp
        assertEquals(expectedLo, lo, Math.ulp(expectedLo), name + " (low part)");
    }

    @Test
    void theBitsOfTwoOverPiAreThoseOfTwoOverPi() {
        BigDecimal pi = CorrectlyRoundedReference.pi();
        int chunks = MathConstants.TWO_OVER_PI.length;
        BigInteger bits = BigDecimal.TWO.divide(pi, new MathContext(800)).multiply(new BigDecimal(BigInteger.ONE.shiftLeft(32 * chunks)))
                .setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
        for (int c = 0; c < chunks; c++) {
            assertEquals(bits.shiftRight(32 * (chunks - 1 - c)).intValue(), MathConstants.TWO_OVER_PI[c], "chunk " + c);
        }
    }

    @Test
    void theScalarConstantsAreNearest() {
        BigDecimal pi = CorrectlyRoundedReference.pi();
        BigDecimal ln2 = CorrectlyRoundedReference.ln(BigDecimal.TWO);
        nearest(pi.divide(BigDecimal.TWO, MC), MathConstants.PI_OVER_2_HI, MathConstants.PI_OVER_2_LO, "π/2");
        nearest(ln2, MathConstants.LN2_HI, MathConstants.LN2_LO, "ln 2");
        nearest(BigDecimal.ONE.divide(CorrectlyRoundedReference.ln(BigDecimal.TEN), MC), MathConstants.INV_LN10_HI, MathConstants.INV_LN10_LO, "1/ln 10");
        BigDecimal pieces = new BigDecimal(MathConstants.LN2_BY_64_1).add(new BigDecimal(MathConstants.LN2_BY_64_2))
                .add(new BigDecimal(MathConstants.LN2_BY_64_3));
        BigDecimal error = pieces.subtract(ln2.divide(BigDecimal.valueOf(64), MC)).abs();
        assertEquals(-1, error.compareTo(new BigDecimal(0x1p-135)), "ln(2)/64 in three pieces is off by " + error);
        assertEquals(0, Double.doubleToRawLongBits(MathConstants.LN2_BY_64_1) & ((1L << 17) - 1), "first piece has 36 bits");
        assertEquals(0, Double.doubleToRawLongBits(MathConstants.LN2_BY_64_2) & ((1L << 17) - 1), "second piece has 36 bits");
        BigDecimal halfPi = new BigDecimal(MathConstants.PI_OVER_2_1).add(new BigDecimal(MathConstants.PI_OVER_2_2))
                .add(new BigDecimal(MathConstants.PI_OVER_2_3));
        BigDecimal piError = halfPi.subtract(pi.divide(BigDecimal.TWO, MC)).abs();
        assertEquals(-1, piError.compareTo(new BigDecimal(0x1p-121)), "π/2 in three pieces is off by " + piError);
        assertEquals(0, Double.doubleToRawLongBits(MathConstants.PI_OVER_2_1) & ((1L << 20) - 1), "first piece has 33 bits");
        assertEquals(0, Double.doubleToRawLongBits(MathConstants.PI_OVER_2_2) & ((1L << 20) - 1), "second piece has 33 bits");
    }

    @Test
    void theTablesHoldTheNearestDoubleDoubles() {
        BigDecimal ln2 = CorrectlyRoundedReference.ln(BigDecimal.TWO);
        for (int j = 0; j < 64; j++) {
            BigDecimal value = CorrectlyRoundedReference.exp(ln2.multiply(BigDecimal.valueOf(j)).divide(BigDecimal.valueOf(64), MC));
            nearest(value, MathConstants.EXP2_HI[j], MathConstants.EXP2_LO[j], "2^(" + j + "/64)");
        }
        for (int j = 0; j < MathConstants.SIN_HI.length; j++) {
            BigDecimal a = BigDecimal.valueOf(j).divide(BigDecimal.valueOf(64));
            nearest(sinOrCos(a, false), MathConstants.SIN_HI[j], MathConstants.SIN_LO[j], "sin(" + j + "/64)");
            nearest(sinOrCos(a, true), MathConstants.COS_HI[j], MathConstants.COS_LO[j], "cos(" + j + "/64)");
        }
        for (int j = MathConstants.LOG_FIRST; j <= 96; j++) {
            BigDecimal value = CorrectlyRoundedReference.ln(BigDecimal.valueOf(j).divide(BigDecimal.valueOf(64)));
            int i = j - MathConstants.LOG_FIRST;
            nearest(value, MathConstants.LOG_HI[i], MathConstants.LOG_LO[i], "ln(" + j + "/64)");
        }
    }

    /** sin(a) or cos(a) for |a| < 1 by the Taylor series, to 70 digits. */
    private static BigDecimal sinOrCos(BigDecimal a, boolean cos) {
        BigDecimal a2 = a.multiply(a, MC);
        BigDecimal term = cos ? BigDecimal.ONE : a;
        BigDecimal sum = term;
        for (int k = 1; term.signum() != 0 && term.abs().compareTo(BigDecimal.ONE.movePointLeft(80)) > 0; k++) {
            long n = cos ? 2L * k : 2L * k + 1;
            term = term.multiply(a2, MC).divide(BigDecimal.valueOf(n * (n - 1)), MC).negate();
            sum = sum.add(term, MC);
        }
        return sum;
    }

    @Test
    void theTaylorCoefficientsAreNearest() {
        BigDecimal factorial = BigDecimal.ONE;
        for (int n = 0; n < TaylorCoefficients.INVERSE_FACTORIAL_HI.length; n++) {
            if (n > 0) {
                factorial = factorial.multiply(BigDecimal.valueOf(n));
            }
            nearest(BigDecimal.ONE.divide(factorial, MC), TaylorCoefficients.INVERSE_FACTORIAL_HI[n], TaylorCoefficients.INVERSE_FACTORIAL_LO[n], "1/" + n + "!");
        }
        for (int k = 0; k < TaylorCoefficients.ATANH_HI.length; k++) {
            nearest(BigDecimal.ONE.divide(BigDecimal.valueOf(2 * k + 1), MC), TaylorCoefficients.ATANH_HI[k], TaylorCoefficients.ATANH_LO[k], "1/" + (2 * k + 1));
        }
    }
}
