package dev.mayfly.image.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.AnnotationContainer;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.FieldReference;
import org.teavm.model.Incoming;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.BranchingCondition;
import org.teavm.model.instructions.BranchingInstruction;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.MonitorEnterInstruction;
import org.teavm.model.instructions.NumericOperandType;
import org.teavm.model.instructions.RaiseInstruction;

/**
 * Gives the program {@link StackOverflowError}: every method that calls another starts with the
 * kernel's stack check ({@code dev.mayfly.kernel.runtime.StackLimit}), written out in place —
 * the shadow-stack top (it lives on the native stack) compared with {@code StackLimit.limit}, and
 * on the cold path {@code throw StackLimit.overflow()} — because the compiler's inliner (at the
 * ADVANCED level) inlines no method that is called from more than one place. The check is the
 * whole entry block, which so never holds a call: the compiler's coroutine transformation cannot
 * handle a suspending call in a method's entry block (its liveness table has no row for the
 * block it splits off there), and this linker runs after every other one that adds code at a
 * method's start. Methods that call nothing (a monitorenter counts as a call)
 * cannot recurse and stay as they are, as do the compiler's own run time ({@code org.teavm.*}) and {@code @Unmanaged} code,
 * which may not throw.
 *
 * <p>An explicit check rather than a guard page: a fault in the middle of a method cannot be
 * turned into a Java exception safely (the runtime dispatches exceptions by the call-site id each
 * frame records before a call), and there is no stack left to throw on.
 */
final class StackLimitLinker implements ClassHolderTransformer {
    static final String STACK_LIMIT = "dev.mayfly.kernel.runtime.StackLimit";
    private static final String UNMANAGED = "org.teavm.interop.Unmanaged";
    private static final ValueType ADDRESS = ValueType.object("org.teavm.interop.Address");
    private static final MethodReference OVERFLOW = new MethodReference(STACK_LIMIT, "overflow",
            ValueType.object("java.lang.StackOverflowError"));
    private static final MethodReference STACK_TOP = new MethodReference("org.teavm.runtime.ShadowStack", "getStackTop",
            ADDRESS);
    private static final MethodReference TO_LONG = new MethodReference("org.teavm.interop.Address", "toLong",
            ValueType.LONG);
    private static final FieldReference LIMIT = new FieldReference(STACK_LIMIT, "limit");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().startsWith("org.teavm.") || cls.getName().equals(STACK_LIMIT)
                || has(cls.getAnnotations(), UNMANAGED)) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program == null || program.basicBlockCount() == 0 || has(method.getAnnotations(), UNMANAGED)
                    || !callsAnything(program)) {
                continue;
            }
            insertInlineCheck(program, program.basicBlockAt(0));
        }
    }

    /** entry: [check] -> rest (the old entry's instructions) | overflow: raise StackLimit.overflow(). */
    private static void insertInlineCheck(Program program, BasicBlock entry) {
        BasicBlock rest = program.createBasicBlock();
        List<Instruction> moved = new ArrayList<>();
        for (Instruction insn : entry) {
            moved.add(insn);
        }
        for (Instruction insn : moved) {
            insn.delete();
            rest.add(insn);
        }
        // The entry's try blocks (a method that starts inside one) go with its instructions: the
        // check itself runs before the method's first instruction, outside every try, as a JVM's
        // stack check at method entry does.
        List<org.teavm.model.TryCatchBlock> tries = new ArrayList<>(entry.getTryCatchBlocks());
        entry.getTryCatchBlocks().clear();
        rest.getTryCatchBlocks().addAll(tries);
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Phi phi : block.getPhis()) {
                for (Incoming incoming : phi.getIncomings()) {
                    if (incoming.getSource() == entry && block != entry) {
                        incoming.setSource(rest);
                    }
                }
            }
        }

        Variable top = program.createVariable();
        entry.add(invoke(STACK_TOP, InvocationType.SPECIAL, top));
        Variable topValue = program.createVariable();
        InvokeInstruction toLong = invoke(TO_LONG, InvocationType.VIRTUAL, topValue);
        toLong.setInstance(top);
        entry.add(toLong);
        Variable limit = program.createVariable();
        GetFieldInstruction getLimit = new GetFieldInstruction();
        getLimit.setField(LIMIT);
        getLimit.setFieldType(ValueType.LONG);
        getLimit.setReceiver(limit);
        entry.add(getLimit);
        Variable comparison = program.createVariable();
        BinaryInstruction compare = new BinaryInstruction(BinaryOperation.COMPARE_LESS, NumericOperandType.LONG);
        compare.setFirstOperand(topValue);
        compare.setSecondOperand(limit);
        compare.setReceiver(comparison);
        entry.add(compare);

        BasicBlock overflow = program.createBasicBlock();
        Variable error = program.createVariable();
        overflow.add(invoke(OVERFLOW, InvocationType.SPECIAL, error));
        RaiseInstruction raise = new RaiseInstruction();
        raise.setException(error);
        overflow.add(raise);

        BranchingInstruction branch = new BranchingInstruction(BranchingCondition.LESS);
        branch.setOperand(comparison);
        branch.setConsequent(overflow);
        branch.setAlternative(rest);
        entry.add(branch);
    }

    private static InvokeInstruction invoke(MethodReference method, InvocationType type, Variable receiver) {
        InvokeInstruction call = new InvokeInstruction();
        call.setType(type);
        call.setMethod(method);
        call.setReceiver(receiver);
        return call;
    }

    private static boolean callsAnything(Program program) {
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                // A monitorenter is a call of the runtime's Object.monitorEnter, which can suspend: the
                // compiler must not find it in the entry block (MonitorSplittingTarget), and the check
                // moves the entry's instructions out of it.
                if (insn instanceof InvokeInstruction || insn instanceof MonitorEnterInstruction) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean has(AnnotationContainer annotations, String type) {
        return annotations.get(type) != null;
    }
}
