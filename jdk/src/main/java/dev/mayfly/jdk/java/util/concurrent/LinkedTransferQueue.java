package dev.mayfly.jdk.java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;

/**
 * java.util.concurrent.LinkedTransferQueue on Mayfly: an unbounded FIFO queue where a producer
 * may also wait until a consumer has received its element ({@code transfer}). Each element sits in
 * a node on the queue's monitor; {@code transfer} waits until its node is taken, and
 * {@code tryTransfer} succeeds only when a consumer is already waiting.
 */
public class LinkedTransferQueue<E> extends AbstractQueue<E> implements TransferQueue<E>, java.io.Serializable {
    /** An element and whether a consumer has taken it. */
    private static final class Node {
        final Object item;
        boolean taken;

        Node(Object item) {
            this.item = item;
        }
    }

    private final ArrayDeque<Node> nodes = new ArrayDeque<>();
    private int waitingConsumers;

    public LinkedTransferQueue() {
    }

    public LinkedTransferQueue(Collection<? extends E> c) {
        addAll(c);
    }

    private static long millis(long nanos) {
        return Math.max(1, (nanos + 999_999) / 1_000_000);
    }

    @Override
    public synchronized boolean offer(E e) {
        Nulls.nonNull(e);
        nodes.addLast(new Node(e));
        notifyAll();
        return true;
    }

    @Override
    public boolean add(E e) {
        return offer(e);
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
    public synchronized boolean tryTransfer(E e) {
        Nulls.nonNull(e);
        if (waitingConsumers <= nodes.size()) {
            return false;
        }
        nodes.addLast(new Node(e));
        notifyAll();
        return true;
    }

    @Override
    public void transfer(E e) throws InterruptedException {
        transfer(e, false, 0L);
    }

    @Override
    public boolean tryTransfer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return transfer(e, true, unit.toNanos(timeout));
    }

    private synchronized boolean transfer(E e, boolean timed, long nanos) throws InterruptedException {
        Nulls.nonNull(e);
        Node n = new Node(e);
        nodes.addLast(n);
        notifyAll();
        long deadline = System.nanoTime() + nanos;
        try {
            while (!n.taken) {
                if (!timed) {
                    wait();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    wait(millis(left));
                }
            }
            return true;
        } finally {
            if (!n.taken) {
                nodes.remove(n);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private E takeLocked() {
        Node n = nodes.pollFirst();
        n.taken = true;
        notifyAll();
        return (E) n.item;
    }

    @Override
    public synchronized E take() throws InterruptedException {
        waitingConsumers++;
        try {
            while (nodes.isEmpty()) {
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
            while (nodes.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                wait(millis(left));
            }
            return takeLocked();
        } finally {
            waitingConsumers--;
        }
    }

    @Override
    public synchronized E poll() {
        return nodes.isEmpty() ? null : takeLocked();
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized E peek() {
        return nodes.isEmpty() ? null : (E) nodes.peekFirst().item;
    }

    @Override
    public synchronized int size() {
        return nodes.size();
    }

    @Override
    public synchronized boolean isEmpty() {
        return nodes.isEmpty();
    }

    @Override
    public int remainingCapacity() {
        return Integer.MAX_VALUE;
    }

    @Override
    public synchronized boolean hasWaitingConsumer() {
        return waitingConsumers > nodes.size();
    }

    @Override
    public synchronized int getWaitingConsumerCount() {
        return Math.max(0, waitingConsumers - nodes.size());
    }

    @Override
    public synchronized boolean contains(Object o) {
        if (o != null) {
            for (Node n : nodes) {
                if (o.equals(n.item)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public synchronized boolean remove(Object o) {
        if (o != null) {
            for (Iterator<Node> it = nodes.iterator(); it.hasNext(); ) {
                if (o.equals(it.next().item)) {
                    it.remove();
                    return true;
                }
            }
        }
        return false;
    }

    private synchronized void removeIdentical(Object o) {
        for (Iterator<Node> it = nodes.iterator(); it.hasNext(); ) {
            if (it.next().item == o) {
                it.remove();
                return;
            }
        }
    }

    @Override
    public synchronized void clear() {
        nodes.clear();
    }

    @Override
    public synchronized Object[] toArray() {
        Object[] a = new Object[nodes.size()];
        int i = 0;
        for (Node n : nodes) {
            a[i++] = n.item;
        }
        return a;
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
        while (n < maxElements && !nodes.isEmpty()) {
            c.add(takeLocked());
            n++;
        }
        return n;
    }

    /** A snapshot iterator in FIFO order; its {@code remove} removes that element from the queue. */
    @Override
    public Iterator<E> iterator() {
        return new SnapshotIterator<>(toArray(), this::removeIdentical);
    }
}
