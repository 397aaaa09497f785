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

    /** The throwable a static initialiser that threw {@code thrown} completes with. */
    public static Throwable failed(Throwable thrown) {
        return thrown instanceof Error ? thrown : new ExceptionInInitializerError(thrown);
    }

    /** Throws NoClassDefFoundError, as HotSpot words it, if {@code className}'s initialiser failed. */
    public static void check(boolean initializerFailed, String className) {
        if (initializerFailed) {
            throw new NoClassDefFoundError("Could not initialize class " + className);
        }
    }
}
