package dev.mayfly.jdk.java.util.concurrent;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * An iterator over a snapshot of a queue's elements, taken when it was made: later changes to the
 * queue do not show, and {@code remove()} asks the queue to remove the element last returned (that
 * very object, wherever it is now). The weakly consistent iterators of the blocking queues here.
 */
final class SnapshotIterator<E> implements Iterator<E> {
    private final Object[] snapshot;
    private final Consumer<Object> remover;
    private int next;
    private int last = -1;

    /** {@code remover} removes one element from the queue the snapshot was taken of. */
    SnapshotIterator(Object[] snapshot, Consumer<Object> remover) {
        this.snapshot = snapshot;
        this.remover = remover;
    }

    /**
     * {@code items} copied into {@code a} as {@link java.util.Collection#toArray(Object[])} specifies:
     * into {@code a} itself when it is long enough (with a null after the last element if it is
     * longer), else into a new array of {@code a}'s component type.
     */
    static <T> T[] toArray(Object[] items, T[] a) {
        if (a.length < items.length) {
            a = java.util.Arrays.copyOf(a, items.length);
        }
        System.arraycopy(items, 0, a, 0, items.length);
        if (a.length > items.length) {
            a[items.length] = null;
        }
        return a;
    }

    @Override
    public boolean hasNext() {
        return next < snapshot.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E next() {
        if (next >= snapshot.length) {
            throw new NoSuchElementException();
        }
        last = next++;
        return (E) snapshot[last];
    }

    @Override
    public void remove() {
        if (last < 0) {
            throw new IllegalStateException();
        }
        remover.accept(snapshot[last]);
        last = -1;
    }
}
