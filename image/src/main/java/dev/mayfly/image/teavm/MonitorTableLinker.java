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
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.instructions.CastInstruction;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.NullConstantInstruction;
import org.teavm.model.instructions.PutFieldInstruction;

/**
 * Moves every object's monitor out of its header into the kernel's
 * {@code dev.mayfly.kernel.runtime.MonitorTable}: each read of TeaVM's {@code Object.monitor}
 * field becomes {@code MonitorTable.get(o)}, each write {@code MonitorTable.put(o, m)}. TeaVM
 * 0.16.0's C target packs that field into the identity hash word, where its collector never
 * looks, so monitors in use were freed or moved under the threads using them (see MonitorTable).
 *
 * <p>The identity hash word then always holds the identity hash: {@code Object.identity()} stops
 * consulting the monitor (it would also recurse, as the table hashes by identity), and
 * {@code Object.deleteMonitor()} only drops the table entry instead of writing the monitor's copy
 * of the hash back.
 */
final class MonitorTableLinker implements ClassHolderTransformer {
    static final String MONITOR_TABLE = "dev.mayfly.kernel.runtime.MonitorTable";
    private static final String OBJECT = "java.lang.Object";
    private static final ValueType OBJECT_TYPE = ValueType.object(OBJECT);
    private static final FieldReference MONITOR = new FieldReference(OBJECT, "monitor");
    private static final MethodReference GET = new MethodReference(MONITOR_TABLE, "get", OBJECT_TYPE, OBJECT_TYPE);
    private static final MethodReference PUT = new MethodReference(MONITOR_TABLE, "put", OBJECT_TYPE, OBJECT_TYPE,
            ValueType.VOID);
    private static final MethodDescriptor IDENTITY = new MethodDescriptor("identity", ValueType.INTEGER);
    private static final MethodDescriptor DELETE_MONITOR = new MethodDescriptor("deleteMonitor", ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program == null) {
                continue;
            }
            if (cls.getName().equals(OBJECT) && method.getDescriptor().equals(DELETE_MONITOR)) {
                ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
                pe.invoke(MONITOR_TABLE, "put", ValueType.VOID, pe.var(0, OBJECT_TYPE), pe.constantNull(OBJECT_TYPE));
                pe.exit();
                continue;
            }
            boolean identity = cls.getName().equals(OBJECT) && method.getDescriptor().equals(IDENTITY);
            rewrite(program, identity);
        }
    }

    private static void rewrite(Program program, boolean monitorIsNull) {
        List<Instruction> accesses = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof GetFieldInstruction get && get.getField().equals(MONITOR)
                        || insn instanceof PutFieldInstruction put && put.getField().equals(MONITOR)) {
                    accesses.add(insn);
                }
            }
        }
        for (Instruction insn : accesses) {
            if (insn instanceof GetFieldInstruction get) {
                if (monitorIsNull) {
                    NullConstantInstruction none = new NullConstantInstruction();
                    none.setReceiver(get.getReceiver());
                    none.setLocation(get.getLocation());
                    get.replace(none);
                    continue;
                }
                Variable raw = program.createVariable();
                InvokeInstruction call = invoke(GET, get.getInstance());
                call.setReceiver(raw);
                call.setLocation(get.getLocation());
                CastInstruction cast = new CastInstruction();
                cast.setValue(raw);
                cast.setReceiver(get.getReceiver());
                cast.setTargetType(get.getFieldType());
                cast.setLocation(get.getLocation());
                get.insertPrevious(call);
                get.replace(cast);
            } else {
                PutFieldInstruction put = (PutFieldInstruction) insn;
                InvokeInstruction call = invoke(PUT, put.getInstance(), put.getValue());
                call.setLocation(put.getLocation());
                put.replace(call);
            }
        }
    }

    private static InvokeInstruction invoke(MethodReference method, Variable... arguments) {
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(method);
        call.setArguments(arguments);
        return call;
    }
}
