package dev.mayfly.kernel.arch;

import org.teavm.interop.Export;
import org.teavm.interop.Function;

/**
 * The Java end of the idle hooks: {@code sigwaitinfo} (posix/time.c), where the runtime's event
 * loop waits, calls {@code mayfly_java_device_events} with the device bits that interrupt stubs
 * recorded, and this hands them to the network's {@link EventLoopScheduler}; and just before it
 * halts it calls {@code mayfly_java_before_idle}, where a driver that runs with its interrupts
 * off while the kernel is busy turns them back on ({@link IdleCheck}).
 */
public final class DeviceEvents {
    /** The C signature of the hook. */
    public abstract static class Hook extends Function {
        public abstract void call(long bits);
    }

    /** The C signature of the check before idling. */
    public abstract static class BeforeIdleHook extends Function {
        public abstract long call();
    }

    /** What a driver does just before the CPU idles. */
    public interface IdleCheck {
        /**
         * Re-arms the device's interrupts and returns the event bits of work that is already
         * there (0 if none): then the CPU does not sleep. Must not allocate, suspend or throw.
         */
        long beforeIdle();
    }

    private static EventLoopScheduler scheduler;
    private static IdleCheck idleCheck;
    @SuppressWarnings("unused")
    private static Hook hook;
    @SuppressWarnings("unused")
    private static BeforeIdleHook beforeIdleHook;

    private DeviceEvents() {
    }

    /** Connects the hook to a scheduler (once, at boot). */
    public static void install(EventLoopScheduler target) {
        scheduler = target;
        // Taking the function's address keeps the exported method in the image and out of line.
        hook = Function.get(Hook.class, DeviceEvents.class, "onDeviceEvents");
    }

    /** Installs the check the idle wait makes before it halts (once, at boot, by the network driver). */
    public static void installIdleCheck(IdleCheck check) {
        idleCheck = check;
        beforeIdleHook = Function.get(BeforeIdleHook.class, DeviceEvents.class, "beforeIdle");
    }

    /** Called by the native idle wait before it halts; returns event bits to raise instead (0: sleep). */
    @Export(name = "mayfly_java_before_idle")
    public static long beforeIdle() {
        try {
            IdleCheck check = idleCheck;
            return check == null ? 0 : check.beforeIdle();
        } catch (Throwable t) {
            return 0; // nothing may unwind into the C caller; the next deadline polls anyway
        }
    }

    /** Called by the native idle wait; never throws into C. */
    @Export(name = "mayfly_java_device_events")
    public static void onDeviceEvents(long bits) {
        try {
            if (scheduler != null) {
                scheduler.deviceEvents(bits);
            }
        } catch (Throwable t) {
            // Nothing may unwind into the C caller; the next interrupt or deadline retries.
        }
    }
}
