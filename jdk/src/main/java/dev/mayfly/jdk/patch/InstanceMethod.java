package dev.mayfly.jdk.patch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static patch method that becomes an instance method of the patched class: its first
 * parameter receives {@code this}, the rest are the instance method's parameters.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface InstanceMethod {
}
