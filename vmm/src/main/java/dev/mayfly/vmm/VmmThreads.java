package dev.mayfly.vmm;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The platform threads the VMM runs vCPUs and VM set-up steps on, shared by all VMs of the JVM: a VM
 * started after another has ended reuses an idle thread instead of creating one (creating and
 * scheduling a new thread was 0.3-1.4 ms of the 6-10 ms from VM creation to the first console byte
 * here). A thread idle for {@link #IDLE_SECONDS} ends.
 *
 * <p>Reuse is safe for the vCPU kick: a thread is a kick target only between
 * {@code Vcpu.attachRunThread} and {@code Vcpu.detachRunThread}, which consumes any kick still pending.
 */
final class VmmThreads {
    private VmmThreads() {}

    static final long IDLE_SECONDS = 30;
    private static final String IDLE_NAME = "mayfly-vmm-idle";

    private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> Thread.ofPlatform().daemon().name(IDLE_NAME).unstarted(task));

    /** Runs {@code body} on a pool thread named {@code name} while it runs. */
    static void start(String name, Runnable body) {
        POOL.execute(named(name, body));
    }

    /** Runs {@code step} on a pool thread named {@code name} while it runs; the future completes with it. */
    static CompletableFuture<Void> runAsync(String name, Runnable step) {
        return CompletableFuture.runAsync(named(name, step), POOL);
    }

    private static Runnable named(String name, Runnable body) {
        return () -> {
            Thread self = Thread.currentThread();
            self.setName(name);
            try {
                body.run();
            } finally {
                self.setName(IDLE_NAME);
            }
        };
    }
}
