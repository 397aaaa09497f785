package dev.mayfly.image.teavm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ConstructInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Gives the index exceptions of the compiled class library the JDK's messages: in the methods
 * listed here, every {@code new E()} of the listed exception (TeaVM 0.16.0 gives them no message)
 * becomes a call of {@code dev.mayfly.kernel.runtime.IndexMessages} with the method's receiver and
 * parameters, which makes the exception with the message; {@code String.substring(begin, end)},
 * whose TeaVM version fails only deeper down (with another message and another class), gets the
 * JDK's range check in front.
 */
final class IndexMessageLinker implements ClassHolderTransformer {
    static final String INDEX_MESSAGES = "dev.mayfly.kernel.runtime.IndexMessages";

    /**
     * A method whose {@code new exception()} is replaced by {@code factory(this?, parameters...)},
     * which returns {@code thrown} (the exception or, as HotSpot throws, a subclass of it).
     */
    private record Rewrite(String className, MethodDescriptor method, String exception, String factory,
                           String thrown) {
        Rewrite(String className, MethodDescriptor method, String exception, String factory) {
            this(className, method, exception, factory, exception);
        }
    }

    private static final String STRING = "java.lang.String";
    private static final String ARRAY_LIST = "java.util.ArrayList";
    private static final String SYSTEM = "java.lang.System";
    private static final String ARRAY_INDEX_OUT_OF_BOUNDS = "java.lang.ArrayIndexOutOfBoundsException";
    private static final List<Rewrite> REWRITES = List.of(
            new Rewrite(STRING, MethodDescriptor.parse("charAt(I)C"), "java.lang.StringIndexOutOfBoundsException",
                    "stringIndex"),
            new Rewrite(ARRAY_LIST, MethodDescriptor.parse("checkIndex(I)V"), "java.lang.IndexOutOfBoundsException",
                    "listIndex"),
            new Rewrite(ARRAY_LIST, MethodDescriptor.parse("checkIndexForAdd(I)V"),
                    "java.lang.IndexOutOfBoundsException", "listIndexForAdd"),
            new Rewrite(SYSTEM, MethodDescriptor.parse("arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V"),
                    "java.lang.IndexOutOfBoundsException", "arraycopy", ARRAY_INDEX_OUT_OF_BOUNDS),
            new Rewrite(SYSTEM, MethodDescriptor.parse("fastArraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V"),
                    "java.lang.IndexOutOfBoundsException", "arraycopy", ARRAY_INDEX_OUT_OF_BOUNDS));
    /** Methods that get {@code check(this, parameters...)} in front: method -> check. */
    private static final Map<MethodDescriptor, String> STRING_CHECKS = Map.of(
            MethodDescriptor.parse("substring(II)Ljava/lang/String;"), "checkSubstring");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (Rewrite rewrite : REWRITES) {
            if (rewrite.className().equals(cls.getName())) {
                MethodHolder method = cls.getMethod(rewrite.method());
                if (method != null && method.getProgram() != null) {
                    replaceConstructions(method, rewrite);
                }
            }
        }
        if (cls.getName().equals(STRING)) {
            STRING_CHECKS.forEach((descriptor, check) -> {
                MethodHolder method = cls.getMethod(descriptor);
                if (method != null && method.getProgram() != null && method.getProgram().basicBlockCount() > 0) {
                    prependCheck(method, check);
                }
            });
        }
    }

    private static void replaceConstructions(MethodHolder method, Rewrite rewrite) {
        Program program = method.getProgram();
        List<ConstructInstruction> constructions = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof ConstructInstruction construct && construct.getType().equals(rewrite.exception())) {
                    constructions.add(construct);
                }
            }
        }
        for (ConstructInstruction construct : constructions) {
            InvokeInstruction init = defaultConstructorCall(construct);
            if (init == null) {
                continue;
            }
            InvokeInstruction factory = call(method, rewrite.factory(), ValueType.object(rewrite.thrown()));
            factory.setReceiver(construct.getReceiver());
            factory.setLocation(construct.getLocation());
            construct.replace(factory);
            init.delete();
        }
    }

    /** The {@code <init>()} call on a new object, if it is the no-argument one. */
    private static InvokeInstruction defaultConstructorCall(ConstructInstruction construct) {
        for (Instruction insn = construct.getNext(); insn != null; insn = insn.getNext()) {
            if (insn instanceof InvokeInstruction call && call.getInstance() == construct.getReceiver()
                    && call.getMethod().getName().equals("<init>")) {
                return call.getMethod().parameterCount() == 0 ? call : null;
            }
        }
        return null;
    }

    private static void prependCheck(MethodHolder method, String check) {
        BasicBlock entry = method.getProgram().basicBlockAt(0);
        InvokeInstruction call = call(method, check, ValueType.VOID);
        if (entry.getFirstInstruction() != null) {
            call.setLocation(entry.getFirstInstruction().getLocation());
        }
        entry.addFirst(call);
    }

    /** {@code IndexMessages.name(this?, parameters...)}, typed after the method's own signature. */
    private static InvokeInstruction call(MethodHolder method, String name, ValueType result) {
        Program program = method.getProgram();
        boolean instance = !method.hasModifier(ElementModifier.STATIC);
        List<ValueType> types = new ArrayList<>();
        List<Variable> arguments = new ArrayList<>();
        if (instance) {
            types.add(ValueType.object(method.getOwnerName()));
            arguments.add(program.variableAt(0));
        }
        for (int i = 0; i < method.parameterCount(); i++) {
            types.add(method.parameterType(i));
            arguments.add(program.variableAt(i + 1));
        }
        types.add(result);
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(new MethodReference(INDEX_MESSAGES, name, types.toArray(new ValueType[0])));
        call.setArguments(arguments.toArray(new Variable[0]));
        return call;
    }
}
