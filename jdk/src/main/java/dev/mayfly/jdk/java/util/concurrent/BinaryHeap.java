package dev.mayfly.jdk.java.util.concurrent;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A binary min-heap in an array, laid out as the JDK's priority queues lay theirs out (a parent at
 * {@code i}, children at {@code 2i+1} and {@code 2i+2}, elements sifted up on insertion and the
 * last one sifted down into a removed slot), so that iteration and {@code toString}, which walk
 * the array, list the elements in the JDK's order. Not synchronized: its owner holds the lock.
 */
final class BinaryHeap<E> {
    private final Comparator<? super E> comparator;
    private Object[] items;
    private int size;

    BinaryHeap(int initialCapacity, Comparator<? super E> comparator) {
        this.items = new Object[Math.max(1, initialCapacity)];
        this.comparator = comparator;
    }

    Comparator<? super E> comparator() {
        return comparator;
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    E get(int i) {
        return (E) items[i];
    }

    @SuppressWarnings("unchecked")
    private int compare(Object a, Object b) {
        return comparator != null ? comparator.compare((E) a, (E) b) : ((Comparable<Object>) a).compareTo(b);
    }

    void add(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        if (size == items.length) {
            items = Arrays.copyOf(items, size < 64 ? size * 2 + 2 : size + (size >> 1));
        }
        if (size == 0) {
            compare(e, e); // a lone element must still be comparable (ClassCastException otherwise)
        }
        siftUp(size++, e);
    }

    /** Adds all, then restores the heap order bottom-up. */
    void addAllAndHeapify(Object[] elements) {
        for (Object e : elements) {
            if (e == null) {
                throw new NullPointerException();
            }
        }
        if (size + elements.length > items.length) {
            items = Arrays.copyOf(items, size + elements.length);
        }
        System.arraycopy(elements, 0, items, size, elements.length);
        size += elements.length;
        if (size == 1) {
            compare(items[0], items[0]);
        }
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, items[i]);
        }
    }

    @SuppressWarnings("unchecked")
    E peek() {
        return (E) items[0];
    }

    E poll() {
        if (size == 0) {
            return null;
        }
        E head = get(0);
        removeAt(0);
        return head;
    }

    int indexOf(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (o.equals(items[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    int indexOfIdentity(Object o) {
        for (int i = 0; i < size; i++) {
            if (o == items[i]) {
                return i;
            }
        }
        return -1;
    }

    void removeAt(int i) {
        int last = --size;
        if (last == i) {
            items[i] = null;
        } else {
            Object moved = items[last];
            items[last] = null;
            siftDown(i, moved);
            if (items[i] == moved) {
                siftUp(i, moved);
            }
        }
    }

    /**
     * Removes the elements the filter accepts: the survivors keep their array order and the heap
     * is then rebuilt bottom-up (the JDK's bulk removal does the same).
     */
    @SuppressWarnings("unchecked")
    boolean removeIf(java.util.function.Predicate<? super E> filter) {
        boolean[] dead = new boolean[size];
        boolean any = false;
        for (int i = 0; i < size; i++) {
            if (filter.test((E) items[i])) {
                dead[i] = true;
                any = true;
            }
        }
        if (!any) {
            return false;
        }
        int w = 0;
        for (int i = 0; i < size; i++) {
            if (!dead[i]) {
                items[w++] = items[i];
            }
        }
        Arrays.fill(items, w, size, null);
        size = w;
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, items[i]);
        }
        return true;
    }

    void clear() {
        Arrays.fill(items, 0, size, null);
        size = 0;
    }

    Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    private void siftUp(int k, Object x) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object e = items[parent];
            if (compare(x, e) >= 0) {
                break;
            }
            items[k] = e;
            k = parent;
        }
        items[k] = x;
    }

    private void siftDown(int k, Object x) {
        int half = size >>> 1;
        while (k < half) {
            int child = 2 * k + 1;
            Object c = items[child];
            int right = child + 1;
            if (right < size && compare(c, items[right]) > 0) {
                child = right;
                c = items[child];
            }
            if (compare(x, c) <= 0) {
                break;
            }
            items[k] = c;
            k = child;
        }
        items[k] = x;
    }
}
