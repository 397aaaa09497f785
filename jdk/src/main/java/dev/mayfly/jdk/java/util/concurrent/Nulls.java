package dev.mayfly.jdk.java.util.concurrent;

/**
 * The null check of this package's collections: a NullPointerException without a message, as the
 * JDK's {@code Objects.requireNonNull(x)} throws (TeaVM 0.16.0's gives its exception an empty
 * message, which a program printing {@code getMessage()} sees).
 */
final class Nulls {
    private Nulls() {
    }

    static <T> T nonNull(T x) {
        if (x == null) {
            throw new NullPointerException();
        }
        return x;
    }
}
