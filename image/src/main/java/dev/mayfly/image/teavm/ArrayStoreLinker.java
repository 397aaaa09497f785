package dev.mayfly.image.teavm;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ArrayElementType;
import org.teavm.model.instructions.NullConstantInstruction;
import org.teavm.model.instructions.PutElementInstruction;
import org.teavm.model.instructions.UnwrapArrayInstruction;

/**
 * Gives stores into arrays of references Java's type check (JLS §10.5): before every
 * {@code aastore} whose value is not the null constant, a call of the kernel's
 * {@code dev.mayfly.kernel.runtime.ArrayStore.check(array, index, value)}, which throws
 * {@code ArrayStoreException} with the value's class name as HotSpot does. TeaVM 0.16.0 stores
 * anything. The compiler's own run time ({@code org.teavm.*}) and {@code @Unmanaged} code are left
 * alone.
 */
final class ArrayStoreLinker implements ClassHolderTransformer {
    static final String ARRAY_STORE = "dev.mayfly.kernel.runtime.ArrayStore";
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");
    private static final MethodReference CHECK = new MethodReference(ARRAY_STORE, "check", ValueType.arrayOf(OBJECT),
            ValueType.INTEGER, OBJECT, ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        RewritablePrograms.forEach(cls, ARRAY_STORE, ArrayStoreLinker::rewrite);
    }

    private static void rewrite(Program program) {
        Set<Variable> nulls = new HashSet<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof NullConstantInstruction constant) {
                    nulls.add(constant.getReceiver());
                }
            }
        }
        List<Instruction> stores = GuardedBlocks.collectBackwards(program, insn -> insn instanceof PutElementInstruction put
                && put.getType() == ArrayElementType.OBJECT && !nulls.contains(put.getValue()));
        Map<Variable, UnwrapArrayInstruction> unwraps = GuardedBlocks.unwraps(program);
        for (Instruction insn : stores) {
            PutElementInstruction store = (PutElementInstruction) insn;
            UnwrapArrayInstruction unwrap = unwraps.get(store.getArray());
            if (unwrap == null) {
                continue;
            }
            Instruction check = GuardedBlocks.invoke(CHECK, null, unwrap.getArray(), store.getIndex(), store.getValue());
            check.setLocation(store.getLocation());
            store.insertPrevious(check);
        }
    }

}
