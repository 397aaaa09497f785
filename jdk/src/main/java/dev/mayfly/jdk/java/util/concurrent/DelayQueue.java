package dev.mayfly.jdk.java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.DelayQueue on Mayfly: an unbounded queue of Delayed elements in a binary
 * heap ordered by delay (iteration follows the JDK's heap order), from which an element can be
 * taken only once its delay has expired; {@code take} waits on the queue's monitor until then.
 */
public class DelayQueue<E extends Delayed> extends AbstractQueue<E> implements BlockingQueue<E> {
    private final BinaryHeap<E> heap = new BinaryHeap<>(11, null);

    public DelayQueue() {
    }

    public DelayQueue(Collection<? extends E> c) {
        addAll(c);
    }

    private static long millis(long nanos) {
        return Math.max(1, (nanos + 999_999) / 1_000_000);
    }

    private boolean headExpired() {
        E head = heap.size() == 0 ? null : heap.peek();
        return head != null && head.getDelay(TimeUnit.NANOSECONDS) <= 0;
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
        return headExpired() ? heap.poll() : null;
    }

    @Override
    public synchronized E take() throws InterruptedException {
        while (!headExpired()) {
            if (heap.size() == 0) {
                wait();
            } else {
                wait(millis(heap.peek().getDelay(TimeUnit.NANOSECONDS)));
            }
        }
        return heap.poll();
    }

    @Override
    public synchronized E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!headExpired()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            long wait = heap.size() == 0 ? left : Math.min(left, heap.peek().getDelay(TimeUnit.NANOSECONDS));
            wait(millis(wait));
        }
        return heap.poll();
    }

    /** The head, expired or not (null when empty). */
    @Override
    public synchronized E peek() {
        return heap.size() == 0 ? null : heap.peek();
    }

    /** Removes the head, which must have expired (JDK 21: NoSuchElementException otherwise). */
    @Override
    public E remove() {
        E e = poll();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
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
        while (n < maxElements && headExpired()) {
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
    public synchronized Object[] toArray() {
        return heap.toArray();
    }

    @Override
    public synchronized <T> T[] toArray(T[] a) {
        return SnapshotIterator.toArray(heap.toArray(), a);
    }

    /** A snapshot iterator over all elements, expired or not, in heap order. */
    @Override
    public Iterator<E> iterator() {
        return new SnapshotIterator<>(toArray(), this::removeIdentical);
    }
}
