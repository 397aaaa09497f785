package dev.mayfly.image.teavm;

import java.util.List;

/**
 * Tells the application's classes from the platform's (the class library, the compiler's run time
 * and Mayfly's own modules) by package, for the repairs that only the application's code gets.
 */
final class ApplicationClasses {
    /** Packages of the platform: the JDK's, TeaVM's and the image's own modules. */
    private static final List<String> PLATFORM_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
            "org.teavm.", "dev.mayfly.kernel.", "dev.mayfly.jdk.", "dev.mayfly.net.", "dev.mayfly.virtio.");

    private ApplicationClasses() {
    }

    static boolean isApplication(String className) {
        for (String prefix : PLATFORM_PACKAGES) {
            if (className.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }
}
