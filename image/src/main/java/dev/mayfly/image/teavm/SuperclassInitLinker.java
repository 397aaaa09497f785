package dev.mayfly.image.teavm;

import org.teavm.model.AccessLevel;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ClassReader;
import org.teavm.model.ElementModifier;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.instructions.InitClassInstruction;

/**
 * Initialises superclasses first (JLS §12.4.2, step 7): the static initialiser of every class
 * whose ancestors have one starts by initialising the nearest such ancestor, and a class without
 * a static initialiser of its own gets one that does only that (application classes only). TeaVM 0.16.0 initialises a class
 * without its superclass, so a subclass's static block could run before its superclass's.
 * Leaves the compiler's own run time ({@code org.teavm.*}) alone.
 */
final class SuperclassInitLinker implements ClassHolderTransformer {
    private static final MethodDescriptor CLINIT = new MethodDescriptor("<clinit>", ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().startsWith("org.teavm.") || cls.hasModifier(ElementModifier.INTERFACE)) {
            return;
        }
        String ancestor = nearestInitialisedAncestor(cls.getParent(), context);
        if (ancestor == null) {
            return;
        }
        MethodHolder clinit = cls.getMethod(CLINIT);
        if (clinit != null && clinit.getProgram() == null) {
            return;
        }
        if (clinit == null) {
            if (cls.getName().startsWith("java.") || cls.getName().startsWith("dev.mayfly.")) {
                return;                 // the platform's own classes do not rely on it; keep them as they are
            }
            clinit = new MethodHolder(CLINIT);
            clinit.setLevel(AccessLevel.PACKAGE_PRIVATE);
            clinit.getModifiers().add(ElementModifier.STATIC);
            cls.addMethod(clinit);
            ProgramEmitter pe = ProgramEmitter.create(clinit, context.getHierarchy());
            pe.initClass(ancestor);
            pe.exit();
            return;
        }
        InitClassInstruction init = new InitClassInstruction();
        init.setClassName(ancestor);
        BasicBlock entry = clinit.getProgram().basicBlockAt(0);
        Instruction first = entry.getFirstInstruction();
        if (first != null) {
            init.setLocation(first.getLocation());
        }
        entry.addFirst(init);
    }

    private static String nearestInitialisedAncestor(String name, ClassHolderTransformerContext context) {
        while (name != null && !name.equals("java.lang.Object")) {
            ClassReader ancestor = context.getHierarchy().getClassSource().get(name);
            if (ancestor == null) {
                return null;
            }
            if (ancestor.getMethod(CLINIT) != null) {
                return name;
            }
            name = ancestor.getParent();
        }
        return null;
    }
}
