package dev.mayfly.kernel.runtime;

/**
 * What a new {@link Thread} takes from the thread that creates it, as on the JVM: it is a daemon
 * if its creator is, and has its creator's priority; the first thread, {@code main}, has
 * {@link Thread#NORM_PRIORITY}. Also whether it is alive before {@code start()}: only the main
 * thread is. The image builder calls these from TeaVM 0.16.0's Thread constructors, which set
 * neither (priority 0, daemon false, alive true).
 */
public final class ThreadDefaults {
    private ThreadDefaults() {
    }

    /** Called at the end of each Thread constructor. */
    public static void inherit(Thread created) {
        Thread creator = Thread.currentThread();
        if (creator == null) {
            created.setPriority(Thread.NORM_PRIORITY);
            return;
        }
        created.setDaemon(creator.isDaemon());
        created.setPriority(creator.getPriority());
    }

    /** Whether a thread being constructed is alive already: only the main thread, made before any other runs. */
    public static boolean aliveAtCreation() {
        return Thread.currentThread() == null;
    }
}
