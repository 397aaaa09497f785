package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.PatchFor;
import dev.mayfly.jdk.patch.Prologue;

/**
 * {@code Thread.sleep(long)} of a thread whose interrupt is already pending: throws
 * InterruptedException at once and clears the status (Thread.sleep's Javadoc), before the
 * compiler's sleep, whose own path for this case posted the exception to the thread through the
 * event queue and left it there to surface again later, in the thread's next wait or join (or as
 * an uncaught InterruptedException). A negative time is rejected first, as on the JDK.
 */
@PatchFor("java.lang.Thread")
public final class ThreadSleepPatch {
    private ThreadSleepPatch() {
    }

    /** Runs before {@code sleep(long)}. */
    @Prologue
    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }
}
