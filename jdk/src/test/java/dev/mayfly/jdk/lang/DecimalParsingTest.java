package dev.mayfly.jdk.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Correctly rounded parsing, BigInteger's hash and conversions, against the host JDK. */
class DecimalParsingTest {

    private static String outcome(java.util.function.Supplier<Object> s) {
        try {
            Object v = s.get();
            if (v instanceof Double d) {
                return Long.toHexString(Double.doubleToRawLongBits(d));
            }
            if (v instanceof Float f) {
                return Integer.toHexString(Float.floatToRawIntBits(f));
            }
            return String.valueOf(v);
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static void same(String s) {
        assertEquals(outcome(() -> Double.parseDouble(s)), outcome(() -> DecimalParsing.parseDouble(s)), s);
        assertEquals(outcome(() -> Float.parseFloat(s)), outcome(() -> DecimalParsing.parseFloat(s)), s);
    }

    @Test
    void parsesAndRejectsAsTheJdk() {
        String[] inputs = {"1", "-2.5", "1e3", "0x1p4", "  7.0  ", "1_0", "NaN", "-Infinity", "3.4028236e38", "1e-400", ".5", "5.",
            "0x1.8p1", "4.9E-324", "1.0E23", "8.41E21", "2.4703282292062327E-324", "2.4703282292062328E-324", "1.4E-45", "7.0E-46",
            "1.7976931348623157E308", "1.7976931348623158E308", "1.7976931348623159E308", "", " ", "e5", "1e", "+", "-.e1", "1.5f",
            "2D", "0x", "0x.p1", "0X1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x0.0000000000001p-1022", "-0", "+0.0e-999",
            "123456789012345678901234567890", "0.1", "0.30000000000000004", "9007199254740993", "1e22", "1e23", "3.4028235e38",
            "1.17549435E-38", "Infinityx", "nan", "1.0E-45", "16777217", "33554431"};
        for (String s : inputs) {
            same(s);
        }
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < 50_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            same(Double.toString(d));
            same(Float.toString((float) d));
            StringBuilder digits = new StringBuilder();
            int len = 1 + r.nextInt(25);
            for (int k = 0; k < len; k++) {
                digits.append((char) ('0' + r.nextInt(10)));
            }
            same(digits + "e" + (r.nextInt(700) - 350));
            same("0." + digits + "e-" + r.nextInt(50));
        }
    }

    @Test
    void bigIntegerHashAndDoubleValueAreTheJdks() {
        SplittableRandom r = new SplittableRandom(10);
        for (int i = 0; i < 5000; i++) {
            BigInteger b = new BigInteger(1 + r.nextInt(1100), new java.util.Random(i));
            if (r.nextBoolean()) {
                b = b.negate();
            }
            BigInteger x = b;
            assertEquals(x.hashCode(), BigIntegerPatch.hashCode(x), x::toString);
            assertEquals(x.doubleValue(), BigIntegerPatch.doubleValue(x), x::toString);
            assertEquals(x.floatValue(), BigIntegerPatch.floatValue(x), x::toString);
        }
        assertEquals(BigInteger.ZERO.hashCode(), BigIntegerPatch.hashCode(BigInteger.ZERO));
        BigInteger big = new BigInteger("123456789012345678901234567890");
        assertEquals(big.doubleValue(), BigIntegerPatch.doubleValue(big));
    }
}
