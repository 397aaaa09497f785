package dev.mayfly.jdk.java.util.concurrent;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.LinkedBlockingDeque on Mayfly: an optionally bounded deque whose
 * {@code put}s wait on its monitor while it is full and {@code take}s while it is empty.
 */
public class LinkedBlockingDeque<E> extends MonitorDeque<E> implements BlockingDeque<E> {
    public LinkedBlockingDeque() {
        this(Integer.MAX_VALUE);
    }

    public LinkedBlockingDeque(int capacity) {
        super(checkCapacity(capacity));
    }

    public LinkedBlockingDeque(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        for (E e : c) {
            addLast(Nulls.nonNull(e));
        }
    }

    private static int checkCapacity(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        return capacity;
    }

    private static long millis(long nanos) {
        return Math.max(1, (nanos + 999_999) / 1_000_000);
    }

    @Override
    public synchronized void putFirst(E e) throws InterruptedException {
        Nulls.nonNull(e);
        while (items.size() >= capacity) {
            wait();
        }
        items.addFirst(e);
        notifyAll();
    }

    @Override
    public synchronized void putLast(E e) throws InterruptedException {
        Nulls.nonNull(e);
        while (items.size() >= capacity) {
            wait();
        }
        items.addLast(e);
        notifyAll();
    }

    @Override
    public void put(E e) throws InterruptedException {
        putLast(e);
    }

    @Override
    public synchronized boolean offerFirst(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Nulls.nonNull(e);
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (items.size() >= capacity) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(millis(left));
        }
        items.addFirst(e);
        notifyAll();
        return true;
    }

    @Override
    public synchronized boolean offerLast(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Nulls.nonNull(e);
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (items.size() >= capacity) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(millis(left));
        }
        items.addLast(e);
        notifyAll();
        return true;
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return offerLast(e, timeout, unit);
    }

    @Override
    public synchronized E takeFirst() throws InterruptedException {
        while (items.isEmpty()) {
            wait();
        }
        E e = items.pollFirst();
        notifyAll();
        return e;
    }

    @Override
    public synchronized E takeLast() throws InterruptedException {
        while (items.isEmpty()) {
            wait();
        }
        E e = items.pollLast();
        notifyAll();
        return e;
    }

    @Override
    public E take() throws InterruptedException {
        return takeFirst();
    }

    @Override
    public synchronized E pollFirst(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (items.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(millis(left));
        }
        E e = items.pollFirst();
        notifyAll();
        return e;
    }

    @Override
    public synchronized E pollLast(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (items.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(millis(left));
        }
        E e = items.pollLast();
        notifyAll();
        return e;
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return pollFirst(timeout, unit);
    }

    @Override
    public synchronized int remainingCapacity() {
        return capacity - items.size();
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
        while (n < maxElements && !items.isEmpty()) {
            c.add(items.pollFirst());
            n++;
        }
        if (n > 0) {
            notifyAll();
        }
        return n;
    }
}
