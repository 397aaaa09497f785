package dev.mayfly.jdk.java.security;

/**
 * java.security.Principal on Mayfly (compiled as {@code java.security.Principal}; TeaVM's class
 * library lacks it, and com.sun.net.httpserver.HttpPrincipal implements it): an authenticated
 * identity with a name. {@code implies(Subject)} is left out: there is no {@code javax.security.auth}.
 */
public interface Principal {
    @Override
    boolean equals(Object another);

    @Override
    String toString();

    @Override
    int hashCode();

    /** The principal's name. */
    String getName();
}
