package dev.mayfly.image.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.FieldReference;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ExitInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.PutFieldInstruction;

/**
 * Gives TeaVM 0.16.0's {@code java.lang.Thread} the JVM's defaults: every constructor ends with
 * the kernel's {@code ThreadDefaults.inherit(this)} (daemon status and priority from the creating
 * thread, {@code NORM_PRIORITY} for main) and sets {@code alive} to
 * {@code ThreadDefaults.aliveAtCreation()}; {@code start()} sets it. TeaVM made every thread
 * alive from construction, with priority 0, never a daemon by inheritance.
 */
final class ThreadDefaultsLinker implements ClassHolderTransformer {
    static final String THREAD_DEFAULTS = "dev.mayfly.kernel.runtime.ThreadDefaults";
    private static final String THREAD = "java.lang.Thread";
    private static final FieldReference ALIVE = new FieldReference(THREAD, "alive");
    private static final MethodDescriptor START = new MethodDescriptor("start", ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(THREAD) || cls.getField("alive") == null) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program == null) {
                continue;
            }
            if (method.getName().equals("<init>")) {
                List<ExitInstruction> exits = new ArrayList<>();
                for (BasicBlock block : program.getBasicBlocks()) {
                    for (Instruction insn : block) {
                        if (insn instanceof ExitInstruction exit) {
                            exits.add(exit);
                        }
                    }
                }
                for (ExitInstruction exit : exits) {
                    Variable self = program.variableAt(0);
                    // Not alive first: inherit() sets the daemon status, which a live thread refuses.
                    Variable alive = program.createVariable();
                    exit.insertPrevious(invoke(new MethodReference(THREAD_DEFAULTS, "aliveAtCreation", ValueType.BOOLEAN),
                            alive));
                    exit.insertPrevious(setAlive(self, alive));
                    exit.insertPrevious(invoke(new MethodReference(THREAD_DEFAULTS, "inherit", ValueType.object(THREAD),
                            ValueType.VOID), null, self));
                }
            } else if (method.getDescriptor().equals(START)) {
                Variable self = program.variableAt(0);
                Variable yes = program.createVariable();
                IntegerConstantInstruction one = new IntegerConstantInstruction();
                one.setConstant(1);
                one.setReceiver(yes);
                BasicBlock entry = program.basicBlockAt(0);
                entry.addFirst(setAlive(self, yes));
                entry.addFirst(one);
            }
        }
    }

    private static InvokeInstruction invoke(MethodReference method, Variable receiver, Variable... arguments) {
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(method);
        call.setArguments(arguments);
        call.setReceiver(receiver);
        return call;
    }

    private static PutFieldInstruction setAlive(Variable self, Variable value) {
        PutFieldInstruction put = new PutFieldInstruction();
        put.setInstance(self);
        put.setField(ALIVE);
        put.setFieldType(ValueType.BOOLEAN);
        put.setValue(value);
        return put;
    }
}
