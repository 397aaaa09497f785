package dev.mayfly.image.teavm;

import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

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
        TheOnlyCall.of(STOP, cls.getMethod(START), FIBER + ".start()").setMethod(ENDED);
    }
}
