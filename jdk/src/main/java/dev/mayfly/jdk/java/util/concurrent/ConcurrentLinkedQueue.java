package dev.mayfly.jdk.java.util.concurrent;

import java.io.Serializable;
import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Queue;

/**
 * java.util.concurrent.ConcurrentLinkedQueue on Mayfly (compiled under the JDK name): an unbounded
 * FIFO queue of non-null elements with weakly consistent iterators (an iterator returns the element
 * it had reached even if it is removed meanwhile, as the JDK's does). A singly linked list: a removed
 * node loses its element and is unlinked, but keeps its link onward, so an iterator standing on it
 * carries on with the live nodes. Mayfly's threads are cooperative and never switch inside these
 * methods, so no compare-and-set is needed.
 */
public class ConcurrentLinkedQueue<E> extends AbstractQueue<E> implements Queue<E>, Serializable {
    private static final class Node<E> {
        E item;
        Node<E> next;

        Node(E item) {
            this.item = item;
        }
    }

    /** A sentinel before the first element. */
    private final Node<E> head = new Node<>(null);
    private Node<E> tail = head;

    public ConcurrentLinkedQueue() {
    }

    public ConcurrentLinkedQueue(Collection<? extends E> c) {
        for (E e : c) {
            offer(e);
        }
    }

    @Override
    public boolean offer(E e) {
        Objects.requireNonNull(e);
        Node<E> node = new Node<>(e);
        tail.next = node;
        tail = node;
        return true;
    }

    @Override
    public boolean add(E e) {
        return offer(e);
    }

    @Override
    public E poll() {
        Node<E> first = head.next;
        if (first == null) {
            return null;
        }
        unlink(head, first);
        E item = first.item;
        first.item = null;
        return item;
    }

    @Override
    public E peek() {
        Node<E> first = head.next;
        return first == null ? null : first.item;
    }

    @Override
    public boolean isEmpty() {
        return head.next == null;
    }

    @Override
    public int size() {
        int n = 0;
        for (Node<E> p = head.next; p != null && n < Integer.MAX_VALUE; p = p.next) {
            n++;
        }
        return n;
    }

    @Override
    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        for (Node<E> p = head.next; p != null; p = p.next) {
            if (o.equals(p.item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        for (Node<E> prev = head, p = head.next; p != null; prev = p, p = p.next) {
            if (o.equals(p.item)) {
                unlink(prev, p);
                p.item = null;
                return true;
            }
        }
        return false;
    }

    @Override
    public void clear() {
        while (poll() != null) {
            // each poll unlinks one node
        }
    }

    /** Takes {@code p}, which follows {@code prev}, off the list; p keeps its onward link for iterators. */
    private void unlink(Node<E> prev, Node<E> p) {
        prev.next = p.next;
        if (tail == p) {
            tail = prev;
        }
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<>() {
            private Node<E> next = firstLive(head.next);
            // read when the iterator reaches the node, as the JDK's does: removed later, still returned
            private E nextItem = next == null ? null : next.item;
            private Node<E> last;

            private Node<E> firstLive(Node<E> p) {
                while (p != null && p.item == null) {
                    p = p.next;
                }
                return p;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public E next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                last = next;
                E item = nextItem;
                next = firstLive(next.next);
                nextItem = next == null ? null : next.item;
                return item;
            }

            @Override
            public void remove() {
                if (last == null) {
                    throw new IllegalStateException();
                }
                Node<E> target = last;
                last = null;
                for (Node<E> prev = head, p = head.next; p != null; prev = p, p = p.next) {
                    if (p == target) {
                        unlink(prev, p);
                        p.item = null;
                        return;
                    }
                }
            }
        };
    }
}
