package dev.mayfly.kernel.boot;

/**
 * The application's entry point as the kernel calls it. The image builder replaces the body of
 * {@link #main} with a call to the {@code main} method of the class given to {@code mayfly build
 * --main}; the body here only runs when that did not happen.
 */
public final class AppMain {
    private AppMain() {
    }

    /** Runs the application's {@code main(String[])}. */
    public static void main(String[] args) throws Throwable {
        throw new IllegalStateException("the image builder did not link an application main class");
    }
}
