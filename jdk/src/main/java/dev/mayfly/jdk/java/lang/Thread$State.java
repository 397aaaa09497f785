package dev.mayfly.jdk.java.lang;

/**
 * java.lang.Thread.State on Mayfly (compiled as {@code java.lang.Thread$State}, the binary name of
 * the JDK's nested enum, hence the {@code $} in this top-level name): the states a thread passes
 * through, in the JDK's order, which {@code Thread.getState()} reports. The compiler's class
 * library lacks it.
 */
public enum Thread$State {
    /** Created, not yet started. */
    NEW,
    /** Running or ready to run. */
    RUNNABLE,
    /** Waiting to enter a monitor, or to re-enter it after {@code Object.wait}. */
    BLOCKED,
    /** In {@code Object.wait()} or {@code Thread.join()} without a timeout. */
    WAITING,
    /** In {@code Thread.sleep}, or {@code wait}/{@code join} with a timeout. */
    TIMED_WAITING,
    /** Its {@code run()} has ended. */
    TERMINATED
}
