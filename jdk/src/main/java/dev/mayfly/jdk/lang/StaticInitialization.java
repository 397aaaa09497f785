package dev.mayfly.jdk.lang;

/**
 * What a failed static initialiser throws (JLS §12.4.2, steps 5 and 11): the first time, the
 * exception itself if it is an Error and an ExceptionInInitializerError carrying it otherwise;
 * every later use of the class, a NoClassDefFoundError. The image builder's StaticInitFailureLinker
 * calls these from application classes' static initialisers and static methods and constructors;
 * the compiler itself let the exception through once and then ran the class uninitialised.
 */
public final class StaticInitialization {
    private StaticInitialization() {
    }

    /**
     * Never set: guards the calls that only tell the compiler which methods a catch block may call
     * (see {@link #failed}).
     */
    private static boolean compilerReachabilityOnly;

    /** The throwable a static initialiser that threw {@code thrown} completes with. */
    public static Throwable failed(Throwable thrown) {
        Throwable result = thrown instanceof Error ? thrown : new ExceptionInInitializerError(thrown);
        if (compilerReachabilityOnly) {
            // The compiler's dependency analysis does not follow an exception out of a static
            // initialiser into the catch blocks that receive it, so it would leave these methods
            // out of ExceptionInInitializerError's virtual table and a catch block calling them
            // would jump nowhere. Naming them here, on the thrown object, keeps them.
            useAsCatchBlockMight(result);
        }
        return result;
    }

    private static void useAsCatchBlockMight(Throwable t) {
        String text = t.getMessage() + t.getLocalizedMessage() + t + t.getCause() + t.getStackTrace().length + t.getSuppressed().length;
        if (t instanceof ExceptionInInitializerError e) {
            text += e.getException();
        }
        t.fillInStackTrace();
        // Nothing here may suspend (no output, no locks): a static initialiser that can suspend
        // makes every method that initialises its class a suspension point at its very entry,
        // which the compiler's coroutine transformation cannot handle.
        if (text.isEmpty()) {
            t.setStackTrace(t.getStackTrace());
        }
    }

    /** Throws NoClassDefFoundError, as HotSpot words it, if {@code className}'s initialiser failed. */
    public static void check(boolean initializerFailed, String className) {
        if (initializerFailed) {
            throw new NoClassDefFoundError("Could not initialize class " + className);
        }
    }
}
