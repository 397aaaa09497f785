package dev.mayfly.jdk.java.lang;

/**
 * java.lang.IllegalThreadStateException on Mayfly (compiled as
 * {@code java.lang.IllegalThreadStateException}): a thread is not in the state an operation needs
 * (started twice, made a daemon while alive). The compiler's class library lacks it.
 */
public class IllegalThreadStateException extends IllegalArgumentException {
    public IllegalThreadStateException() {
    }

    public IllegalThreadStateException(String s) {
        super(s);
    }
}
