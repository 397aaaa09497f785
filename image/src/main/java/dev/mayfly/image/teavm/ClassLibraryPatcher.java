package dev.mayfly.image.teavm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.model.AccessLevel;
import org.teavm.model.AnnotationReader;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ClassReader;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReader;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * Applies the class-library patches of the {@code jdk} module: every public static method of a
 * class annotated {@code @PatchFor("X")} becomes a method of X whose body calls the patch, added
 * when the compiler's class library lacks it and replacing its body when it has it. A patch method
 * annotated {@code @InstanceMethod} becomes an instance method; its first parameter is {@code this}.
 * One annotated {@code @Prologue} runs before the method's own body instead ({@link PatchPrologue}).
 */
final class ClassLibraryPatcher implements ClassHolderTransformer {
    static final String PATCH_FOR = "dev.mayfly.jdk.patch.PatchFor";
    static final String INSTANCE_METHOD = "dev.mayfly.jdk.patch.InstanceMethod";

    private final List<String> patchClasses;
    private Map<String, List<String>> patchesByTarget;

    ClassLibraryPatcher(List<String> patchClasses) {
        this.patchClasses = List.copyOf(patchClasses);
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        List<String> patches = patchesByTarget(context).get(cls.getName());
        if (patches == null) {
            return;
        }
        for (String patchName : patches) {
            ClassReader patch = context.getHierarchy().getClassSource().get(patchName);
            for (MethodReader method : patch.getMethods()) {
                if (method.hasModifier(ElementModifier.STATIC) && method.getLevel() == AccessLevel.PUBLIC
                        && !method.getName().equals("<clinit>")) {
                    apply(cls, patch, method, context);
                }
            }
        }
    }

    private Map<String, List<String>> patchesByTarget(ClassHolderTransformerContext context) {
        if (patchesByTarget == null) {
            Map<String, List<String>> map = new HashMap<>();
            for (String name : patchClasses) {
                ClassReader patch = context.getHierarchy().getClassSource().get(name);
                if (patch == null) {
                    throw new IllegalStateException("class-library patch " + name + " is listed but not on the class path");
                }
                AnnotationReader target = patch.getAnnotations().get(PATCH_FOR);
                if (target == null) {
                    throw new IllegalStateException("class-library patch " + name + " lacks @PatchFor");
                }
                map.computeIfAbsent(target.getValue("value").getString(), k -> new ArrayList<>()).add(name);
            }
            patchesByTarget = map;
        }
        return patchesByTarget;
    }

    private static void apply(ClassHolder target, ClassReader patch, MethodReader method,
                              ClassHolderTransformerContext context) {
        boolean instance = method.getAnnotations().get(INSTANCE_METHOD) != null;
        if (PatchPrologue.isPrologue(method)) {
            PatchPrologue.apply(target, patch, method, instance);
            return;
        }
        ValueType[] patchParams = method.getParameterTypes();
        ValueType[] params = instance ? java.util.Arrays.copyOfRange(patchParams, 1, patchParams.length) : patchParams;
        ValueType[] signature = new ValueType[params.length + 1];
        System.arraycopy(params, 0, signature, 0, params.length);
        signature[params.length] = method.getResultType();
        MethodDescriptor descriptor = new MethodDescriptor(method.getName(), signature);

        MethodHolder holder = target.getMethod(descriptor);
        if (holder == null) {
            holder = new MethodHolder(descriptor);
            holder.setLevel(AccessLevel.PUBLIC);
            if (!instance) {
                holder.getModifiers().add(ElementModifier.STATIC);
            }
            target.addMethod(holder);
        }
        holder.getModifiers().remove(ElementModifier.NATIVE);
        holder.getModifiers().remove(ElementModifier.ABSTRACT);
        // The class library's own implementation hints (generators, delegations, imports) go too.
        List<String> hints = new ArrayList<>();
        for (AnnotationReader annotation : holder.getAnnotations().all()) {
            hints.add(annotation.getType());
        }
        hints.forEach(holder.getAnnotations()::remove);

        ProgramEmitter pe = ProgramEmitter.create(holder, context.getHierarchy());
        ValueEmitter[] args = new ValueEmitter[patchParams.length];
        int first = 0;
        if (instance) {
            // typed as the patch declares it (the target or a supertype it implements, e.g. an
            // interface of a class-library class whose name the patch cannot spell)
            args[0] = pe.var(0, patchParams[0]);
            first = 1;
        }
        for (int i = first; i < patchParams.length; i++) {
            args[i] = pe.var(i - first + 1, patchParams[i]);
        }
        ValueEmitter result = pe.invoke(patch.getName(), method.getName(), method.getResultType(), args);
        if (method.getResultType().equals(ValueType.VOID)) {
            pe.exit();
        } else {
            result.returnValue();
        }
    }
}
