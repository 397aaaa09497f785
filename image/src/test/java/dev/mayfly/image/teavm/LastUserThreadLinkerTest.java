package dev.mayfly.image.teavm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.ReferenceCache;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.parsing.ClasspathClassHolderSource;
import org.junit.jupiter.api.Test;

/** LastUserThreadLinker on the compiler's own Fiber class, as the image builder loads it. */
class LastUserThreadLinkerTest {
    private final ClassHolder fiber = new ClasspathClassHolderSource(new ReferenceCache()).get("org.teavm.runtime.Fiber");
    private final LastUserThreadLinker linker = new LastUserThreadLinker();

    @Test
    void theEndOfTheLastUserThreadGoesThroughTheKernel() {
        assertNotNull(fiber);
        assertTrue(calls().contains("org.teavm.runtime.EventQueue.stop"), "TeaVM 0.16.0 stops the loop here");
        linker.transformClass(fiber, null);
        List<String> calls = calls();
        assertTrue(calls.contains(LastUserThreadLinker.LAST_USER_THREAD + ".ended"), calls.toString());
        assertFalse(calls.contains("org.teavm.runtime.EventQueue.stop"), calls.toString());
    }

    @Test
    void aStartWithoutTheStopFailsTheBuild() {
        linker.transformClass(fiber, null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> linker.transformClass(fiber, null));
        assertTrue(e.getMessage().contains("0 times; expected once"), e.getMessage());
    }

    private List<String> calls() {
        List<String> names = new ArrayList<>();
        for (BasicBlock block : fiber.getMethod(new MethodDescriptor("start", ValueType.VOID)).getProgram().getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof InvokeInstruction call) {
                    names.add(call.getMethod().getClassName() + "." + call.getMethod().getName());
                }
            }
        }
        return names;
    }
}
