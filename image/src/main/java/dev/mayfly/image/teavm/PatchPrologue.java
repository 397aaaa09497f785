package dev.mayfly.image.teavm;

import java.util.Arrays;
import org.teavm.model.AnnotationValue;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassReader;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReader;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * A class-library patch method marked {@code @Prologue}: a call to it is put in front of the
 * patched method's own body, which stays. The patched method is found by name and parameter types
 * (its result type does not matter); the patch receives the method's parameter variables, and
 * {@code this} first when it is an {@code @InstanceMethod}.
 */
final class PatchPrologue {
    static final String PROLOGUE = "dev.mayfly.jdk.patch.Prologue";

    private PatchPrologue() {
    }

    /** Whether the patch method is a prologue. */
    static boolean isPrologue(MethodReader method) {
        return method.getAnnotations().get(PROLOGUE) != null;
    }

    /** Inserts the call to {@code method} of {@code patch} at the start of its target in {@code target}. */
    static void apply(ClassHolder target, ClassReader patch, MethodReader method, boolean instance) {
        if (!method.getResultType().equals(ValueType.VOID)) {
            throw new IllegalStateException("prologue " + patch.getName() + "." + method.getName() + " must return void");
        }
        AnnotationValue named = method.getAnnotations().get(PROLOGUE).getValue("value");
        String name = named == null || named.getString().isEmpty() ? method.getName() : named.getString();
        ValueType[] patchParams = method.getParameterTypes();
        ValueType[] params = instance ? Arrays.copyOfRange(patchParams, 1, patchParams.length) : patchParams;
        MethodHolder holder = find(target, name, params);
        if (holder == null || holder.getProgram() == null) {
            throw new IllegalStateException("prologue " + patch.getName() + "." + method.getName() + ": " + target.getName() + "."
                    + name + Arrays.toString(params) + " has no body to precede");
        }
        Program program = holder.getProgram();
        Variable[] args = new Variable[patchParams.length];
        int first = instance ? 1 : 0;
        if (instance) {
            args[0] = program.variableAt(0);
        }
        for (int i = first; i < patchParams.length; i++) {
            args[i] = program.variableAt(i - first + 1);
        }
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(new MethodReference(patch.getName(), method.getDescriptor()));
        call.setArguments(args);
        BasicBlock entry = program.basicBlockAt(0);
        entry.addFirst(call);
    }

    private static MethodHolder find(ClassHolder target, String name, ValueType[] params) {
        for (MethodHolder candidate : target.getMethods()) {
            if (candidate.getName().equals(name) && Arrays.equals(candidate.getParameterTypes(), params)) {
                return candidate;
            }
        }
        return null;
    }
}
