package dev.mayfly.image.teavm;

import java.util.List;
import org.teavm.classlib.impl.SwitchBootstrapSubstitutor;
import org.teavm.dependency.BootstrapMethodSubstitutor;
import org.teavm.dependency.DynamicCallSite;
import org.teavm.model.BasicBlock;
import org.teavm.model.CallLocation;
import org.teavm.model.DynamicConstant;
import org.teavm.model.MethodReference;
import org.teavm.model.RuntimeConstant;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ConditionProducer;
import org.teavm.model.emit.PhiEmitter;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * The expansion of {@code SwitchBootstraps.typeSwitch} when the value switched on is a primitive:
 * javac emits one for each primitive component of a record pattern ({@code case Move(int dx, int
 * dy) when dx == 0}), labelled with the component's own primitive class. Such a label matches
 * every value (JLS §14.30.3: the pattern is unconditional for its type); an int constant label
 * matches its value. The result is the index of the first label from the restart index on that
 * matches, or the number of labels (JVMS-level contract of {@code SwitchBootstraps.typeSwitch}).
 *
 * <p>TeaVM 0.16.0's expansion (the class library's {@code SwitchBootstrapSubstitutor}, which this
 * one replaces and still uses for references) first tests the value for null, which is meaningless
 * for a primitive: the compiled test took a zero component for null and answered -1, so a guard
 * such as {@code when dx == 0} was never reached, and the compiler's nullness analysis, meeting
 * an int variable used as a reference, crashed on methods with several such patterns
 * (ArrayIndexOutOfBoundsException in ConstantConditionElimination).
 */
final class PrimitiveTypeSwitchSubstitutor implements BootstrapMethodSubstitutor {
    /** {@code SwitchBootstraps.typeSwitch}, the bootstrap method of pattern switches (JDK 21+). */
    static final MethodReference TYPE_SWITCH = new MethodReference("java.lang.runtime.SwitchBootstraps",
            "typeSwitch", ValueType.object("java.lang.invoke.MethodHandles$Lookup"),
            ValueType.object("java.lang.String"), ValueType.object("java.lang.invoke.MethodType"),
            ValueType.arrayOf(ValueType.object("java.lang.Object")), ValueType.object("java.lang.invoke.CallSite"));
    private static final String CONSTANT_BOOTSTRAPS = "java.lang.invoke.ConstantBootstraps";

    private final BootstrapMethodSubstitutor classLibrary = new SwitchBootstrapSubstitutor();

    @Override
    public ValueEmitter substitute(DynamicCallSite callSite, ProgramEmitter pe) {
        if (!(callSite.getCalledMethod().parameterType(0) instanceof ValueType.Primitive primitive)) {
            return classLibrary.substitute(callSite, pe);
        }
        ValueEmitter value = callSite.getArguments().get(0);
        ValueEmitter restart = callSite.getArguments().get(1);
        List<RuntimeConstant> labels = callSite.getBootstrapArguments();
        BasicBlock end = pe.prepareBlock();
        PhiEmitter result = pe.phi(ValueType.INTEGER, end);
        for (int i = 0; i < labels.size(); i++) {
            int index = i;
            ConditionProducer reached = () -> restart.isLessOrEqualTo(pe.constant(index));
            RuntimeConstant label = labels.get(i);
            ConditionProducer matches;
            if (isPrimitiveClass(label, primitive)) {
                matches = reached;
            } else if (label.getKind() == RuntimeConstant.INT && isIntLike(primitive)) {
                matches = () -> reached.produce().and(() -> value.isEqualTo(pe.constant(label.getInt())));
            } else {
                callSite.getAgent().getDiagnostics().error(new CallLocation(callSite.getCaller(), callSite.getLocation()),
                        "Unsupported label of a pattern switch over a primitive " + primitive + ": label " + index);
                continue;
            }
            pe.when(matches).thenDo(() -> {
                pe.constant(index).propagateTo(result);
                pe.jump(end);
            });
        }
        pe.constant(labels.size()).propagateTo(result);
        pe.jump(end);
        pe.enter(end);
        return result.getValue();
    }

    /** Whether {@code label} is {@code ConstantBootstraps.primitiveClass} naming {@code type} itself. */
    private static boolean isPrimitiveClass(RuntimeConstant label, ValueType.Primitive type) {
        if (label.getKind() != RuntimeConstant.DYNAMIC_CONSTANT) {
            return false;
        }
        DynamicConstant constant = label.getDynamicConstant();
        return constant.bootstrapMethod.getClassName().equals(CONSTANT_BOOTSTRAPS)
                && constant.bootstrapMethod.getName().equals("primitiveClass")
                && constant.name.equals(type.toString());
    }

    private static boolean isIntLike(ValueType.Primitive type) {
        return switch (type.getKind()) {
            case BYTE, SHORT, CHARACTER, INTEGER -> true;
            default -> false;
        };
    }
}
