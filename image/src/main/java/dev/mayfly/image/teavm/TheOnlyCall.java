package dev.mayfly.image.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * The one call of a given method inside one method of TeaVM's runtime: where a repair of the
 * runtime edits TeaVM 0.16.0's code at a call it knows is there once. Any other count fails the
 * build, naming the method, rather than repairing something else in a later TeaVM.
 */
final class TheOnlyCall {
    private TheOnlyCall() {
    }

    /** The call of {@code callee} in {@code caller}, which {@code callerName} names in the failure. */
    static InvokeInstruction of(MethodReference callee, MethodHolder caller, String callerName) {
        if (caller == null || caller.getProgram() == null) {
            throw new IllegalStateException(callerName + " is missing or has no body (TeaVM 0.16.0 has one)");
        }
        List<InvokeInstruction> calls = new ArrayList<>();
        for (BasicBlock block : caller.getProgram().getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof InvokeInstruction call && call.getMethod().equals(callee)) {
                    calls.add(call);
                }
            }
        }
        if (calls.size() != 1) {
            throw new IllegalStateException(callerName + " calls " + callee.getClassName() + "." + callee.getName()
                    + " " + calls.size() + " times; expected once (TeaVM 0.16.0)");
        }
        return calls.get(0);
    }
}
