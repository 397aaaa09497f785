package dev.mayfly.jdk.java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The deque behind Mayfly's LinkedBlockingDeque and ConcurrentLinkedDeque: an ArrayDeque with an
 * optional capacity, every operation under the deque's monitor (which the blocking subclass also
 * waits on; each change notifies it). Iterators walk a snapshot, so they never throw
 * ConcurrentModificationException, and their {@code remove} removes that element from the deque.
 */
abstract class MonitorDeque<E> extends AbstractQueue<E> implements Deque<E>, java.io.Serializable {
    final ArrayDeque<E> items = new ArrayDeque<>();
    final int capacity;

    MonitorDeque(int capacity) {
        this.capacity = capacity;
    }

    // ------------------------------------------------------------------ insertion

    public synchronized boolean offerFirst(E e) {
        Nulls.nonNull(e);
        if (items.size() >= capacity) {
            return false;
        }
        items.addFirst(e);
        notifyAll();
        return true;
    }

    public synchronized boolean offerLast(E e) {
        Nulls.nonNull(e);
        if (items.size() >= capacity) {
            return false;
        }
        items.addLast(e);
        notifyAll();
        return true;
    }

    public void addFirst(E e) {
        if (!offerFirst(e)) {
            throw new IllegalStateException("Deque full");
        }
    }

    public void addLast(E e) {
        if (!offerLast(e)) {
            throw new IllegalStateException("Deque full");
        }
    }

    @Override
    public boolean add(E e) {
        addLast(e);
        return true;
    }

    @Override
    public boolean offer(E e) {
        return offerLast(e);
    }

    public void push(E e) {
        addFirst(e);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        if (c == this) {
            throw new IllegalArgumentException();
        }
        boolean changed = false;
        for (E e : c.toArray((E[]) new Object[0])) {
            addLast(e);
            changed = true;
        }
        return changed;
    }

    // ------------------------------------------------------------------ removal and inspection

    public synchronized E pollFirst() {
        E e = items.pollFirst();
        if (e != null) {
            notifyAll();
        }
        return e;
    }

    public synchronized E pollLast() {
        E e = items.pollLast();
        if (e != null) {
            notifyAll();
        }
        return e;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E poll() {
        return pollFirst();
    }

    @Override
    public E remove() {
        return removeFirst();
    }

    public E pop() {
        return removeFirst();
    }

    public synchronized E peekFirst() {
        return items.peekFirst();
    }

    public synchronized E peekLast() {
        return items.peekLast();
    }

    @Override
    public E peek() {
        return peekFirst();
    }

    public E getFirst() {
        E e = peekFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E getLast() {
        E e = peekLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E element() {
        return getFirst();
    }

    public synchronized boolean removeFirstOccurrence(Object o) {
        if (o != null && items.removeFirstOccurrence(o)) {
            notifyAll();
            return true;
        }
        return false;
    }

    public synchronized boolean removeLastOccurrence(Object o) {
        if (o != null && items.removeLastOccurrence(o)) {
            notifyAll();
            return true;
        }
        return false;
    }

    @Override
    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    /** Removes the element an iterator returned: that object, not merely an equal one. */
    synchronized void removeIdentical(Object o) {
        Iterator<E> it = items.iterator();
        while (it.hasNext()) {
            if (it.next() == o) {
                it.remove();
                notifyAll();
                return;
            }
        }
    }

    @Override
    public synchronized boolean contains(Object o) {
        return o != null && items.contains(o);
    }

    @Override
    public synchronized int size() {
        return items.size();
    }

    @Override
    public synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    @Override
    public synchronized void clear() {
        items.clear();
        notifyAll();
    }

    @Override
    public synchronized Object[] toArray() {
        return items.toArray();
    }

    @Override
    public synchronized <T> T[] toArray(T[] a) {
        return items.toArray(a);
    }

    @Override
    public synchronized String toString() {
        return items.toString();
    }

    @Override
    public synchronized boolean removeIf(Predicate<? super E> filter) {
        Nulls.nonNull(filter);
        boolean removed = items.removeIf(filter);
        if (removed) {
            notifyAll();
        }
        return removed;
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        Nulls.nonNull(c);
        return removeIf(c::contains);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        Nulls.nonNull(c);
        return removeIf(e -> !c.contains(e));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Nulls.nonNull(action);
        for (Object o : toArray()) {
            action.accept((E) o);
        }
    }

    // ------------------------------------------------------------------ iteration

    @Override
    public Iterator<E> iterator() {
        return new SnapshotIterator(toArray(), false);
    }

    public Iterator<E> descendingIterator() {
        return new SnapshotIterator(toArray(), true);
    }

    @Override
    public Spliterator<E> spliterator() {
        return Spliterators.spliterator(toArray(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.CONCURRENT);
    }

    /** Walks a copy of the elements, forward or backward. */
    private final class SnapshotIterator implements Iterator<E> {
        private final Object[] snapshot;
        private final boolean descending;
        private int next;
        private Object last;

        SnapshotIterator(Object[] snapshot, boolean descending) {
            this.snapshot = snapshot;
            this.descending = descending;
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
            int i = descending ? snapshot.length - 1 - next : next;
            next++;
            last = snapshot[i];
            return (E) last;
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            removeIdentical(last);
            last = null;
        }
    }
}
