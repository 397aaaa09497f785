package dev.mayfly.image.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.ReferenceCache;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.parsing.ClasspathClassHolderSource;

/** GcPauseLinker on the compiler's own collector, as the image builder loads it. */
class GcPauseLinkerTest {
    private final ClassHolder gc = new ClasspathClassHolderSource(new ReferenceCache()).get(GcPauseLinker.GC);

    @Test
    void eachCollectionReportsItsStartAndEndToTheKernel() {
        assertNotNull(gc);
        new GcPauseLinker().transformClass(gc, null);
        List<InvokeInstruction> calls = calls();
        List<String> names = new ArrayList<>();
        for (InvokeInstruction call : calls) {
            names.add(call.getMethod().getClassName() + "." + call.getMethod().getName());
        }
        int started = names.indexOf(GcPauseLinker.MEMORY_TRACE + ".gcStarted");
        int completed = names.indexOf(GcPauseLinker.MEMORY_TRACE + ".gcCompleted");
        assertEquals(GcPauseLinker.PAUSES + ".started", names.get(started + 1), names.toString());
        assertEquals(GcPauseLinker.PAUSES + ".completed", names.get(completed + 1), names.toString());
        // the kernel learns whether it is a full collection from the very value TeaVM's hook gets
        assertSame(calls.get(started).getArguments().get(0), calls.get(started + 1).getArguments().get(0));
    }

    private List<InvokeInstruction> calls() {
        List<InvokeInstruction> calls = new ArrayList<>();
        for (BasicBlock block : gc.getMethod(new MethodDescriptor("doCollectGarbage", ValueType.VOID)).getProgram()
                .getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof InvokeInstruction call) {
                    calls.add(call);
                }
            }
        }
        return calls;
    }
}
