package org.teavm.runtime;

import dev.mayfly.kernel.Kernel;

/**
 * What the compiled runtime does when the application's last non-daemon thread has ended: end the
 * VM, but only once the sockets have delivered what was written to them (a Mayfly class, not
 * TeaVM's; it sits in TeaVM's runtime package to reach {@code EventQueue.stop}).
 *
 * <p>TeaVM 0.16.0's {@code Fiber.start} calls {@code EventQueue.stop()} the moment the last
 * non-daemon thread ends; the event loop returns and the VM ends with it, dropping a reply the
 * application wrote and closed just before (the peer sees the connection close without the bytes).
 * The image builder makes {@code Fiber.start} call {@link #ended} instead: when the network still
 * delivers, the event loop keeps running until the network stack calls {@link Stop#run}.
 */
public final class MayflyLastUserThread {
    private MayflyLastUserThread() {
    }

    /** Ends the event loop now, or once the network has delivered. Does not suspend (runs where a fiber ends). */
    public static void ended() {
        if (!Kernel.endAfterSocketsDeliver(new Stop())) {
            EventQueue.stop();
        }
    }

    /** Ends the event loop (and so the VM). */
    private static final class Stop implements Runnable {
        @Override
        public void run() {
            EventQueue.stop();
        }
    }
}
