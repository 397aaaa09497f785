package dev.mayfly.image.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ElementModifier;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.TryCatchBlock;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.AssignInstruction;
import org.teavm.model.instructions.ExitInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.JumpInstruction;
import org.teavm.model.util.UsageExtractor;

class ParameterCopyRepairTest {
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");
    private static final MethodReference USE = new MethodReference("p.C", "use", OBJECT, ValueType.VOID);

    @Test
    void referenceParameterOfAMethodWithHandlersIsUsedThroughAnEntryCopy() {
        MethodHolder method = new MethodHolder("m", ValueType.INTEGER, OBJECT, ValueType.VOID);
        method.getModifiers().add(ElementModifier.STATIC);
        Program program = new Program();
        program.createVariable();
        program.createVariable();
        Variable parameter = program.createVariable();
        BasicBlock body = program.createBasicBlock();
        BasicBlock handler = program.createBasicBlock();
        BasicBlock end = program.createBasicBlock();
        body.add(call(parameter));
        body.add(jump(end));
        TryCatchBlock tryCatch = new TryCatchBlock();
        tryCatch.setHandler(handler);
        body.getTryCatchBlocks().add(tryCatch);
        handler.add(call(parameter));
        handler.add(jump(end));
        end.add(new ExitInstruction());
        method.setProgram(program);
        ClassHolder cls = new ClassHolder("p.C");
        cls.addMethod(method);

        new ParameterCopyRepair().transformClass(cls, null);

        Instruction first = body.getFirstInstruction();
        assertTrue(first instanceof AssignInstruction, "entry starts with the copy");
        AssignInstruction copy = (AssignInstruction) first;
        assertSame(parameter, copy.getAssignee());
        assertEquals(1, uses(program, parameter), "only the copy reads the parameter");
        assertSame(copy.getReceiver(), ((InvokeInstruction) handler.getFirstInstruction()).getArguments().get(0));
    }

    @Test
    void methodWithoutHandlersIsLeftAlone() {
        MethodHolder method = new MethodHolder("m", OBJECT, ValueType.VOID);
        method.getModifiers().add(ElementModifier.STATIC);
        Program program = new Program();
        program.createVariable();
        Variable parameter = program.createVariable();
        BasicBlock body = program.createBasicBlock();
        body.add(call(parameter));
        body.add(new ExitInstruction());
        method.setProgram(program);
        ClassHolder cls = new ClassHolder("p.C");
        cls.addMethod(method);

        new ParameterCopyRepair().transformClass(cls, null);

        assertTrue(body.getFirstInstruction() instanceof InvokeInstruction);
    }

    private static InvokeInstruction call(Variable argument) {
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(USE);
        call.setArguments(argument);
        return call;
    }

    private static JumpInstruction jump(BasicBlock target) {
        JumpInstruction jump = new JumpInstruction();
        jump.setTarget(target);
        return jump;
    }

    private static int uses(Program program, Variable variable) {
        int count = 0;
        UsageExtractor usage = new UsageExtractor();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                insn.acceptVisitor(usage);
                for (Variable used : usage.getUsedVariables()) {
                    if (used == variable) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
