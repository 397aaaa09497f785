package dev.mayfly.jdk.patch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static void patch method that runs at the start of an existing method of the patched
 * class, whose body is kept: the way to add the JDK's argument checks to a class-library method
 * whose state the patch cannot reach. It receives the method's arguments (with
 * {@link InstanceMethod}, {@code this} first); throwing from it throws from the method.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Prologue {
    /** The patched method's name, {@code "<init>"} for a constructor; empty for the patch method's own name. */
    String value() default "";
}
