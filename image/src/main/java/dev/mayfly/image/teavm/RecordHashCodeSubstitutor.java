package dev.mayfly.image.teavm;

import org.teavm.classlib.impl.record.ObjectMethodsSubstitutor;
import org.teavm.dependency.BootstrapMethodSubstitutor;
import org.teavm.dependency.DynamicCallSite;
import org.teavm.model.MethodHandle;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.util.InvokeDynamicUtil;

/**
 * The expansion of {@code java.lang.runtime.ObjectMethods.bootstrap} (the {@code invokedynamic}
 * behind a record's generated {@code equals}, {@code hashCode} and {@code toString}) with the
 * JDK's {@code hashCode}: 0 for a record without components, else {@code 31 * h + hash(c)} over
 * the components in order, starting from 0 — so {@code Point(3, 4).hashCode()} is 97, as on
 * HotSpot. TeaVM 0.16.0's own expansion (the class library's {@code ObjectMethodsSubstitutor},
 * which this one replaces and still uses for {@code equals} and {@code toString}) starts from 1.
 *
 * <p>A substitutor rather than a class transformer: the compiler expands {@code invokedynamic}
 * when it loads a class, before any transformer sees the program. Registered after the class
 * library's plugin, it takes the bootstrap method's place.
 */
final class RecordHashCodeSubstitutor implements BootstrapMethodSubstitutor {
    /** The bootstrap method of records' object methods (JDK 16+). */
    static final MethodReference OBJECT_METHODS_BOOTSTRAP = new MethodReference("java.lang.runtime.ObjectMethods",
            "bootstrap", ValueType.object("java.lang.invoke.MethodHandles$Lookup"), ValueType.object("java.lang.String"),
            ValueType.object("java.lang.invoke.TypeDescriptor"), ValueType.object("java.lang.Class"),
            ValueType.object("java.lang.String"), ValueType.arrayOf(ValueType.object("java.lang.invoke.MethodHandle")),
            ValueType.object("java.lang.Object"));
    /** The multiplier of {@code ObjectMethods}' hash combiner. */
    private static final int HASH_MULTIPLIER = 31;
    /** Bootstrap arguments before the component getters: the record class and the names. */
    private static final int FIRST_GETTER_ARGUMENT = 2;

    private final BootstrapMethodSubstitutor classLibrary = new ObjectMethodsSubstitutor();

    @Override
    public ValueEmitter substitute(DynamicCallSite callSite, ProgramEmitter pe) {
        if (!callSite.getCalledMethod().getName().equals("hashCode")) {
            return classLibrary.substitute(callSite, pe);
        }
        ValueEmitter record = callSite.getArguments().get(0);
        ValueEmitter hash = pe.constant(0);
        int arguments = callSite.getBootstrapArguments().size();
        for (int i = FIRST_GETTER_ARGUMENT; i < arguments; i++) {
            MethodHandle getter = callSite.getBootstrapArguments().get(i).getMethodHandle();
            ValueEmitter component = InvokeDynamicUtil.invoke(pe, getter, record);
            hash = hash.mul(HASH_MULTIPLIER).add(componentHash(pe, getter.getValueType(), component));
        }
        return hash;
    }

    /** What {@code ObjectMethods} hashes a component with: the wrapper's static hashCode, or Objects.hashCode. */
    private static ValueEmitter componentHash(ProgramEmitter pe, ValueType type, ValueEmitter component) {
        if (type instanceof ValueType.Primitive primitive) {
            Class<?> wrapper = switch (primitive.getKind()) {
                case BOOLEAN -> Boolean.class;
                case BYTE -> Byte.class;
                case SHORT -> Short.class;
                case CHARACTER -> Character.class;
                case INTEGER -> Integer.class;
                case LONG -> Long.class;
                case FLOAT -> Float.class;
                case DOUBLE -> Double.class;
            };
            return pe.invoke(wrapper, "hashCode", int.class, component);
        }
        return pe.invoke(java.util.Objects.class, "hashCode", int.class, component.cast(Object.class));
    }
}
