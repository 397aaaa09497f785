package dev.mayfly.image.teavm;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Makes TeaVM 0.16.0's heap resizing start from the true last block of the heap: the collector's
 * {@code GC.resizeHeapConsistent} first calls the kernel's {@code org.teavm.runtime.MayflyLastChunk.find()},
 * which recomputes the {@code lastChunk} the collector leaves stale (see MayflyLastChunk).
 */
final class HeapResizeRepair implements ClassHolderTransformer {
    static final String LAST_CHUNK = "org.teavm.runtime.MayflyLastChunk";
    private static final MethodDescriptor RESIZE = new MethodDescriptor("resizeHeapConsistent", ValueType.LONG,
            ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals("org.teavm.runtime.GC")) {
            return;
        }
        MethodHolder resize = cls.getMethod(RESIZE);
        if (resize == null || resize.getProgram() == null) {
            throw new IllegalStateException("org.teavm.runtime.GC has no resizeHeapConsistent(long) to repair");
        }
        InvokeInstruction find = new InvokeInstruction();
        find.setType(InvocationType.SPECIAL);
        find.setMethod(new MethodReference(LAST_CHUNK, "find", ValueType.VOID));
        BasicBlock entry = resize.getProgram().basicBlockAt(0);
        entry.addFirst(find);
    }
}
