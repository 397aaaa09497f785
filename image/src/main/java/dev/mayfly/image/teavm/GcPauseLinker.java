package dev.mayfly.image.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Makes the compiled runtime's collector report each stop-the-world pause to the kernel: after
 * each of {@code GC.doCollectGarbage}'s calls of {@code MemoryTrace.gcStarted(boolean)} and
 * {@code MemoryTrace.gcCompleted()} (TeaVM's heap-trace hooks, empty unless TeaVM's own memory
 * trace is compiled in) it adds a call of the kernel's {@code GcPauses.started(boolean)} or
 * {@code GcPauses.completed()}, which read the TSC and count ({@code mayfly.trace=gc} prints them).
 */
final class GcPauseLinker implements ClassHolderTransformer {
    static final String GC = "org.teavm.runtime.GC";
    static final String MEMORY_TRACE = "org.teavm.runtime.MemoryTrace";
    static final String PAUSES = "dev.mayfly.kernel.runtime.GcPauses";
    private static final MethodDescriptor COLLECT = new MethodDescriptor("doCollectGarbage", ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(GC)) {
            return;
        }
        MethodHolder collect = cls.getMethod(COLLECT);
        if (collect == null || collect.getProgram() == null) {
            throw new IllegalStateException(GC + " has no doCollectGarbage() to report pauses from");
        }
        int started = 0;
        int completed = 0;
        for (int b = 0; b < collect.getProgram().basicBlockCount(); b++) {
            BasicBlock block = collect.getProgram().basicBlockAt(b);
            List<InvokeInstruction> hooks = new ArrayList<>();
            for (Instruction instruction : block) {
                if (instruction instanceof InvokeInstruction call && call.getMethod().getClassName().equals(MEMORY_TRACE)) {
                    hooks.add(call);
                }
            }
            for (InvokeInstruction hook : hooks) {
                String name = hook.getMethod().getName();
                if (name.equals("gcStarted")) {
                    hook.insertNext(call("started", List.of(ValueType.BOOLEAN), hook));
                    started++;
                } else if (name.equals("gcCompleted")) {
                    hook.insertNext(call("completed", List.of(), hook));
                    completed++;
                }
            }
        }
        if (started != 1 || completed != 1) {
            throw new IllegalStateException(GC + ".doCollectGarbage() calls MemoryTrace.gcStarted " + started
                    + " and gcCompleted " + completed + " times, not once each: the collector is not the one GcPauseLinker knows");
        }
    }

    /** A static call of {@code GcPauses.<name>} with {@code hook}'s arguments, at {@code hook}'s location. */
    private static InvokeInstruction call(String name, List<ValueType> parameters, InvokeInstruction hook) {
        ValueType[] signature = new ValueType[parameters.size() + 1];
        for (int i = 0; i < parameters.size(); i++) {
            signature[i] = parameters.get(i);
        }
        signature[parameters.size()] = ValueType.VOID;
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(new MethodReference(PAUSES, name, signature));
        call.setArguments(hook.getArguments().toArray(new org.teavm.model.Variable[0]));
        call.setLocation(hook.getLocation());
        return call;
    }
}
