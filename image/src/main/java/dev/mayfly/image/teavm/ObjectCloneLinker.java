package dev.mayfly.image.teavm;

import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;

/**
 * Links {@code Object.clone()} to the kernel's {@code dev.mayfly.kernel.runtime.ObjectCopy}
 * instead of TeaVM 0.16.0's {@code cloneLowLevel}, which overruns the copy of every primitive
 * array and can lose the original to a collection (see ObjectCopy). The method keeps its
 * dependency plugin, which tells the class analysis that the result has the receiver's type;
 * only the delegation to the broken body goes.
 */
final class ObjectCloneLinker implements ClassHolderTransformer {
    static final String OBJECT_COPY = "dev.mayfly.kernel.runtime.ObjectCopy";
    private static final String DELEGATE_TO = "org.teavm.interop.DelegateTo";
    private static final MethodDescriptor CLONE = new MethodDescriptor("clone", ValueType.object("java.lang.Object"));

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals("java.lang.Object")) {
            return;
        }
        MethodHolder clone = cls.getMethod(CLONE);
        if (clone == null) {
            throw new IllegalStateException("java.lang.Object has no clone() to link");
        }
        clone.getAnnotations().remove(DELEGATE_TO);
        clone.getModifiers().remove(ElementModifier.NATIVE);
        ProgramEmitter pe = ProgramEmitter.create(clone, context.getHierarchy());
        pe.invoke(OBJECT_COPY, "cloneOf", ValueType.object("java.lang.Object"),
                pe.var(0, ValueType.object("java.lang.Object"))).returnValue();
    }
}
