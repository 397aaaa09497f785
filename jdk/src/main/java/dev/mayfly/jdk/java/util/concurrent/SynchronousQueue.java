package dev.mayfly.jdk.java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.SynchronousQueue on Mayfly: a queue without capacity, where each insert
 * waits for a remove and each remove for an insert. A producer's element waits, as a pending
 * transfer, on the queue's monitor until a consumer takes it; {@code offer} succeeds only when a
 * consumer is already waiting for an element nobody else has claimed.
 */
public class SynchronousQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    /** An element on its way from a producer to a consumer. */
    private static final class Transfer {
        final Object item;
        boolean taken;

        Transfer(Object item) {
            this.item = item;
        }
    }

    private final ArrayDeque<Transfer> pending = new ArrayDeque<>();
    private int waitingConsumers;

    public SynchronousQueue() {
    }

    public SynchronousQueue(boolean fair) {
    }

    @Override
    public void put(E e) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        if (!transfer(e, Long.MAX_VALUE)) {
            throw new IllegalStateException();
        }
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        return transfer(e, unit.toNanos(timeout));
    }

    @Override
    public synchronized boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        if (waitingConsumers <= pending.size()) {
            return false;
        }
        pending.addLast(new Transfer(e));
        notifyAll();
        return true;
    }

    private synchronized boolean transfer(Object e, long nanos) throws InterruptedException {
        Transfer t = new Transfer(e);
        pending.addLast(t);
        notifyAll();
        long deadline = System.nanoTime() + nanos;
        try {
            while (!t.taken) {
                if (nanos == Long.MAX_VALUE) {
                    wait();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    wait(Math.max(1, (left + 999_999) / 1_000_000));
                }
            }
            return true;
        } finally {
            if (!t.taken) {
                pending.remove(t);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private E takeLocked() {
        Transfer t = pending.pollFirst();
        t.taken = true;
        notifyAll();
        return (E) t.item;
    }

    @Override
    public synchronized E take() throws InterruptedException {
        waitingConsumers++;
        try {
            while (pending.isEmpty()) {
                wait();
            }
            return takeLocked();
        } finally {
            waitingConsumers--;
        }
    }

    @Override
    public synchronized E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        waitingConsumers++;
        try {
            while (pending.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                wait(Math.max(1, (left + 999_999) / 1_000_000));
            }
            return takeLocked();
        } finally {
            waitingConsumers--;
        }
    }

    @Override
    public synchronized E poll() {
        return pending.isEmpty() ? null : takeLocked();
    }

    @Override
    public boolean isEmpty() {
        return true;
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public int remainingCapacity() {
        return 0;
    }

    @Override
    public void clear() {
    }

    @Override
    public boolean contains(Object o) {
        return false;
    }

    @Override
    public boolean remove(Object o) {
        return false;
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        return c.isEmpty();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return false;
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return false;
    }

    @Override
    public E peek() {
        return null;
    }

    @Override
    public Iterator<E> iterator() {
        return Collections.emptyIterator();
    }

    @Override
    public Spliterator<E> spliterator() {
        return Spliterators.emptySpliterator();
    }

    @Override
    public Object[] toArray() {
        return new Object[0];
    }

    @Override
    public <T> T[] toArray(T[] a) {
        if (a.length > 0) {
            a[0] = null;
        }
        return a;
    }

    @Override
    public String toString() {
        return "[]";
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        if (c == null) {
            throw new NullPointerException();
        }
        if (c == this) {
            throw new IllegalArgumentException();
        }
        int n = 0;
        E e;
        while (n < maxElements && (e = poll()) != null) {
            c.add(e);
            n++;
        }
        return n;
    }
}
