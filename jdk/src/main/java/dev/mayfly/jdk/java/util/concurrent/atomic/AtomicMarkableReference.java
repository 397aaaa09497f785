package dev.mayfly.jdk.java.util.concurrent.atomic;

/**
 * java.util.concurrent.atomic.AtomicMarkableReference on Mayfly: a reference and a boolean mark
 * updated together (a plain pair of fields: Mayfly's cooperative threads never switch inside
 * these methods); references are compared by identity, as in the JDK.
 */
public class AtomicMarkableReference<V> {
    private V reference;
    private boolean mark;

    public AtomicMarkableReference(V initialRef, boolean initialMark) {
        this.reference = initialRef;
        this.mark = initialMark;
    }

    public V getReference() {
        return reference;
    }

    public boolean isMarked() {
        return mark;
    }

    /** The reference, storing the mark in {@code markHolder[0]}. */
    public V get(boolean[] markHolder) {
        markHolder[0] = mark;
        return reference;
    }

    public boolean weakCompareAndSet(V expectedReference, V newReference, boolean expectedMark, boolean newMark) {
        return compareAndSet(expectedReference, newReference, expectedMark, newMark);
    }

    public boolean compareAndSet(V expectedReference, V newReference, boolean expectedMark, boolean newMark) {
        if (reference != expectedReference || mark != expectedMark) {
            return false;
        }
        reference = newReference;
        mark = newMark;
        return true;
    }

    public void set(V newReference, boolean newMark) {
        reference = newReference;
        mark = newMark;
    }

    /** Sets the mark if the reference is {@code expectedReference}. */
    public boolean attemptMark(V expectedReference, boolean newMark) {
        if (reference != expectedReference) {
            return false;
        }
        mark = newMark;
        return true;
    }
}
