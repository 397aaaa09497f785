package dev.mayfly.jdk.java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.PriorityQueue;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * java.util.concurrent.PriorityBlockingQueue on Mayfly: an unbounded priority queue (a
 * {@link BinaryHeap}, so iteration and {@code toString} follow the JDK's heap order) whose
 * {@code take} waits on the queue's monitor while it is empty. Iterators walk a snapshot.
 */
public class PriorityBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final int DEFAULT_INITIAL_CAPACITY = 11;

    private final BinaryHeap<E> heap;

    public PriorityBlockingQueue() {
        this(DEFAULT_INITIAL_CAPACITY, null);
    }

    public PriorityBlockingQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public PriorityBlockingQueue(int initialCapacity, Comparator<? super E> comparator) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException();
        }
        heap = new BinaryHeap<>(initialCapacity, comparator);
    }

    @SuppressWarnings("unchecked")
    public PriorityBlockingQueue(Collection<? extends E> c) {
        Comparator<? super E> cmp = null;
        if (c instanceof SortedSet<?> ss) {
            cmp = (Comparator<? super E>) ss.comparator();
        } else if (c instanceof PriorityBlockingQueue<?> pq) {
            cmp = (Comparator<? super E>) pq.comparator();
        } else if (c instanceof PriorityQueue<?> pq) {
            cmp = (Comparator<? super E>) pq.comparator();
        }
        heap = new BinaryHeap<>(Math.max(1, c.size()), cmp);
        heap.addAllAndHeapify(c.toArray());
    }

    @Override
    public boolean add(E e) {
        return offer(e);
    }

    @Override
    public synchronized boolean offer(E e) {
        heap.add(e);
        notifyAll();
        return true;
    }

    @Override
    public void put(E e) {
        offer(e);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) {
        return offer(e);
    }

    @Override
    public synchronized E poll() {
        return heap.poll();
    }

    @Override
    public synchronized E take() throws InterruptedException {
        while (heap.size() == 0) {
            wait();
        }
        return heap.poll();
    }

    @Override
    public synchronized E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (heap.size() == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(Math.max(1, (left + 999_999) / 1_000_000));
        }
        return heap.poll();
    }

    @Override
    public synchronized E peek() {
        return heap.size() == 0 ? null : heap.peek();
    }

    public Comparator<? super E> comparator() {
        return heap.comparator();
    }

    @Override
    public synchronized int size() {
        return heap.size();
    }

    @Override
    public int remainingCapacity() {
        return Integer.MAX_VALUE;
    }

    @Override
    public synchronized boolean remove(Object o) {
        int i = heap.indexOf(o);
        if (i < 0) {
            return false;
        }
        heap.removeAt(i);
        return true;
    }

    private synchronized void removeIdentical(Object o) {
        int i = heap.indexOfIdentity(o);
        if (i >= 0) {
            heap.removeAt(i);
        }
    }

    @Override
    public synchronized boolean contains(Object o) {
        return heap.indexOf(o) >= 0;
    }

    @Override
    public synchronized String toString() {
        return super.toString();
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public synchronized int drainTo(Collection<? super E> c, int maxElements) {
        Nulls.nonNull(c);
        if (c == this) {
            throw new IllegalArgumentException();
        }
        int n = 0;
        while (n < maxElements && heap.size() > 0) {
            c.add(heap.poll());
            n++;
        }
        return n;
    }

    @Override
    public synchronized void clear() {
        heap.clear();
    }

    @Override
    public synchronized Object[] toArray() {
        return heap.toArray();
    }

    @Override
    public synchronized <T> T[] toArray(T[] a) {
        return SnapshotIterator.toArray(heap.toArray(), a);
    }

    /** A snapshot iterator in heap order; its {@code remove} removes that very element from the queue. */
    @Override
    public Iterator<E> iterator() {
        return new SnapshotIterator<>(toArray(), this::removeIdentical);
    }

    @Override
    public synchronized boolean removeIf(Predicate<? super E> filter) {
        Nulls.nonNull(filter);
        return heap.removeIf(filter);
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

    @Override
    public Spliterator<E> spliterator() {
        return Spliterators.spliterator(toArray(), Spliterator.NONNULL);
    }
}
