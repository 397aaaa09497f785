package dev.mayfly.image.teavm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.teavm.model.BasicBlock;
import org.teavm.model.Incoming;
import org.teavm.model.Instruction;
import org.teavm.model.MethodReference;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.TextLocation;
import org.teavm.model.Variable;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.RaiseInstruction;
import org.teavm.model.instructions.UnwrapArrayInstruction;
import org.teavm.model.util.TransitionExtractor;

/**
 * Splits a basic block so that a check can be written out in place in front of one of its
 * instructions: the check's instructions go at the end of the first part, which ends with a branch
 * to a cold block or to the second part (the instruction and all after it). Only for blocks
 * outside every try block: a new block inside one would need the handler's phis extended, and
 * the linkers use a call there instead.
 *
 * <p>Guards of one block are placed from its last instruction backwards, so every instruction is
 * moved once per split after it, not once per split before it.
 */
final class GuardedBlocks {
    private GuardedBlocks() {
    }

    /** Whether a check in front of an instruction of this block may be written out in place. */
    static boolean splittable(BasicBlock block) {
        return block.getTryCatchBlocks().isEmpty() && block.getExceptionVariable() == null;
    }

    /**
     * Moves {@code at} and the instructions after it into a new block, which takes over the old
     * block's place in its successors' phis; the old block is left without a last instruction.
     */
    static BasicBlock splitBefore(Program program, Instruction at) {
        BasicBlock block = at.getBasicBlock();
        BasicBlock rest = program.createBasicBlock();
        List<Instruction> moved = new ArrayList<>();
        for (Instruction insn = at; insn != null; insn = insn.getNext()) {
            moved.add(insn);
        }
        for (Instruction insn : moved) {
            insn.delete();
            rest.add(insn);
        }
        Instruction last = rest.getLastInstruction();
        if (last != null) {
            TransitionExtractor transitions = new TransitionExtractor();
            last.acceptVisitor(transitions);
            if (transitions.getTargets() != null) {
                for (BasicBlock successor : transitions.getTargets()) {
                    for (Phi phi : successor.getPhis()) {
                        for (Incoming incoming : phi.getIncomings()) {
                            if (incoming.getSource() == block) {
                                incoming.setSource(rest);
                            }
                        }
                    }
                }
            }
        }
        return rest;
    }

    /** The array-unwrapping instructions of a program by the variable each defines (an element access's operand). */
    static Map<Variable, UnwrapArrayInstruction> unwraps(Program program) {
        Map<Variable, UnwrapArrayInstruction> unwraps = new HashMap<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof UnwrapArrayInstruction unwrap) {
                    unwraps.put(unwrap.getReceiver(), unwrap);
                }
            }
        }
        return unwraps;
    }

    /** A call of a static method. */
    static InvokeInstruction invoke(MethodReference method, Variable receiver, Variable... arguments) {
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(method);
        call.setArguments(arguments);
        call.setReceiver(receiver);
        return call;
    }

    /** Ends a cold block with {@code throw factory(arguments)}. */
    static void raise(Program program, BasicBlock cold, MethodReference factory, TextLocation location,
                      Variable... arguments) {
        Variable exception = program.createVariable();
        InvokeInstruction create = invoke(factory, exception, arguments);
        create.setLocation(location);
        cold.add(create);
        RaiseInstruction raise = new RaiseInstruction();
        raise.setException(exception);
        raise.setLocation(location);
        cold.add(raise);
    }

    /** The instructions of every block that match, each block's in reverse order (see the class comment). */
    static List<Instruction> collectBackwards(Program program, Predicate<Instruction> wanted) {
        List<Instruction> found = new ArrayList<>();
        int blocks = program.basicBlockCount();
        for (int i = 0; i < blocks; i++) {
            BasicBlock block = program.basicBlockAt(i);
            if (block == null) {
                continue;
            }
            for (Instruction insn = block.getLastInstruction(); insn != null; insn = insn.getPrevious()) {
                if (wanted.test(insn)) {
                    found.add(insn);
                }
            }
        }
        return found;
    }
}
