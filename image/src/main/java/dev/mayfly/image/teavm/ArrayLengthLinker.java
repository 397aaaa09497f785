package dev.mayfly.image.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ConstructArrayInstruction;
import org.teavm.model.instructions.ConstructMultiArrayInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Rejects negative array lengths: before every {@code newarray}, {@code anewarray} and
 * {@code multianewarray}, a call of the kernel's {@code dev.mayfly.kernel.runtime.ArrayLength.check}
 * for each length (TeaVM 0.16.0 allocates whatever it is given). Leaves the compiler's own run
 * time and {@code @Unmanaged} code alone.
 */
final class ArrayLengthLinker implements ClassHolderTransformer {
    static final String ARRAY_LENGTH = "dev.mayfly.kernel.runtime.ArrayLength";
    private static final MethodReference CHECK = new MethodReference(ARRAY_LENGTH, "check", ValueType.INTEGER,
            ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        RewritablePrograms.forEach(cls, ARRAY_LENGTH, ArrayLengthLinker::rewrite);
    }

    private static void rewrite(Program program) {
        List<Instruction> creations = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof ConstructArrayInstruction || insn instanceof ConstructMultiArrayInstruction) {
                    creations.add(insn);
                }
            }
        }
        for (Instruction insn : creations) {
            List<Variable> lengths = insn instanceof ConstructArrayInstruction single
                    ? List.of(single.getSize()) : ((ConstructMultiArrayInstruction) insn).getDimensions();
            for (Variable length : lengths) {
                InvokeInstruction check = new InvokeInstruction();
                check.setType(InvocationType.SPECIAL);
                check.setMethod(CHECK);
                check.setArguments(length);
                check.setLocation(insn.getLocation());
                insn.insertPrevious(check);
            }
        }
    }

}
