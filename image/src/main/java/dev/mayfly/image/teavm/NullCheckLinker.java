package dev.mayfly.image.teavm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.teavm.model.AnnotationContainer;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ArrayLengthInstruction;
import org.teavm.model.instructions.BranchingCondition;
import org.teavm.model.instructions.BranchingInstruction;
import org.teavm.model.instructions.GetElementInstruction;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.MonitorEnterInstruction;
import org.teavm.model.instructions.PutElementInstruction;
import org.teavm.model.instructions.PutFieldInstruction;
import org.teavm.model.instructions.RaiseInstruction;
import org.teavm.model.instructions.StringConstantInstruction;
import org.teavm.model.instructions.UnwrapArrayInstruction;
import org.teavm.model.lowlevel.Characteristics;
import org.teavm.model.lowlevel.LowLevelNullCheckFilter;
import org.teavm.model.transformation.NullCheckFilter;

/**
 * Gives the application's null dereferences HotSpot's helpful NullPointerException messages
 * (JEP 358): in front of every method call on an object, field access, array access, array length,
 * {@code synchronized} and {@code throw} whose operand may be null, a null test written out in
 * place whose cold path throws {@code dev.mayfly.kernel.runtime.NullPointers.exception(message)},
 * the message worked out now by {@link NullPointerMessages} (inside a try block, a call of
 * {@code NullPointers.check(value, message)}). The compiler's own null check, which throws
 * without a message, then finds the value tested.
 *
 * <p>Only the application's classes ({@link ApplicationClasses}): the platform's code would carry
 * a message for every dereference, and HotSpot's words for the JDK's own code name its local
 * slots ({@code "<local4>"}), which the compiled class library does not share. The same operand is
 * tested once per basic block. Runs before the monitor repair, which turns {@code synchronized}
 * into calls.
 */
final class NullCheckLinker implements ClassHolderTransformer {
    static final String NULL_POINTERS = "dev.mayfly.kernel.runtime.NullPointers";
    private static final String UNMANAGED = "org.teavm.interop.Unmanaged";
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final MethodReference EXCEPTION = new MethodReference(NULL_POINTERS, "exception", STRING,
            ValueType.object("java.lang.NullPointerException"));
    private static final MethodReference CHECK = new MethodReference(NULL_POINTERS, "check",
            ValueType.object("java.lang.Object"), STRING, ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!ApplicationClasses.isApplication(cls.getName()) || has(cls.getAnnotations(), UNMANAGED)) {
            return;
        }
        LowLevelNullCheckFilter filter = new LowLevelNullCheckFilter(
                new Characteristics(context.getHierarchy().getClassSource()));
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program != null && program.basicBlockCount() > 0 && !has(method.getAnnotations(), UNMANAGED)) {
                rewrite(program, method, filter);
            }
        }
    }

    /** One dereference: the instruction, the operand that may be null, and the message. */
    record Site(Instruction at, Variable operand, String message) {
    }

    private static void rewrite(Program program, MethodHolder method, LowLevelNullCheckFilter filter) {
        NullPointerMessages messages = new NullPointerMessages(program, method.getReference());
        boolean hasThis = !method.hasModifier(ElementModifier.STATIC);
        List<Site> sites = new ArrayList<>();
        int blocks = program.basicBlockCount();
        for (int i = 0; i < blocks; i++) {
            BasicBlock block = program.basicBlockAt(i);
            Set<Variable> tested = new HashSet<>();
            List<Site> inBlock = new ArrayList<>();
            for (Instruction insn : block) {
                Site site = site(insn, messages, filter);
                if (site == null || (hasThis && site.operand().getIndex() == 0)
                        || messages.neverNull(site.operand()) || !tested.add(site.operand())) {
                    continue;
                }
                inBlock.add(site);
            }
            for (int k = inBlock.size() - 1; k >= 0; k--) {
                sites.add(inBlock.get(k));
            }
        }
        SharedColdPath cold = new SharedColdPath(program, EXCEPTION);
        for (Site site : sites) {
            if (GuardedBlocks.splittable(site.at().getBasicBlock())) {
                insertInlineCheck(program, site, cold);
            } else {
                Variable message = program.createVariable();
                site.at().insertPrevious(stringConstant(message, site));
                InvokeInstruction check = GuardedBlocks.invoke(CHECK, null, site.operand(), message);
                check.setLocation(site.at().getLocation());
                site.at().insertPrevious(check);
            }
        }
    }

    /** block: ... message = "..."; [if operand == null] -> cold | rest: the dereference ...; cold (shared): raise NullPointers.exception(message). */
    private static void insertInlineCheck(Program program, Site site, SharedColdPath cold) {
        BasicBlock block = site.at().getBasicBlock();
        BasicBlock rest = GuardedBlocks.splitBefore(program, site.at());
        Variable message = program.createVariable();
        block.add(stringConstant(message, site));
        BranchingInstruction ifNull = new BranchingInstruction(BranchingCondition.NULL);
        ifNull.setOperand(site.operand());
        ifNull.setConsequent(cold.from(block, site.at().getLocation(), message));
        ifNull.setAlternative(rest);
        ifNull.setLocation(site.at().getLocation());
        block.add(ifNull);
    }

    private static StringConstantInstruction stringConstant(Variable receiver, Site site) {
        StringConstantInstruction constant = new StringConstantInstruction();
        constant.setConstant(site.message());
        constant.setReceiver(receiver);
        constant.setLocation(site.at().getLocation());
        return constant;
    }

    static Site site(Instruction insn, NullPointerMessages messages, NullCheckFilter filter) {
        if (insn instanceof InvokeInstruction call && call.getInstance() != null && filter.apply(call.getMethod())) {
            return new Site(insn, call.getInstance(), messages.invoke(call.getMethod(), call.getInstance()));
        }
        if (insn instanceof GetFieldInstruction get && get.getInstance() != null && filter.apply(get.getField())) {
            return new Site(insn, get.getInstance(), messages.readField(get.getField(), get.getInstance()));
        }
        if (insn instanceof PutFieldInstruction put && put.getInstance() != null && filter.apply(put.getField())) {
            return new Site(insn, put.getInstance(), messages.assignField(put.getField(), put.getInstance()));
        }
        if (insn instanceof MonitorEnterInstruction enter) {
            return new Site(insn, enter.getObjectRef(), messages.enterMonitor(enter.getObjectRef()));
        }
        if (insn instanceof RaiseInstruction raise) {
            return new Site(insn, raise.getException(), messages.raise(raise.getException()));
        }
        if (insn instanceof UnwrapArrayInstruction unwrap) {
            Variable array = unwrap.getArray();
            Instruction next = insn.getNext();
            if (next instanceof ArrayLengthInstruction length
                    && (length.getArray() == array || length.getArray() == unwrap.getReceiver())) {
                return new Site(insn, array, messages.arrayLength(array));
            }
            if (next instanceof GetElementInstruction get && get.getArray() == unwrap.getReceiver()) {
                return new Site(insn, array, messages.load(get.getType(), array));
            }
            if (next instanceof PutElementInstruction put && put.getArray() == unwrap.getReceiver()) {
                return new Site(insn, array, messages.store(put.getType(), array));
            }
        }
        return null;
    }

    private static boolean has(AnnotationContainer annotations, String type) {
        return annotations.get(type) != null;
    }
}
