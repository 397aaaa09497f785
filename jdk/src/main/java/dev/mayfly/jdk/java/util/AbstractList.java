package dev.mayfly.jdk.java.util;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * java.util.AbstractList on Mayfly (compiled as {@code java.util.AbstractList}): a list over
 * {@code get}/{@code set}/{@code add}/{@code remove} by index, with the iterators, sub-lists and
 * fail-fast checks its Javadoc specifies. Replaces the compiler's, whose list iterator forgot the
 * elements it added itself (so it stopped before the end and {@code previous()} never reached the
 * last one).
 */
public abstract class AbstractList<E> extends AbstractCollection<E> implements List<E> {
    /** The number of structural modifications, for the iterators' fail-fast check. */
    protected transient int modCount;

    protected AbstractList() {
    }

    @Override
    public boolean add(E e) {
        add(size(), e);
        return true;
    }

    @Override
    public abstract E get(int index);

    @Override
    public E set(int index, E element) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void add(int index, E element) {
        throw new UnsupportedOperationException();
    }

    @Override
    public E remove(int index) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int indexOf(Object o) {
        ListIterator<E> it = listIterator();
        while (it.hasNext()) {
            if (java.util.Objects.equals(o, it.next())) {
                return it.previousIndex();
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        ListIterator<E> it = listIterator(size());
        while (it.hasPrevious()) {
            if (java.util.Objects.equals(o, it.previous())) {
                return it.nextIndex();
            }
        }
        return -1;
    }

    @Override
    public void clear() {
        removeRange(0, size());
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        checkPosition(index, size());
        boolean changed = false;
        for (E e : c) {
            add(index++, e);
            changed = true;
        }
        return changed;
    }

    @Override
    public Iterator<E> iterator() {
        return new Cursor(0);
    }

    @Override
    public ListIterator<E> listIterator() {
        return listIterator(0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        checkPosition(index, size());
        return new Cursor(index);
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        checkSubListRange(fromIndex, toIndex, size());
        return this instanceof RandomAccess ? new RandomAccessSubList<>(this, fromIndex, toIndex) : new SubList<>(this, fromIndex, toIndex);
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof List<?> other)) {
            return false;
        }
        ListIterator<E> mine = listIterator();
        ListIterator<?> theirs = other.listIterator();
        while (mine.hasNext() && theirs.hasNext()) {
            if (!java.util.Objects.equals(mine.next(), theirs.next())) {
                return false;
            }
        }
        return !mine.hasNext() && !theirs.hasNext();
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (E e : this) {
            hash = 31 * hash + (e == null ? 0 : e.hashCode());
        }
        return hash;
    }

    /** Removes the elements from {@code fromIndex} (inclusive) to {@code toIndex} (exclusive), through a list iterator. */
    protected void removeRange(int fromIndex, int toIndex) {
        ListIterator<E> it = listIterator(fromIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            it.next();
            it.remove();
        }
    }

    /** An insertion position must lie in 0..size (the JDK's message: "Index: i, Size: n"). */
    static void checkPosition(int index, int size) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
    }

    /** An element index must lie in 0..size-1 (the JDK's message: "Index i out of bounds for length n"). */
    static void checkElement(int index, int size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        }
    }

    static void checkSubListRange(int fromIndex, int toIndex, int size) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex = " + fromIndex);
        }
        if (toIndex > size) {
            throw new IndexOutOfBoundsException("toIndex = " + toIndex);
        }
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        }
    }

    /**
     * The list iterator: a cursor between elements, the index of the element last returned (-1
     * after add/remove), and the modification count it expects.
     */
    private final class Cursor implements ListIterator<E> {
        private int cursor;
        private int lastReturned = -1;
        private int expectedModCount = modCount;

        Cursor(int index) {
            cursor = index;
        }

        @Override
        public boolean hasNext() {
            return cursor != size();
        }

        @Override
        public E next() {
            checkForComodification();
            int i = cursor;
            E element;
            try {
                element = get(i);
            } catch (IndexOutOfBoundsException e) {
                checkForComodification();
                throw new NoSuchElementException(e);
            }
            lastReturned = i;
            cursor = i + 1;
            return element;
        }

        @Override
        public boolean hasPrevious() {
            return cursor != 0;
        }

        @Override
        public E previous() {
            checkForComodification();
            int i = cursor - 1;
            E element;
            try {
                element = get(i);
            } catch (IndexOutOfBoundsException e) {
                checkForComodification();
                throw new NoSuchElementException(e);
            }
            lastReturned = i;
            cursor = i;
            return element;
        }

        @Override
        public int nextIndex() {
            return cursor;
        }

        @Override
        public int previousIndex() {
            return cursor - 1;
        }

        @Override
        public void remove() {
            if (lastReturned < 0) {
                throw new IllegalStateException();
            }
            checkForComodification();
            try {
                AbstractList.this.remove(lastReturned);
            } catch (IndexOutOfBoundsException e) {
                throw new ConcurrentModificationException();
            }
            if (lastReturned < cursor) {
                cursor--;
            }
            lastReturned = -1;
            expectedModCount = modCount;
        }

        @Override
        public void set(E e) {
            if (lastReturned < 0) {
                throw new IllegalStateException();
            }
            checkForComodification();
            try {
                AbstractList.this.set(lastReturned, e);
            } catch (IndexOutOfBoundsException ex) {
                throw new ConcurrentModificationException();
            }
            expectedModCount = modCount;
        }

        @Override
        public void add(E e) {
            checkForComodification();
            int i = cursor;
            try {
                AbstractList.this.add(i, e);
            } catch (IndexOutOfBoundsException ex) {
                throw new ConcurrentModificationException();
            }
            lastReturned = -1;
            cursor = i + 1;
            expectedModCount = modCount;
        }

        private void checkForComodification() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    /**
     * A view of a range of a list: reads and writes go to the root list at an offset; changes made
     * through the view update its size and modification count and those of the views it was
     * taken from; a change made around it makes it fail.
     */
    private static class SubList<E> extends AbstractList<E> {
        private final AbstractList<E> root;
        private final SubList<E> parent;
        private final int offset;
        private int size;

        SubList(AbstractList<E> root, int fromIndex, int toIndex) {
            this.root = root;
            this.parent = null;
            this.offset = fromIndex;
            this.size = toIndex - fromIndex;
            this.modCount = root.modCount;
        }

        SubList(SubList<E> parent, int fromIndex, int toIndex) {
            this.root = parent.root;
            this.parent = parent;
            this.offset = parent.offset + fromIndex;
            this.size = toIndex - fromIndex;
            this.modCount = root.modCount;
        }

        @Override
        public E set(int index, E element) {
            checkElement(index, size);
            checkForComodification();
            return root.set(offset + index, element);
        }

        @Override
        public E get(int index) {
            checkElement(index, size);
            checkForComodification();
            return root.get(offset + index);
        }

        @Override
        public int size() {
            checkForComodification();
            return size;
        }

        @Override
        public void add(int index, E element) {
            checkPosition(index, size);
            checkForComodification();
            root.add(offset + index, element);
            changed(1);
        }

        @Override
        public E remove(int index) {
            checkElement(index, size);
            checkForComodification();
            E removed = root.remove(offset + index);
            changed(-1);
            return removed;
        }

        @Override
        protected void removeRange(int fromIndex, int toIndex) {
            checkForComodification();
            root.removeRange(offset + fromIndex, offset + toIndex);
            changed(fromIndex - toIndex);
        }

        @Override
        public boolean addAll(Collection<? extends E> c) {
            return addAll(size, c);
        }

        @Override
        public boolean addAll(int index, Collection<? extends E> c) {
            checkPosition(index, size);
            int added = c.size();
            if (added == 0) {
                return false;
            }
            checkForComodification();
            root.addAll(offset + index, c);
            changed(added);
            return true;
        }

        @Override
        public Iterator<E> iterator() {
            return listIterator();
        }

        @Override
        public ListIterator<E> listIterator(int index) {
            checkForComodification();
            checkPosition(index, size);
            ListIterator<E> inner = root.listIterator(offset + index);
            return new ListIterator<E>() {
                @Override
                public boolean hasNext() {
                    return nextIndex() < size;
                }

                @Override
                public E next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return inner.next();
                }

                @Override
                public boolean hasPrevious() {
                    return previousIndex() >= 0;
                }

                @Override
                public E previous() {
                    if (!hasPrevious()) {
                        throw new NoSuchElementException();
                    }
                    return inner.previous();
                }

                @Override
                public int nextIndex() {
                    return inner.nextIndex() - offset;
                }

                @Override
                public int previousIndex() {
                    return inner.previousIndex() - offset;
                }

                @Override
                public void remove() {
                    inner.remove();
                    changed(-1);
                }

                @Override
                public void set(E e) {
                    inner.set(e);
                }

                @Override
                public void add(E e) {
                    inner.add(e);
                    changed(1);
                }
            };
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            checkSubListRange(fromIndex, toIndex, size);
            return new SubList<>(this, fromIndex, toIndex);
        }

        private void checkForComodification() {
            if (root.modCount != this.modCount) {
                throw new ConcurrentModificationException();
            }
        }

        private void changed(int sizeDelta) {
            for (SubList<E> view = this; view != null; view = view.parent) {
                view.size += sizeDelta;
                view.modCount = root.modCount;
            }
        }
    }

    /** A sub-list of a random-access list, itself random-access. */
    private static final class RandomAccessSubList<E> extends SubList<E> implements RandomAccess {
        RandomAccessSubList(AbstractList<E> root, int fromIndex, int toIndex) {
            super(root, fromIndex, toIndex);
        }

        RandomAccessSubList(RandomAccessSubList<E> parent, int fromIndex, int toIndex) {
            super(parent, fromIndex, toIndex);
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            checkSubListRange(fromIndex, toIndex, size());
            return new RandomAccessSubList<>(this, fromIndex, toIndex);
        }
    }
}
