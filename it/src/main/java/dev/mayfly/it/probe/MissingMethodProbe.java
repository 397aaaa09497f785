package dev.mayfly.it.probe;

/** A program that calls a JDK method the compiler's class library lacks, to test the build error. */
public final class MissingMethodProbe {
    public static void main(String[] args) {
        System.out.println(String.join("|", "a,b".splitWithDelimiters(",", 0)));
    }
}
