package dev.mayfly.it.probe;

/** Uses a JDK class that only Mayfly's class library provides, to test class substitution. */
public final class SubstitutionProbe {
    public static void main(String[] args) {
        ExceptionInInitializerError e = new ExceptionInInitializerError(new IllegalStateException("inner"));
        System.out.println(e.getException().getMessage() + " " + (e.getCause() == e.getException()));
    }
}
