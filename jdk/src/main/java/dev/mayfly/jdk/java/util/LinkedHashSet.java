package dev.mayfly.jdk.java.util;

import java.io.Serializable;
import java.util.Collection;
import java.util.Iterator;
import java.util.AbstractSet;
import java.util.SequencedSet;
import java.util.Set;

/**
 * java.util.LinkedHashSet on Mayfly (compiled as {@code java.util.LinkedHashSet}): a
 * {@link HashSet} over a {@link LinkedHashMap}, iterating in insertion order. Substituted with
 * HashSet because it is built on HashSet's internals.
 */
public class LinkedHashSet<E> extends HashSet<E> implements SequencedSet<E>, Set<E>, Cloneable, Serializable {
    public LinkedHashSet(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor, true);
    }

    public LinkedHashSet(int initialCapacity) {
        super(initialCapacity, .75f, true);
    }

    public LinkedHashSet() {
        super(16, .75f, true);
    }

    public LinkedHashSet(Collection<? extends E> c) {
        super(HashMap.calculateHashMapCapacity(Math.max(c.size(), 12)), .75f, true);
        addAll(c);
    }

    /** A set sized for {@code numElements} elements without a resize (Java 19). */
    public static <T> LinkedHashSet<T> newLinkedHashSet(int numElements) {
        if (numElements < 0) {
            throw new IllegalArgumentException("Negative number of elements: " + numElements);
        }
        return new LinkedHashSet<>(HashMap.calculateHashMapCapacity(numElements));
    }

    @SuppressWarnings("unchecked")
    private LinkedHashMap<E, Object> linked() {
        return (LinkedHashMap<E, Object>) backingMap();
    }

    @Override
    public void addFirst(E e) {
        linked().putFirst(e, PRESENT);
    }

    @Override
    public void addLast(E e) {
        linked().putLast(e, PRESENT);
    }

    @Override
    public E getFirst() {
        return LinkedHashMap.checkNotNull(linked().firstEntry()).getKey();
    }

    @Override
    public E getLast() {
        return LinkedHashMap.checkNotNull(linked().lastEntry()).getKey();
    }

    @Override
    public E removeFirst() {
        return LinkedHashMap.checkNotNull(linked().pollFirstEntry()).getKey();
    }

    @Override
    public E removeLast() {
        return LinkedHashMap.checkNotNull(linked().pollLastEntry()).getKey();
    }

    @Override
    public SequencedSet<E> reversed() {
        return new ReversedView();
    }

    /** This set in reverse order, a view: changes go through to the set. */
    private final class ReversedView extends AbstractSet<E> implements SequencedSet<E> {
        @Override
        public Iterator<E> iterator() {
            return linked().reversed().keySet().iterator();
        }

        @Override
        public int size() {
            return LinkedHashSet.this.size();
        }

        @Override
        public boolean contains(Object o) {
            return LinkedHashSet.this.contains(o);
        }

        @Override
        public boolean add(E e) {
            return LinkedHashSet.this.add(e);
        }

        @Override
        public boolean remove(Object o) {
            return LinkedHashSet.this.remove(o);
        }

        @Override
        public void clear() {
            LinkedHashSet.this.clear();
        }

        @Override
        public void addFirst(E e) {
            LinkedHashSet.this.addLast(e);
        }

        @Override
        public void addLast(E e) {
            LinkedHashSet.this.addFirst(e);
        }

        @Override
        public E getFirst() {
            return LinkedHashSet.this.getLast();
        }

        @Override
        public E getLast() {
            return LinkedHashSet.this.getFirst();
        }

        @Override
        public E removeFirst() {
            return LinkedHashSet.this.removeLast();
        }

        @Override
        public E removeLast() {
            return LinkedHashSet.this.removeFirst();
        }

        @Override
        public SequencedSet<E> reversed() {
            return LinkedHashSet.this;
        }
    }
}
