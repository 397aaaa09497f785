package dev.mayfly.kernel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadStatesTest {
    @Test
    void eachConstantIsTheOrdinalOfTheThreadStateOfItsName() throws ReflectiveOperationException {
        for (Thread.State state : Thread.State.values()) {
            assertEquals(state.ordinal(), ThreadStates.class.getField(state.name()).getInt(null), state.name());
        }
    }

    @Test
    void thereIsOneConstantPerThreadState() {
        List<String> constants = new ArrayList<>();
        for (Field f : ThreadStates.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                constants.add(f.getName());
            }
        }
        assertEquals(Thread.State.values().length, constants.size(), constants.toString());
    }

    @Test
    void eachRecordedValueReadsBackAsItsThreadState() {
        for (Thread.State state : Thread.State.values()) {
            assertEquals(state, ThreadStates.toState(state.ordinal()));
        }
    }
}
