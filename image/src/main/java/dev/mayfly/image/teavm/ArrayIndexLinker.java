package dev.mayfly.image.teavm;

import java.util.List;
import java.util.Map;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.TextLocation;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ArrayLengthInstruction;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.BranchingCondition;
import org.teavm.model.instructions.BranchingInstruction;
import org.teavm.model.instructions.GetElementInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.NumericOperandType;
import org.teavm.model.instructions.PutElementInstruction;
import org.teavm.model.instructions.UnwrapArrayInstruction;

/**
 * Gives array accesses HotSpot's {@code ArrayIndexOutOfBoundsException} message, {@code "Index 5
 * out of bounds for length 3"}: in front of every array load and store, the index check written
 * out in place ({@code index < 0}, then {@code index >= a.length}), whose cold path throws
 * {@code dev.mayfly.kernel.runtime.ArrayIndex.outOfBounds(index, length)} (inside a try block, a
 * call of {@code ArrayIndex.check(index, length)}). TeaVM 0.16.0's own check throws without a
 * message; its bound-check insertion recognises these comparisons and leaves out its own check
 * where they dominate the access, so the in-place check costs what the compiler's did. The
 * compiler's own run time ({@code org.teavm.*}) and {@code @Unmanaged} code are left alone.
 */
final class ArrayIndexLinker implements ClassHolderTransformer {
    static final String ARRAY_INDEX = "dev.mayfly.kernel.runtime.ArrayIndex";
    private static final MethodReference OUT_OF_BOUNDS = new MethodReference(ARRAY_INDEX, "outOfBounds",
            ValueType.INTEGER, ValueType.INTEGER, ValueType.object("java.lang.ArrayIndexOutOfBoundsException"));
    private static final MethodReference CHECK = new MethodReference(ARRAY_INDEX, "check", ValueType.INTEGER,
            ValueType.INTEGER, ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        RewritablePrograms.forEach(cls, ARRAY_INDEX, ArrayIndexLinker::rewrite);
    }

    private static void rewrite(Program program) {
        List<Instruction> accesses = GuardedBlocks.collectBackwards(program,
                insn -> insn instanceof GetElementInstruction || insn instanceof PutElementInstruction);
        Map<Variable, UnwrapArrayInstruction> unwraps = GuardedBlocks.unwraps(program);
        SharedColdPath cold = new SharedColdPath(program, OUT_OF_BOUNDS);
        for (Instruction access : accesses) {
            Variable data = access instanceof GetElementInstruction get ? get.getArray()
                    : ((PutElementInstruction) access).getArray();
            Variable index = access instanceof GetElementInstruction get ? get.getIndex()
                    : ((PutElementInstruction) access).getIndex();
            UnwrapArrayInstruction unwrap = unwraps.get(data);
            if (unwrap == null) {
                continue;
            }
            Variable array = unwrap.getArray();
            if (GuardedBlocks.splittable(access.getBasicBlock())) {
                insertInlineCheck(program, access, array, index, cold);
            } else {
                Variable length = program.createVariable();
                access.insertPrevious(arrayLength(array, length, access.getLocation()));
                Instruction check = GuardedBlocks.invoke(CHECK, null, index, length);
                check.setLocation(access.getLocation());
                access.insertPrevious(check);
            }
        }
    }

    /**
     * block: ... length = a.length; [if index < 0] -> cold | upper: [if index >= length] -> cold |
     * rest: the access ...; cold (shared): raise ArrayIndex.outOfBounds(index, length) — the shape
     * the bound-check insertion reads as "non-negative" and "less than the array's length".
     */
    private static void insertInlineCheck(Program program, Instruction access, Variable array, Variable index,
                                          SharedColdPath cold) {
        TextLocation location = access.getLocation();
        BasicBlock block = access.getBasicBlock();
        BasicBlock rest = GuardedBlocks.splitBefore(program, access);
        BasicBlock upper = program.createBasicBlock();

        Variable length = program.createVariable();
        block.add(arrayLength(array, length, location));
        Variable zero = program.createVariable();
        IntegerConstantInstruction zeroConstant = new IntegerConstantInstruction();
        zeroConstant.setConstant(0);
        zeroConstant.setReceiver(zero);
        zeroConstant.setLocation(location);
        block.add(zeroConstant);
        compareAndBranch(block, index, zero, BranchingCondition.LESS, cold.from(block, location, index, length), upper,
                location);
        compareAndBranch(upper, index, length, BranchingCondition.GREATER_OR_EQUAL,
                cold.from(upper, location, index, length), rest, location);
    }

    /** Ends a block with {@code c = compare(left, right); if (c <condition> 0) consequent else alternative}. */
    private static void compareAndBranch(BasicBlock block, Variable left, Variable right, BranchingCondition condition,
                                         BasicBlock consequent, BasicBlock alternative, TextLocation location) {
        Variable comparison = block.getProgram().createVariable();
        BinaryInstruction compare = new BinaryInstruction(BinaryOperation.COMPARE_GREATER, NumericOperandType.INT);
        compare.setFirstOperand(left);
        compare.setSecondOperand(right);
        compare.setReceiver(comparison);
        compare.setLocation(location);
        block.add(compare);
        BranchingInstruction branch = new BranchingInstruction(condition);
        branch.setOperand(comparison);
        branch.setConsequent(consequent);
        branch.setAlternative(alternative);
        branch.setLocation(location);
        block.add(branch);
    }

    private static ArrayLengthInstruction arrayLength(Variable array, Variable receiver, TextLocation location) {
        ArrayLengthInstruction length = new ArrayLengthInstruction();
        length.setArray(array);
        length.setReceiver(receiver);
        length.setLocation(location);
        return length;
    }

}
