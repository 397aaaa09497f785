package dev.mayfly.jdk.patch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose public static methods become methods of a JDK class in the image: a method
 * the compiler's class library lacks is added, one it has is replaced. The image builder applies
 * it (dev.mayfly.image.teavm.ClassLibraryPatcher); every patch class is listed in
 * {@code META-INF/mayfly/class-library-patches}.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PatchFor {
    /** The binary name of the JDK class to patch, e.g. {@code java.lang.System}. */
    String value();
}
