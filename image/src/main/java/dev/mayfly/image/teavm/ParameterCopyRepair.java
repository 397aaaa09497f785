package dev.mayfly.image.teavm;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.AssignInstruction;
import org.teavm.model.util.InstructionVariableMapper;

/**
 * Gives each reference parameter of a method with exception handlers a copy made at entry, which
 * the body uses instead, so that no parameter is ever redefined by the compiler's later passes.
 *
 * <p>TeaVM 0.16.0's null-check insertion redefines a dereferenced variable with its checked
 * copy and lets its {@code PhiUpdater} rename the uses. When the variable is a parameter, the
 * updater takes the check for the variable's first definition (a parameter's own definition does
 * not count), so it places no phi at the exception handlers of the block holding the check: a
 * handler then uses the checked copy even when the exception came before the check. In
 * {@code try { sleep(); synchronized (p) {...} } catch (InterruptedException e) { synchronized
 * (p) {...} }} the handler entered the monitor of whatever value the copy's register held (a
 * page fault), or the coroutine transformation rejected the program ("Variable used before
 * definition"). A variable defined by an instruction is handled correctly, so the parameter's
 * first definition is made an instruction.
 */
final class ParameterCopyRepair implements ClassHolderTransformer {
    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().startsWith("org.teavm.") || cls.getAnnotations().get(RewritablePrograms.UNMANAGED) != null) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program != null && program.basicBlockCount() > 0 && hasHandlers(program)
                    && method.getAnnotations().get(RewritablePrograms.UNMANAGED) == null) {
                copyParameters(program, method);
            }
        }
    }

    private static boolean hasHandlers(Program program) {
        for (BasicBlock block : program.getBasicBlocks()) {
            if (!block.getTryCatchBlocks().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static void copyParameters(Program program, MethodHolder method) {
        BasicBlock entry = program.basicBlockAt(0);
        Instruction first = entry.getFirstInstruction();
        for (int i = 0; i < method.parameterCount(); i++) {
            ValueType type = method.parameterType(i);
            if (type instanceof ValueType.Primitive || i + 1 >= program.variableCount()) {
                continue;
            }
            Variable parameter = program.variableAt(i + 1);
            Variable copy = program.createVariable();
            copy.setDebugName(parameter.getDebugName());
            copy.setLabel(parameter.getLabel());
            InstructionVariableMapper uses = new InstructionVariableMapper(v -> v == parameter ? copy : v);
            for (BasicBlock block : program.getBasicBlocks()) {
                uses.apply(block);
            }
            AssignInstruction assign = new AssignInstruction();
            assign.setAssignee(parameter);
            assign.setReceiver(copy);
            if (first != null) {
                assign.setLocation(first.getLocation());
                first.insertPrevious(assign);
            } else {
                entry.add(assign);
            }
        }
    }
}
