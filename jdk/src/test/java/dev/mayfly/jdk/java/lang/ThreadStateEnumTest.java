package dev.mayfly.jdk.java.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Mayfly's Thread.State has the JDK's constants in the JDK's order (ordinals are what the image records). */
class ThreadStateEnumTest {

    @Test
    void constantsAreTheJdksInTheJdksOrder() {
        assertEquals(Arrays.toString(Thread.State.values()), Arrays.toString(Thread$State.values()));
    }

    @Test
    void valueOfFindsEachConstantByItsJdkName() {
        for (Thread.State state : Thread.State.values()) {
            assertEquals(state.ordinal(), Thread$State.valueOf(state.name()).ordinal());
        }
    }
}
