package dev.mayfly.jdk.java.util.concurrent;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * java.util.concurrent.CopyOnWriteArraySet on Mayfly: a set kept as a CopyOnWriteArrayList
 * without duplicates, so that it iterates in insertion order over a snapshot (its iterators never
 * throw ConcurrentModificationException and do not support {@code remove}).
 */
public class CopyOnWriteArraySet<E> extends AbstractSet<E> implements java.io.Serializable {
    private final CopyOnWriteArrayList<E> al;

    public CopyOnWriteArraySet() {
        al = new CopyOnWriteArrayList<>();
    }

    public CopyOnWriteArraySet(Collection<? extends E> c) {
        al = new CopyOnWriteArrayList<>();
        addAll(c);
    }

    @Override
    public int size() {
        return al.size();
    }

    @Override
    public boolean isEmpty() {
        return al.isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        return al.contains(o);
    }

    @Override
    public Object[] toArray() {
        return al.toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return al.toArray(a);
    }

    @Override
    public void clear() {
        al.clear();
    }

    @Override
    public boolean remove(Object o) {
        return al.remove(o);
    }

    @Override
    public boolean add(E e) {
        return al.addIfAbsent(e);
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        if (c instanceof Set<?> s && s.size() > size()) {
            return false;
        }
        for (Object o : c) {
            if (!al.contains(o)) {
                return false;
            }
        }
        return true;
    }

    /** Adds each element not yet present, in the collection's order (a repeat within {@code c} is added once). */
    @Override
    public boolean addAll(Collection<? extends E> c) {
        boolean changed = false;
        for (E e : c) {
            if (al.addIfAbsent(e)) {
                changed = true;
            }
        }
        return changed;
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        Nulls.nonNull(c);
        return al.removeAll(c);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        Nulls.nonNull(c);
        return al.retainAll(c);
    }

    /** A snapshot iterator (its {@code remove} throws UnsupportedOperationException). */
    @Override
    public Iterator<E> iterator() {
        @SuppressWarnings("unchecked")
        E[] snapshot = (E[]) al.toArray();
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < snapshot.length;
            }

            @Override
            public E next() {
                if (next >= snapshot.length) {
                    throw new java.util.NoSuchElementException();
                }
                return snapshot[next++];
            }

            @Override
            public void remove() {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Set<?> set)) {
            return false;
        }
        Object[] mine = al.toArray();
        if (set.size() != mine.length) {
            return false;
        }
        for (Object e : set) {
            boolean found = false;
            for (Object m : mine) {
                if (Objects.equals(e, m)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Removes the matching elements one by one (TeaVM's CopyOnWriteArrayList.removeIf goes through an iterator that cannot remove). */
    @Override
    @SuppressWarnings("unchecked")
    public boolean removeIf(Predicate<? super E> filter) {
        Nulls.nonNull(filter);
        boolean removed = false;
        for (Object o : al.toArray()) {
            if (filter.test((E) o)) {
                al.remove(o);
                removed = true;
            }
        }
        return removed;
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        al.forEach(action);
    }

    @Override
    public Spliterator<E> spliterator() {
        return Spliterators.spliterator(al.toArray(), Spliterator.IMMUTABLE | Spliterator.DISTINCT);
    }
}
