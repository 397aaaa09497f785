package dev.mayfly.image.teavm;

import java.util.List;
import org.teavm.model.AnnotationContainer;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.TextLocation;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BranchingCondition;
import org.teavm.model.instructions.BranchingInstruction;
import org.teavm.model.instructions.CastInstruction;
import org.teavm.model.instructions.ClassConstantInstruction;
import org.teavm.model.instructions.IsInstanceInstruction;
import org.teavm.model.instructions.JumpInstruction;
import org.teavm.model.lowlevel.Characteristics;

/**
 * Gives failed reference casts HotSpot's {@code ClassCastException} message ("class A cannot be
 * cast to class B (...)"): in front of every checked cast, the type test written out in place —
 * {@code value instanceof T}, and when that is false {@code value != null} — whose cold path
 * throws {@code dev.mayfly.kernel.runtime.ClassCasts.failure(value, T.class)}; the cast itself
 * then needs no check of its own and is marked weak (inside a try block, a call of
 * {@code ClassCasts.check(value, T.class)} goes in front and the cast keeps its check). TeaVM
 * 0.16.0's own check throws without a message. Casts to the compiler's unmanaged types
 * (structures, addresses, functions), which are never tested, the compiler's own run time
 * ({@code org.teavm.*}) and {@code @Unmanaged} code are left alone.
 */
final class ClassCastLinker implements ClassHolderTransformer {
    static final String CLASS_CASTS = "dev.mayfly.kernel.runtime.ClassCasts";
    private static final String UNMANAGED = "org.teavm.interop.Unmanaged";
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");
    private static final ValueType CLASS = ValueType.object("java.lang.Class");
    private static final MethodReference FAILURE = new MethodReference(CLASS_CASTS, "failure", OBJECT, CLASS,
            ValueType.object("java.lang.ClassCastException"));
    private static final MethodReference CHECK = new MethodReference(CLASS_CASTS, "check", OBJECT, CLASS,
            ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().startsWith("org.teavm.") || cls.getName().equals(CLASS_CASTS)
                || has(cls.getAnnotations(), UNMANAGED)) {
            return;
        }
        Characteristics characteristics = new Characteristics(context.getHierarchy().getClassSource());
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program != null && !has(method.getAnnotations(), UNMANAGED)) {
                rewrite(program, characteristics);
            }
        }
    }

    private static void rewrite(Program program, Characteristics characteristics) {
        List<Instruction> casts = GuardedBlocks.collectBackwards(program, insn -> insn instanceof CastInstruction cast
                && !cast.isWeak() && checked(cast.getTargetType(), characteristics));
        SharedColdPath cold = new SharedColdPath(program, FAILURE);
        for (Instruction insn : casts) {
            CastInstruction cast = (CastInstruction) insn;
            if (GuardedBlocks.splittable(cast.getBasicBlock())) {
                insertInlineCheck(program, cast, cold);
                cast.setWeak(true);
            } else {
                Variable target = program.createVariable();
                cast.insertPrevious(classConstant(cast.getTargetType(), target, cast.getLocation()));
                Instruction check = GuardedBlocks.invoke(CHECK, null, cast.getValue(), target);
                check.setLocation(cast.getLocation());
                cast.insertPrevious(check);
            }
        }
    }

    /** Whether the compiler checks a cast to this type: a managed class, or an array of such or of primitives. */
    private static boolean checked(ValueType type, Characteristics characteristics) {
        ValueType element = type;
        while (element instanceof ValueType.Array array) {
            element = array.getItemType();
        }
        if (element instanceof ValueType.Object object) {
            String name = object.getClassName();
            return characteristics.isManaged(name) && !(type == element && name.equals("java.lang.Object"));
        }
        return element instanceof ValueType.Primitive && type != element;
    }

    /**
     * block: ... [if value instanceof T] -> rest | nullTest: [if value == null] -> rest | failed;
     * failed: T.class -> cold (shared): raise ClassCasts.failure(value, T.class).
     */
    private static void insertInlineCheck(Program program, CastInstruction cast, SharedColdPath cold) {
        TextLocation location = cast.getLocation();
        BasicBlock block = cast.getBasicBlock();
        BasicBlock rest = GuardedBlocks.splitBefore(program, cast);
        BasicBlock nullTest = program.createBasicBlock();
        BasicBlock failed = program.createBasicBlock();

        Variable isInstance = program.createVariable();
        IsInstanceInstruction test = new IsInstanceInstruction();
        test.setValue(cast.getValue());
        test.setType(cast.getTargetType());
        test.setReceiver(isInstance);
        test.setLocation(location);
        block.add(test);
        BranchingInstruction ifInstance = new BranchingInstruction(BranchingCondition.NOT_EQUAL);
        ifInstance.setOperand(isInstance);
        ifInstance.setConsequent(rest);
        ifInstance.setAlternative(nullTest);
        ifInstance.setLocation(location);
        block.add(ifInstance);

        BranchingInstruction ifNull = new BranchingInstruction(BranchingCondition.NULL);
        ifNull.setOperand(cast.getValue());
        ifNull.setConsequent(rest);
        ifNull.setAlternative(failed);
        ifNull.setLocation(location);
        nullTest.add(ifNull);

        Variable target = program.createVariable();
        failed.add(classConstant(cast.getTargetType(), target, location));
        JumpInstruction jump = new JumpInstruction();
        jump.setTarget(cold.from(failed, location, cast.getValue(), target));
        jump.setLocation(location);
        failed.add(jump);
    }

    private static ClassConstantInstruction classConstant(ValueType type, Variable receiver, TextLocation location) {
        ClassConstantInstruction constant = new ClassConstantInstruction();
        constant.setConstant(type);
        constant.setReceiver(receiver);
        constant.setLocation(location);
        return constant;
    }

    private static boolean has(AnnotationContainer annotations, String type) {
        return annotations.get(type) != null;
    }
}
