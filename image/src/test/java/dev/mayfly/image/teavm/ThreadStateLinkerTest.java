package dev.mayfly.image.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.teavm.cache.IncrementalDependencyRegistration;
import org.teavm.diagnostics.Diagnostics;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHierarchy;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.Program;
import org.teavm.model.ReferenceCache;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.PutFieldInstruction;
import org.teavm.parsing.ClasspathClassHolderSource;
import org.junit.jupiter.api.Test;

/** ThreadStateLinker on the compiler's own Thread classes, as the image builder loads them. */
class ThreadStateLinkerTest {
    private final ClasspathClassHolderSource classes = new ClasspathClassHolderSource(new ReferenceCache());
    private final ThreadStateLinker linker = new ThreadStateLinker();

    @Test
    void threadGetsTheStateFieldAndStartBeginsWithTheStartCheck() {
        ClassHolder thread = linked("java.lang.Thread");
        assertNotNull(thread.getField(ThreadStateLinker.FIELD));
        Instruction first = thread.getMethod(new MethodDescriptor("start", ValueType.VOID)).getProgram()
                .basicBlockAt(0).getFirstInstruction();
        assertEquals("starting", assertInstanceOf(InvokeInstruction.class, first).getMethod().getName());
    }

    @Test
    void everyConstructorEndsByRecordingTheNewThread() {
        ClassHolder thread = linked("java.lang.Thread");
        int constructors = 0;
        for (MethodHolder method : thread.getMethods()) {
            if (method.getName().equals("<init>")) {
                constructors++;
                assertTrue(calls(method.getProgram()).contains("created"), method.toString());
            }
        }
        assertTrue(constructors > 0);
    }

    @Test
    void theEndOfRunThreadRecordsTerminationAfterEachWriteOfAlive() {
        Program runThread = linked("java.lang.Thread").getMethod(new MethodDescriptor("runThread", ValueType.VOID))
                .getProgram();
        int aliveWrites = 0;
        for (BasicBlock block : runThread.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof PutFieldInstruction put && put.getField().getFieldName().equals("alive")) {
                    aliveWrites++;
                    InvokeInstruction next = assertInstanceOf(InvokeInstruction.class, insn.getNext());
                    assertEquals("terminated", next.getMethod().getName());
                }
            }
        }
        assertTrue(aliveWrites > 0);
    }

    @Test
    void sleepRecordsItselfAndItsWakeUpsRecordTheThreadRunnable() {
        ClassHolder thread = linked("java.lang.Thread");
        MethodHolder sleep = thread.getMethod(new MethodDescriptor("sleep", ValueType.LONG,
                ValueType.object("org.teavm.interop.AsyncCallback"), ValueType.VOID));
        assertEquals("sleeping", firstCall(sleep.getProgram()));
        ClassHolder handler = linked("java.lang.Thread$SleepHandler");
        for (String wakeUp : List.of("run", "interrupted")) {
            Program program = handler.getMethod(new MethodDescriptor(wakeUp, ValueType.VOID)).getProgram();
            assertInstanceOf(GetFieldInstruction.class, program.basicBlockAt(0).getFirstInstruction());
            assertEquals("runnable", firstCall(program), wakeUp);
        }
    }

    @Test
    void theKernelsFieldAccessorsGetBodies() {
        ClassHolder states = linked(ThreadStateLinker.THREAD_STATES);
        for (MethodHolder method : states.getMethods()) {
            if (method.getName().equals("read") || method.getName().equals("record")) {
                assertFalse(method.hasModifier(ElementModifier.NATIVE), method.toString());
                assertNotNull(method.getProgram(), method.toString());
            }
        }
    }

    private ClassHolder linked(String name) {
        ClassHolder cls = classes.get(name);
        assertNotNull(cls, name);
        linker.transformClass(cls, new Context(new ClassHierarchy(classes)));
        return cls;
    }

    private static String firstCall(Program program) {
        for (Instruction insn : program.basicBlockAt(0)) {
            if (insn instanceof InvokeInstruction call) {
                return call.getMethod().getName();
            }
        }
        return null;
    }

    private static List<String> calls(Program program) {
        List<String> names = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof InvokeInstruction call) {
                    names.add(call.getMethod().getName());
                }
            }
        }
        return names;
    }

    /** The little of the compiler's transformer context that the linker uses: the class hierarchy. */
    private record Context(ClassHierarchy hierarchy) implements ClassHolderTransformerContext {
        @Override
        public ClassHierarchy getHierarchy() {
            return hierarchy;
        }

        @Override
        public Diagnostics getDiagnostics() {
            throw new UnsupportedOperationException();
        }

        @Override
        public IncrementalDependencyRegistration getIncrementalCache() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isObfuscated() {
            return false;
        }

        @Override
        public boolean isStrict() {
            return false;
        }

        @Override
        public String getEntryPoint() {
            return null;
        }

        @Override
        public void submit(ClassHolder cls) {
            throw new UnsupportedOperationException();
        }
    }
}
