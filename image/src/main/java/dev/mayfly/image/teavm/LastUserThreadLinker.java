package dev.mayfly.image.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Lets the sockets deliver before the VM ends when the application's last non-daemon thread ends:
 * in TeaVM 0.16.0's {@code Fiber.start()}, the call of {@code EventQueue.stop()} becomes a call of
 * the kernel's {@code org.teavm.runtime.MayflyLastUserThread.ended()} (see there).
 */
final class LastUserThreadLinker implements ClassHolderTransformer {
    static final String LAST_USER_THREAD = "org.teavm.runtime.MayflyLastUserThread";
    private static final String FIBER = "org.teavm.runtime.Fiber";
    private static final MethodDescriptor START = new MethodDescriptor("start", ValueType.VOID);
    private static final MethodReference STOP = new MethodReference("org.teavm.runtime.EventQueue", "stop", ValueType.VOID);
    private static final MethodReference ENDED = new MethodReference(LAST_USER_THREAD, "ended", ValueType.VOID);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(FIBER)) {
            return;
        }
        MethodHolder start = cls.getMethod(START);
        if (start == null || start.getProgram() == null) {
            throw new IllegalStateException(FIBER + " has no start() to link (TeaVM 0.16.0 has)");
        }
        List<InvokeInstruction> stops = new ArrayList<>();
        for (BasicBlock block : start.getProgram().getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof InvokeInstruction call && call.getMethod().equals(STOP)) {
                    stops.add(call);
                }
            }
        }
        if (stops.size() != 1) {
            throw new IllegalStateException(FIBER + ".start() calls EventQueue.stop() " + stops.size()
                    + " times; expected once (TeaVM 0.16.0)");
        }
        stops.get(0).setMethod(ENDED);
    }
}
