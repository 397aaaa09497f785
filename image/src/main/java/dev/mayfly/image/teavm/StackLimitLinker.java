package dev.mayfly.image.teavm;

import org.teavm.model.AnnotationContainer;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Gives the program {@link StackOverflowError}: every method that calls another starts with a
 * call of the kernel's {@code dev.mayfly.kernel.runtime.StackLimit.check()} (inlined by the
 * compiler: one compare of the shadow-stack top with the limit). Methods that call nothing cannot
 * recurse and stay as they are, as do the compiler's own run time ({@code org.teavm.*}) and
 * {@code @Unmanaged} code, which may not throw.
 *
 * <p>An explicit check rather than a guard page: a fault in the middle of a method cannot be
 * turned into a Java exception safely (the runtime dispatches exceptions by the call-site id each
 * frame records before a call), and there is no stack left to throw on.
 */
final class StackLimitLinker implements ClassHolderTransformer {
    static final String STACK_LIMIT = "dev.mayfly.kernel.runtime.StackLimit";
    private static final String UNMANAGED = "org.teavm.interop.Unmanaged";
    private static final MethodReference CHECK = new MethodReference(STACK_LIMIT, "check", ValueType.VOID);

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
            InvokeInstruction check = new InvokeInstruction();
            check.setType(InvocationType.SPECIAL);
            check.setMethod(CHECK);
            BasicBlock entry = program.basicBlockAt(0);
            Instruction first = entry.getFirstInstruction();
            if (first != null) {
                check.setLocation(first.getLocation());
            }
            entry.addFirst(check);
        }
    }

    private static boolean callsAnything(Program program) {
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof InvokeInstruction) {
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
