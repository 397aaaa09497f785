package dev.mayfly.kernel.arch;

import org.teavm.interop.Export;
import org.teavm.interop.Function;

/**
 * The Java end of the idle hook: {@code sigwaitinfo} (posix/time.c), where the runtime's event
 * loop waits, calls {@code mayfly_java_device_events} with the device bits that interrupt stubs
 * recorded, and this hands them to the network's {@link EventLoopScheduler}.
 */
public final class DeviceEvents {
    /** The C signature of the hook. */
    public abstract static class Hook extends Function {
        public abstract void call(long bits);
    }

    private static EventLoopScheduler scheduler;
    @SuppressWarnings("unused")
    private static Hook hook;

    private DeviceEvents() {
    }

    /** Connects the hook to a scheduler (once, at boot). */
    public static void install(EventLoopScheduler target) {
        scheduler = target;
        // Taking the function's address keeps the exported method in the image and out of line.
        hook = Function.get(Hook.class, DeviceEvents.class, "onDeviceEvents");
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
