package dev.mayfly.image.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.NumericOperandType;

/**
 * Gives integer division Java's semantics: every int and long {@code /} and {@code %} becomes a
 * call of the kernel's {@code dev.mayfly.kernel.runtime.IntegerDivision}, which throws
 * {@code ArithmeticException("/ by zero")} and handles {@code MIN_VALUE / -1}. TeaVM's C is a bare C division, which traps (#DE) in both cases. The unsigned
 * divisions of Integer and Long, which the compiler also makes a bare division, get a divisor
 * check in front.
 *
 * <p>A check in the code rather than a #DE trap turned into the exception: the compiled runtime
 * finds a Java exception handler by the call-site id that each frame records before a call, so
 * an exception has to be thrown from a call, not from the middle of an expression; and the
 * {@code MIN_VALUE / -1} case needs a check anyway. The compiler's own run time
 * ({@code org.teavm.*}) and {@code @Unmanaged} code are left alone: they may not throw.
 */
final class IntegerDivisionLinker implements ClassHolderTransformer {
    static final String INTEGER_DIVISION = "dev.mayfly.kernel.runtime.IntegerDivision";

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        RewritablePrograms.forEach(cls, INTEGER_DIVISION, IntegerDivisionLinker::rewrite);
    }

    /** Integer/Long.divideUnsigned and remainderUnsigned: the compiler makes them a bare C division. */
    private static boolean isUnsignedDivision(MethodReference method) {
        return (method.getClassName().equals("java.lang.Integer") || method.getClassName().equals("java.lang.Long"))
                && (method.getName().equals("divideUnsigned") || method.getName().equals("remainderUnsigned"))
                && method.parameterCount() == 2;
    }


    private static void rewrite(Program program) {
        List<BinaryInstruction> divisions = new ArrayList<>();
        List<InvokeInstruction> unsigned = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof InvokeInstruction call && isUnsignedDivision(call.getMethod())) {
                    unsigned.add(call);
                }
                if (insn instanceof BinaryInstruction binary
                        && (binary.getOperation() == BinaryOperation.DIVIDE || binary.getOperation() == BinaryOperation.MODULO)
                        && (binary.getOperandType() == NumericOperandType.INT
                            || binary.getOperandType() == NumericOperandType.LONG)) {
                    divisions.add(binary);
                }
            }
        }
        for (InvokeInstruction call : unsigned) {
            ValueType type = call.getMethod().parameterType(1);
            InvokeInstruction check = new InvokeInstruction();
            check.setType(InvocationType.SPECIAL);
            check.setMethod(new MethodReference(INTEGER_DIVISION, "checkDivisor", type, ValueType.VOID));
            check.setArguments(call.getArguments().get(1));
            check.setLocation(call.getLocation());
            call.insertPrevious(check);
        }
        for (BinaryInstruction division : divisions) {
            ValueType type = division.getOperandType() == NumericOperandType.INT ? ValueType.INTEGER : ValueType.LONG;
            String name = division.getOperation() == BinaryOperation.DIVIDE ? "divide" : "remainder";
            InvokeInstruction call = new InvokeInstruction();
            call.setType(InvocationType.SPECIAL);
            call.setMethod(new MethodReference(INTEGER_DIVISION, name, type, type, type));
            call.setArguments(division.getFirstOperand(), division.getSecondOperand());
            call.setReceiver(division.getReceiver());
            call.setLocation(division.getLocation());
            division.replace(call);
        }
    }
}
