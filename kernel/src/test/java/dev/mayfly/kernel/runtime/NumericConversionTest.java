package dev.mayfly.kernel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NumericConversionTest {
    @Property
    void doubleConversionsMatchTheJvm(@ForAll double value) {
        assertEquals((long) value, NumericConversion.doubleToLong(value));
        assertEquals((int) value, NumericConversion.doubleToInt(value));
    }

    @Property
    void floatConversionsMatchTheJvm(@ForAll float value) {
        assertEquals((long) value, NumericConversion.floatToLong(value));
        assertEquals((int) value, NumericConversion.floatToInt(value));
    }

    @Test
    void specialValuesSaturate() {
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e19, -1e19, 0x1p63,
            -0x1p63, 0x1p31, -0x1p31, -0x1p31 - 0.5, 0x1p31 - 0.5, Math.nextDown(0x1p63), -0.0};
        for (double d : specials) {
            assertEquals((long) d, NumericConversion.doubleToLong(d), () -> "d2l " + d);
            assertEquals((int) d, NumericConversion.doubleToInt(d), () -> "d2i " + d);
            assertEquals((long) (float) d, NumericConversion.floatToLong((float) d), () -> "f2l " + d);
            assertEquals((int) (float) d, NumericConversion.floatToInt((float) d), () -> "f2i " + d);
        }
    }
}
