package dev.mayfly.jdk.java.util.concurrent.atomic;

/**
 * java.util.concurrent.atomic.AtomicStampedReference on Mayfly: a reference and an int stamp
 * updated together. Mayfly's threads are cooperative and never switch inside these methods, so a
 * plain pair of fields is atomic; references are compared by identity, as in the JDK.
 */
public class AtomicStampedReference<V> {
    private V reference;
    private int stamp;

    public AtomicStampedReference(V initialRef, int initialStamp) {
        this.reference = initialRef;
        this.stamp = initialStamp;
    }

    public V getReference() {
        return reference;
    }

    public int getStamp() {
        return stamp;
    }

    /** The reference, storing the stamp in {@code stampHolder[0]}. */
    public V get(int[] stampHolder) {
        stampHolder[0] = stamp;
        return reference;
    }

    public boolean weakCompareAndSet(V expectedReference, V newReference, int expectedStamp, int newStamp) {
        return compareAndSet(expectedReference, newReference, expectedStamp, newStamp);
    }

    public boolean compareAndSet(V expectedReference, V newReference, int expectedStamp, int newStamp) {
        if (reference != expectedReference || stamp != expectedStamp) {
            return false;
        }
        reference = newReference;
        stamp = newStamp;
        return true;
    }

    public void set(V newReference, int newStamp) {
        reference = newReference;
        stamp = newStamp;
    }

    /** Sets the stamp if the reference is {@code expectedReference}. */
    public boolean attemptStamp(V expectedReference, int newStamp) {
        if (reference != expectedReference) {
            return false;
        }
        stamp = newStamp;
        return true;
    }
}
