package dev.mayfly.kernel.runtime;

/**
 * The image's record of each thread's {@link Thread.State}: an int field that the image builder
 * adds to TeaVM 0.16.0's {@code java.lang.Thread} (which keeps no state, only {@code alive}) and
 * updates at each point where the state changes — creation, {@code start()}, the end of
 * {@code run()}, {@code sleep} and its end — while {@link Monitors} records the states of
 * {@code synchronized} and {@code wait} (and so of {@code join}, which waits on a monitor).
 *
 * <p>The values are the ordinals of {@link Thread.State}. The field also remembers that a thread
 * was started, so that a second {@code start()}, even after the thread ended, throws (Thread's
 * Javadoc). Writing the state never allocates and never suspends; this class has no static
 * initialiser, so calling it adds no class initialisation to the paths of Monitors.
 */
public final class ThreadStates {
    /** Not yet started ({@link Thread.State#NEW}). */
    public static final int NEW = 0;
    /** Running or ready to run ({@link Thread.State#RUNNABLE}). */
    public static final int RUNNABLE = 1;
    /** Waiting to enter a monitor, or to re-enter it after {@code wait} ({@link Thread.State#BLOCKED}). */
    public static final int BLOCKED = 2;
    /** In {@code wait()} or {@code join()} without a timeout ({@link Thread.State#WAITING}). */
    public static final int WAITING = 3;
    /** In {@code sleep}, or {@code wait}/{@code join} with a timeout ({@link Thread.State#TIMED_WAITING}). */
    public static final int TIMED_WAITING = 4;
    /** Its {@code run()} has ended ({@link Thread.State#TERMINATED}). */
    public static final int TERMINATED = 5;

    private ThreadStates() {
    }

    /** The state of {@code thread} now, as {@code Thread.getState()} reports it. */
    public static Thread.State of(Thread thread) {
        return toState(read(thread));
    }

    /** The Thread.State whose ordinal {@code value} is (one of the constants here). */
    static Thread.State toState(int value) {
        return switch (value) {
            case NEW -> Thread.State.NEW;
            case RUNNABLE -> Thread.State.RUNNABLE;
            case BLOCKED -> Thread.State.BLOCKED;
            case WAITING -> Thread.State.WAITING;
            case TIMED_WAITING -> Thread.State.TIMED_WAITING;
            default -> Thread.State.TERMINATED;
        };
    }

    /**
     * Called at the end of each Thread constructor: a new thread is NEW, except the main thread,
     * which the runtime makes before any thread runs and never starts.
     */
    public static void created(Thread thread) {
        record(thread, ThreadDefaults.aliveAtCreation() ? RUNNABLE : NEW);
    }

    /**
     * Called first in {@code Thread.start()}: a thread starts once only — one that was started
     * before, running or ended, throws IllegalThreadStateException (Thread.start's Javadoc).
     */
    public static void starting(Thread thread) {
        if (read(thread) != NEW) {
            throw new IllegalThreadStateException();
        }
        record(thread, RUNNABLE);
    }

    /** Called where the runtime marks a thread no longer alive, after its {@code run()} ended. */
    public static void terminated(Thread thread) {
        record(thread, TERMINATED);
    }

    /** Called when the current thread begins {@code Thread.sleep}. */
    public static void sleeping() {
        Thread current = Thread.currentThread();
        if (current != null) {
            record(current, TIMED_WAITING);
        }
    }

    /** Called when {@code thread} stops waiting or sleeping and may run again. */
    public static void runnable(Thread thread) {
        record(thread, RUNNABLE);
    }

    // The image builder (ThreadStateLinker) gives these two the read and the write of the field it
    // adds to java.lang.Thread; they have no body of their own, so they run only inside an image.
    private static native int read(Thread thread);

    /** Records {@code state} (one of the constants here) for {@code thread}. */
    static native void record(Thread thread, int state);
}
