package dev.mayfly.vmm;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** The one daemon thread all VMs of the JVM share for timers: timeouts and delayed console flushes. */
final class VmmScheduler {
    private VmmScheduler() {}

    private static final ScheduledThreadPoolExecutor EXECUTOR = create();

    private static ScheduledThreadPoolExecutor create() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                task -> Thread.ofPlatform().daemon().name("mayfly-vmm-timer").unstarted(task));
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    static ScheduledExecutorService get() {
        return EXECUTOR;
    }
}
