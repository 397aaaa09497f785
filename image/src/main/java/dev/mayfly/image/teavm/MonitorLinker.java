package dev.mayfly.image.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.instructions.ExitInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Links Java's monitors — {@code synchronized}, {@code wait}, {@code notify}, {@code notifyAll},
 * {@code Thread.holdsLock} and the interruption of a {@code wait} — to the kernel's
 * {@code dev.mayfly.kernel.runtime.Monitors} instead of TeaVM 0.16.0's implementation in
 * {@code java.lang.Object}, which hands a released monitor over late and can make two owners
 * (see Monitors). Each method of Object that compiled code or the class library calls for a
 * monitor gets a body that calls Monitors, and {@code Thread.interrupt()} also tells Monitors, so
 * that an interrupted {@code wait} ends. The build fails if a method to link is missing, so a
 * different class library cannot silently keep the old monitors.
 *
 * <p>The compiler calls {@code monitorEnter} where the code around it can suspend and
 * {@code monitorEnterSync} where it cannot; {@link MonitorSplittingTarget} makes the first a real
 * suspension point.
 */
final class MonitorLinker implements ClassHolderTransformer {
    static final String MONITORS = "dev.mayfly.kernel.runtime.Monitors";
    private static final String OBJECT = "java.lang.Object";
    private static final String THREAD = "java.lang.Thread";
    private static final ValueType OBJECT_TYPE = ValueType.object(OBJECT);

    /** One method of java.lang.Object and the Monitors method its body becomes a call to. */
    private record Link(String name, String alias, boolean isStatic, ValueType[] parameters, ValueType result,
                        String target) {
    }

    private static final List<Link> OBJECT_LINKS = List.of(
            // What code that can suspend calls for monitorenter; the compiler splits the method there
            // (MonitorSplittingTarget), so Monitors.enter may suspend the thread.
            new Link("monitorEnter", null, true, new ValueType[] {OBJECT_TYPE}, ValueType.VOID, "enter"),
            // What code that never suspends calls: it cannot wait for a monitor.
            new Link("monitorEnterSync", null, true, new ValueType[] {OBJECT_TYPE}, ValueType.VOID,
                    "enterWithoutSuspending"),
            new Link("monitorExit", null, true, new ValueType[] {OBJECT_TYPE}, ValueType.VOID, "exit"),
            new Link("monitorExitSync", null, true, new ValueType[] {OBJECT_TYPE}, ValueType.VOID, "exit"),
            new Link("holdsLock", null, true, new ValueType[] {OBJECT_TYPE}, ValueType.BOOLEAN, "holdsLock"),
            new Link("notify", "notify0", false, new ValueType[0], ValueType.VOID, "notify"),
            new Link("notifyAll", "notifyAll0", false, new ValueType[0], ValueType.VOID, "notifyAll"),
            new Link("wait", "wait0", false, new ValueType[] {ValueType.LONG, ValueType.INTEGER}, ValueType.VOID,
                    "await"));

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().equals(OBJECT)) {
            for (Link link : OBJECT_LINKS) {
                relink(cls, link, context);
            }
        } else if (cls.getName().equals(THREAD)) {
            tellMonitorsOfInterrupts(cls);
        }
    }

    private static void relink(ClassHolder cls, Link link, ClassHolderTransformerContext context) {
        MethodHolder method = find(cls, link.name(), link);
        if (method == null && link.alias() != null) {
            method = find(cls, link.alias(), link);
        }
        if (method == null) {
            throw new IllegalStateException("java.lang.Object has no " + link.name() + " to link to " + MONITORS);
        }
        method.getModifiers().remove(ElementModifier.NATIVE);
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        ValueType[] params = link.parameters();
        List<ValueEmitter> arguments = new ArrayList<>();
        if (!link.isStatic()) {
            arguments.add(pe.var(0, OBJECT_TYPE));
        }
        for (int i = 0; i < params.length; i++) {
            arguments.add(pe.var(i + 1, params[i]));
        }
        ValueType[] signature = new ValueType[arguments.size() + 1];
        int k = 0;
        if (!link.isStatic()) {
            signature[k++] = OBJECT_TYPE;
        }
        for (ValueType p : params) {
            signature[k++] = p;
        }
        signature[k] = link.result();
        ValueEmitter result = pe.invoke(new MethodReference(MONITORS, link.target(), signature),
                arguments.toArray(new ValueEmitter[0]));
        if (link.result() == ValueType.VOID) {
            pe.exit();
        } else {
            result.returnValue();
        }
    }

    private static MethodHolder find(ClassHolder cls, String name, Link link) {
        for (MethodHolder m : cls.getMethods()) {
            if (m.getName().equals(name) && m.hasModifier(ElementModifier.STATIC) == link.isStatic()
                    && java.util.Arrays.equals(m.getParameterTypes(), link.parameters())
                    && m.getResultType().equals(link.result())) {
                return m;
            }
        }
        return null;
    }

    /** Appends {@code Monitors.interrupted(this)} to {@code Thread.interrupt()}, after the status is set. */
    private static void tellMonitorsOfInterrupts(ClassHolder cls) {
        MethodHolder interrupt = null;
        for (MethodHolder m : cls.getMethods()) {
            if (m.getName().equals("interrupt") && m.getParameterTypes().length == 0
                    && !m.hasModifier(ElementModifier.STATIC) && m.getProgram() != null) {
                interrupt = m;
            }
        }
        if (interrupt == null) {
            throw new IllegalStateException("java.lang.Thread has no interrupt() to link to " + MONITORS);
        }
        Program program = interrupt.getProgram();
        List<ExitInstruction> exits = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof ExitInstruction exit) {
                    exits.add(exit);
                }
            }
        }
        MethodReference interrupted = new MethodReference(MONITORS, "interrupted", ValueType.object(THREAD),
                ValueType.VOID);
        for (ExitInstruction exit : exits) {
            InvokeInstruction call = new InvokeInstruction();
            call.setType(InvocationType.SPECIAL);
            call.setMethod(interrupted);
            call.setArguments(program.variableAt(0));
            call.setLocation(exit.getLocation());
            exit.insertPrevious(call);
        }
    }
}
