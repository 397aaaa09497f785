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
import org.teavm.model.TryCatchBlock;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ExitInstruction;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.JumpInstruction;
import org.teavm.model.instructions.PutFieldInstruction;
import org.teavm.model.instructions.RaiseInstruction;
import org.teavm.model.instructions.StringConstantInstruction;

/**
 * Gives application classes the JVM's failed-initialisation semantics (JLS §12.4.2): a static
 * initialiser that throws completes with ExceptionInInitializerError (an Error goes through as it
 * is) and marks the class erroneous, and from then on each static method and constructor of the
 * class throws NoClassDefFoundError. TeaVM 0.16.0 let the exception through once and then ran the
 * class as if initialised. The static initialiser is wrapped in a catch-all handler that sets a
 * synthetic static flag and throws what {@code dev.mayfly.jdk.lang.StaticInitialization.failed}
 * returns; the methods start by passing the flag to {@code StaticInitialization.check}. Direct
 * reads of the class's static fields from other classes are not checked.
 */
final class StaticInitFailureLinker implements ClassHolderTransformer {
    static final String HELPER = "dev.mayfly.jdk.lang.StaticInitialization";
    static final String FLAG = "mayfly$initializerFailed";
    private static final MethodDescriptor CLINIT = new MethodDescriptor("<clinit>", ValueType.VOID);
    private static final List<String> PLATFORM = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "org.teavm.", "dev.mayfly.kernel.", "dev.mayfly.jdk.");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (String prefix : PLATFORM) {
            if (cls.getName().startsWith(prefix)) {
                return;
            }
        }
        if (cls.hasModifier(ElementModifier.INTERFACE)) {
            return;
        }
        MethodHolder clinit = cls.getMethod(CLINIT);
        if (clinit == null || clinit.getProgram() == null || clinit.getProgram().basicBlockCount() == 0) {
            return;
        }
        FieldHolder flag = new FieldHolder(FLAG);
        flag.setType(ValueType.BOOLEAN);
        flag.setLevel(AccessLevel.PUBLIC);
        flag.getModifiers().add(ElementModifier.STATIC);
        cls.addField(flag);
        FieldReference flagRef = new FieldReference(cls.getName(), FLAG);
        wrapInitializer(clinit.getProgram(), flagRef);
        for (MethodHolder method : cls.getMethods()) {
            boolean entryPoint = method.hasModifier(ElementModifier.STATIC) || method.getName().equals("<init>");
            if (method != clinit && entryPoint && method.getProgram() != null && method.getProgram().basicBlockCount() > 0) {
                insertCheck(method.getProgram(), flagRef, cls.getName());
            }
        }
    }

    private static void wrapInitializer(Program program, FieldReference flag) {
        List<BasicBlock> protectedBlocks = new ArrayList<>();
        for (int i = 0; i < program.basicBlockCount(); i++) {
            protectedBlocks.add(program.basicBlockAt(i));
        }
        // The compiled runtime leaves a protected region only through a jump (which restores the
        // handler chain), never through a return inside it: so each return becomes a jump to one
        // unprotected return block, as javac lays out a try block.
        BasicBlock exit = program.createBasicBlock();
        exit.add(new ExitInstruction());
        for (BasicBlock block : protectedBlocks) {
            if (block.getLastInstruction() instanceof ExitInstruction ret) {
                JumpInstruction jump = new JumpInstruction();
                jump.setTarget(exit);
                jump.setLocation(ret.getLocation());
                ret.replace(jump);
            }
        }
        BasicBlock handler = program.createBasicBlock();
        Variable thrown = program.createVariable();
        handler.setExceptionVariable(thrown);
        Variable yes = program.createVariable();
        IntegerConstantInstruction one = new IntegerConstantInstruction();
        one.setConstant(1);
        one.setReceiver(yes);
        handler.add(one);
        PutFieldInstruction mark = new PutFieldInstruction();
        mark.setField(flag);
        mark.setFieldType(ValueType.BOOLEAN);
        mark.setValue(yes);
        handler.add(mark);
        Variable result = program.createVariable();
        InvokeInstruction failed = new InvokeInstruction();
        failed.setType(InvocationType.SPECIAL);
        failed.setMethod(new MethodReference(HELPER, "failed", ValueType.object("java.lang.Throwable"), ValueType.object("java.lang.Throwable")));
        failed.setArguments(thrown);
        failed.setReceiver(result);
        handler.add(failed);
        RaiseInstruction raise = new RaiseInstruction();
        raise.setException(result);
        handler.add(raise);
        for (BasicBlock block : protectedBlocks) {
            TryCatchBlock catchAll = new TryCatchBlock();
            catchAll.setHandler(handler);
            block.getTryCatchBlocks().add(catchAll);
        }
    }

    private static void insertCheck(Program program, FieldReference flag, String className) {
        Variable failed = program.createVariable();
        GetFieldInstruction read = new GetFieldInstruction();
        read.setField(flag);
        read.setFieldType(ValueType.BOOLEAN);
        read.setReceiver(failed);
        Variable name = program.createVariable();
        StringConstantInstruction constant = new StringConstantInstruction();
        constant.setConstant(className);
        constant.setReceiver(name);
        InvokeInstruction check = new InvokeInstruction();
        check.setType(InvocationType.SPECIAL);
        check.setMethod(new MethodReference(HELPER, "check", ValueType.BOOLEAN, ValueType.object("java.lang.String"), ValueType.VOID));
        check.setArguments(failed, name);
        BasicBlock entry = program.basicBlockAt(0);
        Instruction first = entry.getFirstInstruction();
        List<Instruction> added = List.of(read, constant, check);
        for (Instruction insn : added) {
            if (first != null) {
                insn.setLocation(first.getLocation());
            }
        }
        entry.addFirstAll(added);
    }
}
