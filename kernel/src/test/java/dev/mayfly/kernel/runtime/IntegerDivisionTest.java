package dev.mayfly.kernel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class IntegerDivisionTest {
    @Property
    void intDivisionMatchesTheJvm(@ForAll int a, @ForAll int b) {
        if (b == 0) {
            assertEquals("/ by zero", assertThrows(ArithmeticException.class, () -> IntegerDivision.divide(a, b)).getMessage());
            assertEquals("/ by zero", assertThrows(ArithmeticException.class, () -> IntegerDivision.remainder(a, b)).getMessage());
        } else {
            assertEquals(a / b, IntegerDivision.divide(a, b));
            assertEquals(a % b, IntegerDivision.remainder(a, b));
        }
    }

    @Property
    void longDivisionMatchesTheJvm(@ForAll long a, @ForAll long b) {
        if (b == 0) {
            assertThrows(ArithmeticException.class, () -> IntegerDivision.divide(a, b));
            assertThrows(ArithmeticException.class, () -> IntegerDivision.remainder(a, b));
        } else {
            assertEquals(a / b, IntegerDivision.divide(a, b));
            assertEquals(a % b, IntegerDivision.remainder(a, b));
        }
    }

    @Test
    void minValueByMinusOneWraps() {
        assertEquals(Integer.MIN_VALUE, IntegerDivision.divide(Integer.MIN_VALUE, -1));
        assertEquals(0, IntegerDivision.remainder(Integer.MIN_VALUE, -1));
        assertEquals(Long.MIN_VALUE, IntegerDivision.divide(Long.MIN_VALUE, -1L));
        assertEquals(0L, IntegerDivision.remainder(Long.MIN_VALUE, -1L));
    }
}
