package dev.mayfly.image.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.AccessLevel;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.FieldHolder;
import org.teavm.model.FieldReference;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.instructions.ExitInstruction;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.PutFieldInstruction;

/**
 * Gives TeaVM 0.16.0's {@code java.lang.Thread} a state (what {@code Thread.getState()} reports):
 * adds the int field {@value #FIELD}, which the kernel's {@code ThreadStates} reads and writes
 * through two native methods that get the field access as their bodies, and calls ThreadStates
 * where TeaVM's Thread changes state:
 * <ul>
 *   <li>the end of each constructor: {@code created} (NEW; RUNNABLE for the main thread);</li>
 *   <li>the start of {@code start()}: {@code starting}, which refuses a thread started before;</li>
 *   <li>after each write of {@code alive} in {@code runThread} (the end of {@code run()}):
 *       {@code terminated};</li>
 *   <li>the start of {@code sleep}'s suspending half: {@code sleeping} (TIMED_WAITING), and the
 *       start of its wake-up and interruption ({@code Thread$SleepHandler.run} and
 *       {@code interrupted}): {@code runnable}.</li>
 * </ul>
 * The states of monitors, {@code wait} and {@code join} are the kernel's Monitors' to record. The
 * build fails if a point to link is missing, so a different class library cannot silently leave
 * threads without a state.
 */
final class ThreadStateLinker implements ClassHolderTransformer {
    static final String THREAD_STATES = "dev.mayfly.kernel.runtime.ThreadStates";
    /** The field added to java.lang.Thread: an ordinal of Thread.State. */
    static final String FIELD = "mayflyState";
    private static final String THREAD = "java.lang.Thread";
    private static final String SLEEP_HANDLER = "java.lang.Thread$SleepHandler";
    private static final ValueType THREAD_TYPE = ValueType.object(THREAD);
    private static final ValueType ASYNC_CALLBACK = ValueType.object("org.teavm.interop.AsyncCallback");
    private static final MethodDescriptor START = new MethodDescriptor("start", ValueType.VOID);
    private static final MethodDescriptor RUN_THREAD = new MethodDescriptor("runThread", ValueType.VOID);
    private static final MethodDescriptor SLEEP_ASYNC = new MethodDescriptor("sleep", ValueType.LONG, ASYNC_CALLBACK,
            ValueType.VOID);
    private static final MethodDescriptor RUN = new MethodDescriptor("run", ValueType.VOID);
    private static final MethodDescriptor INTERRUPTED = new MethodDescriptor("interrupted", ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        switch (cls.getName()) {
            case THREAD -> linkThread(cls);
            case SLEEP_HANDLER -> linkSleepHandler(cls);
            case THREAD_STATES -> linkFieldAccess(cls, context);
            default -> {
            }
        }
    }

    private static void linkThread(ClassHolder cls) {
        if (cls.getField("alive") == null) {
            throw new IllegalStateException("java.lang.Thread has no alive field: not TeaVM 0.16.0's Thread");
        }
        FieldHolder field = new FieldHolder(FIELD);
        field.setType(ValueType.INTEGER);
        field.setLevel(AccessLevel.PUBLIC);
        cls.addField(field);
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program != null && method.getName().equals("<init>")) {
                for (ExitInstruction exit : exits(program)) {
                    exit.insertPrevious(call("created", program.variableAt(0)));
                }
            }
        }
        Program start = program(cls, START);
        start.basicBlockAt(0).addFirst(call("starting", start.variableAt(0)));
        Program runThread = program(cls, RUN_THREAD);
        List<PutFieldInstruction> aliveWrites = new ArrayList<>();
        for (BasicBlock block : runThread.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof PutFieldInstruction put && put.getField().getFieldName().equals("alive")) {
                    aliveWrites.add(put);
                }
            }
        }
        if (aliveWrites.isEmpty()) {
            throw new IllegalStateException("java.lang.Thread.runThread() no longer marks the thread ended");
        }
        for (PutFieldInstruction put : aliveWrites) {
            put.insertNext(call("terminated", put.getInstance()));
        }
        program(cls, SLEEP_ASYNC).basicBlockAt(0).addFirst(call("sleeping"));
    }

    /** The sleeping thread may run again as soon as its timer fires or it is interrupted. */
    private static void linkSleepHandler(ClassHolder cls) {
        for (MethodDescriptor wakeUp : List.of(RUN, INTERRUPTED)) {
            Program program = program(cls, wakeUp);
            Variable thread = program.createVariable();
            GetFieldInstruction get = new GetFieldInstruction();
            get.setInstance(program.variableAt(0));
            get.setField(new FieldReference(SLEEP_HANDLER, "thread"));
            get.setFieldType(THREAD_TYPE);
            get.setReceiver(thread);
            BasicBlock entry = program.basicBlockAt(0);
            entry.addFirst(call("runnable", thread));
            entry.addFirst(get);
        }
    }

    /** {@code ThreadStates.read(Thread)} and {@code record(Thread, int)} become the access of the added field. */
    private static void linkFieldAccess(ClassHolder cls, ClassHolderTransformerContext context) {
        MethodHolder read = nativeMethod(cls, new MethodDescriptor("read", THREAD_TYPE, ValueType.INTEGER));
        ProgramEmitter pe = ProgramEmitter.create(read, context.getHierarchy());
        pe.var(1, THREAD_TYPE).getField(FIELD, ValueType.INTEGER).returnValue();
        MethodHolder record = nativeMethod(cls, new MethodDescriptor("record", THREAD_TYPE, ValueType.INTEGER,
                ValueType.VOID));
        pe = ProgramEmitter.create(record, context.getHierarchy());
        pe.var(1, THREAD_TYPE).setField(FIELD, pe.var(2, ValueType.INTEGER));
        pe.exit();
    }

    private static MethodHolder nativeMethod(ClassHolder cls, MethodDescriptor descriptor) {
        MethodHolder method = cls.getMethod(descriptor);
        if (method == null || !method.hasModifier(ElementModifier.NATIVE)) {
            throw new IllegalStateException(THREAD_STATES + " has no native " + descriptor + " to link");
        }
        method.getModifiers().remove(ElementModifier.NATIVE);
        return method;
    }

    private static Program program(ClassHolder cls, MethodDescriptor descriptor) {
        MethodHolder method = cls.getMethod(descriptor);
        if (method == null || method.getProgram() == null) {
            throw new IllegalStateException(cls.getName() + " has no " + descriptor + " to link to " + THREAD_STATES);
        }
        return method.getProgram();
    }

    private static List<ExitInstruction> exits(Program program) {
        List<ExitInstruction> exits = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof ExitInstruction exit) {
                    exits.add(exit);
                }
            }
        }
        return exits;
    }

    private static InvokeInstruction call(String name, Variable... threads) {
        ValueType[] signature = new ValueType[threads.length + 1];
        for (int i = 0; i < threads.length; i++) {
            signature[i] = THREAD_TYPE;
        }
        signature[threads.length] = ValueType.VOID;
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(new MethodReference(THREAD_STATES, name, signature));
        call.setArguments(threads);
        return call;
    }
}
