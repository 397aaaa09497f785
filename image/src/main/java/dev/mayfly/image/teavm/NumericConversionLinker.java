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
import org.teavm.model.instructions.CastNumberInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.NumericOperandType;

/**
 * Gives the casts of {@code double} and {@code float} to {@code long} and {@code int} Java's
 * saturating semantics (JLS §5.1.3): every {@code d2l}, {@code d2i}, {@code f2l} and {@code f2i}
 * becomes a call of the kernel's {@code dev.mayfly.kernel.runtime.NumericConversion}. TeaVM's C
 * is a bare C cast, which x86-64 turns into {@code MIN_VALUE} for NaN, the infinities and every
 * value out of range. The compiler's own run time ({@code org.teavm.*}) and {@code @Unmanaged}
 * code are left alone.
 */
final class NumericConversionLinker implements ClassHolderTransformer {
    static final String NUMERIC_CONVERSION = "dev.mayfly.kernel.runtime.NumericConversion";

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        RewritablePrograms.forEach(cls, NUMERIC_CONVERSION, NumericConversionLinker::rewrite);
    }

    /** The conversion method for a cast, or null if the cast needs none. */
    static MethodReference conversion(NumericOperandType source, NumericOperandType target) {
        ValueType from;
        String fromName;
        if (source == NumericOperandType.DOUBLE) {
            from = ValueType.DOUBLE;
            fromName = "double";
        } else if (source == NumericOperandType.FLOAT) {
            from = ValueType.FLOAT;
            fromName = "float";
        } else {
            return null;
        }
        if (target == NumericOperandType.LONG) {
            return new MethodReference(NUMERIC_CONVERSION, fromName + "ToLong", from, ValueType.LONG);
        }
        if (target == NumericOperandType.INT) {
            return new MethodReference(NUMERIC_CONVERSION, fromName + "ToInt", from, ValueType.INTEGER);
        }
        return null;
    }

    private static void rewrite(Program program) {
        List<CastNumberInstruction> casts = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof CastNumberInstruction cast
                        && conversion(cast.getSourceType(), cast.getTargetType()) != null) {
                    casts.add(cast);
                }
            }
        }
        for (CastNumberInstruction cast : casts) {
            InvokeInstruction call = new InvokeInstruction();
            call.setType(InvocationType.SPECIAL);
            call.setMethod(conversion(cast.getSourceType(), cast.getTargetType()));
            call.setArguments(cast.getValue());
            call.setReceiver(cast.getReceiver());
            call.setLocation(cast.getLocation());
            cast.replace(call);
        }
    }

}
