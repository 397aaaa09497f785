package dev.mayfly.jdk.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The number-printing and math patches against the host JDK, which is the specification's oracle. */
class ShortestDecimalTest {

    @Test
    void doubleToStringEqualsTheJdksOnRandomAndEdgeValues() {
        double[] edges = {Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1e23, 8.41e21, 2e-323, 1e7, 1e7 - 1, 1e-3,
            9.99e-4, 0.1 + 0.2, 1.0 / 3, 2.0E-3, 4.35, 9007199254740993.0, 100.0 / 7, Math.ulp(1.0), 1.0, 0.5, 123456789012.0,
            2.82879384806159E17, 1.0E22, 5e-324, Math.PI, Math.E};
        for (double d : edges) {
            assertEquals(Double.toString(d), ShortestDecimal.toString(d));
            assertEquals(Double.toString(-d), ShortestDecimal.toString(-d));
        }
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            assertEquals(Double.toString(d), ShortestDecimal.toString(d), () -> Double.toHexString(d));
            double e = r.nextInt(1_000_000) / 1000.0;
            assertEquals(Double.toString(e), ShortestDecimal.toString(e));
        }
    }

    @Test
    void floatToStringEqualsTheJdks() {
        float[] edges = {Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, 1e7f, 1e8f, 16777216f, 3.4e-5f, 1.0e-3f,
            9.999e-4f, 0.1f + 0.2f, 2.5e-45f, 1.17549435E-38f, 0.33333334f, 123.456f};
        for (float f : edges) {
            assertEquals(Float.toString(f), ShortestDecimal.toString(f));
        }
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 100_000; i++) {
            float f = Float.intBitsToFloat(r.nextInt());
            assertEquals(Float.toString(f), ShortestDecimal.toString(f), () -> Float.toHexString(f));
        }
    }

    @Test
    void hexStringsEqualTheJdks() {
        SplittableRandom r = new SplittableRandom(3);
        double[] edges = {0.0, -0.0, 1.0, -0.1, 255.5, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.NEGATIVE_INFINITY};
        for (double d : edges) {
            assertEquals(Double.toHexString(d), DoublePatch.toHexString(d));
        }
        for (int i = 0; i < 20_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            assertEquals(Double.toHexString(d), DoublePatch.toHexString(d));
            float f = Float.intBitsToFloat(r.nextInt());
            assertEquals(Float.toHexString(f), FloatPatch.toHexString(f));
        }
    }

    @Test
    void strictLogIsFdlibmBitForBit() {
        SplittableRandom r = new SplittableRandom(4);
        double[] edges = {0.0, -0.0, 1.0, 2.0, 0.5, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, -1.0,
            Double.POSITIVE_INFINITY, 1 + 1e-10, 1 - 1e-10, Math.E};
        for (double d : edges) {
            assertEquals(StrictMath.log(d), StrictMathPatch.log(d), () -> "log(" + d + ")");
        }
        for (int i = 0; i < 300_000; i++) {
            double d = i % 2 == 0 ? Double.longBitsToDouble(r.nextLong() & Long.MAX_VALUE) : r.nextDouble() * 4;
            assertEquals(Double.doubleToLongBits(StrictMath.log(d)), Double.doubleToLongBits(StrictMathPatch.log(d)),
                    () -> "log(" + d + ")");
        }
    }

    @Test
    void bigDecimalSqrtEqualsTheJdks() {
        String[] values = {"2", "1.44", "0.0001", "100", "12345.6789", "1e-7", "9", "0.25", "1000000", "3.0000"};
        MathContext[] contexts = {new MathContext(30), MathContext.DECIMAL64, MathContext.DECIMAL32,
            new MathContext(5, RoundingMode.DOWN), new MathContext(7, RoundingMode.UP)};
        for (String v : values) {
            for (MathContext mc : contexts) {
                BigDecimal x = new BigDecimal(v);
                assertEquals(x.sqrt(mc).toString(), BigDecimalPatch.sqrt(x, mc).toString(), v + " " + mc);
            }
        }
    }

    @Test
    void roundingAndUlpEqualTheJdks() {
        SplittableRandom r = new SplittableRandom(5);
        double[] edges = {0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 1e19, -1e19,
            Double.NaN, Double.POSITIVE_INFINITY, -0.0, 4.503599627370497E15, Double.MIN_VALUE, Double.MAX_VALUE};
        for (double d : edges) {
            assertEquals(Math.round(d), MathPatch.round(d), () -> "round " + d);
            assertEquals(Double.doubleToLongBits(Math.rint(d)), Double.doubleToLongBits(MathPatch.rint(d)), () -> "rint " + d);
            assertEquals(Math.ulp(d), MathPatch.ulp(d), () -> "ulp " + d);
            assertEquals(Math.round((float) d), MathPatch.round((float) d), () -> "round float " + d);
        }
        for (int i = 0; i < 100_000; i++) {
            double d = i % 2 == 0 ? Double.longBitsToDouble(r.nextLong()) : (r.nextInt(2000) - 1000) / 4.0 + r.nextInt(3) * 1e-17;
            assertEquals(Math.round(d), MathPatch.round(d), () -> "round " + d);
            assertEquals(Double.doubleToLongBits(Math.rint(d)), Double.doubleToLongBits(MathPatch.rint(d)), () -> "rint " + d);
            assertEquals(Math.ulp(d), MathPatch.ulp(d), () -> "ulp " + d);
            float f = (float) d;
            assertEquals(Math.round(f), MathPatch.round(f), () -> "round " + f);
            assertEquals(Math.ulp(f), MathPatch.ulp(f), () -> "ulp " + f);
        }
    }
}
