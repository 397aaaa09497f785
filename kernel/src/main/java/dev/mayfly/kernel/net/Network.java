package dev.mayfly.kernel.net;

import java.util.function.Supplier;

/** The VM's network stack, for the class library's {@code java.net}: installed at boot, created on first use. */
public final class Network {
    private static Supplier<NetworkStack> factory;
    private static NetworkStack stack;

    private Network() {
    }

    /** Installs how the stack is made (boot code); {@link #stack()} calls it once, on first use. */
    public static void install(Supplier<NetworkStack> stackFactory) {
        factory = stackFactory;
        stack = null;
    }

    /** The network stack; throws if the kernel installed none (only on HotSpot, outside an image). */
    public static NetworkStack stack() {
        if (stack == null) {
            if (factory == null) {
                throw new IllegalStateException("no network stack installed");
            }
            stack = factory.get();
        }
        return stack;
    }

    /** Whether the stack exists already (a virtio-net device starts it at boot). */
    public static boolean isStarted() {
        return stack != null;
    }
}
