package dev.mayfly.jdk.java.util.concurrent;

import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableSet;

/**
 * The keys of a ConcurrentNavigableMap as a NavigableSet: membership, navigation and removal go
 * to the map, views are key sets of the map's views, and iteration follows the map's entry
 * iterator (weakly consistent, removing through the map).
 */
final class NavigableKeySet<K> extends AbstractSet<K> implements NavigableSet<K> {
    private final ConcurrentNavigableMap<K, ?> m;

    NavigableKeySet(ConcurrentNavigableMap<K, ?> map) {
        this.m = map;
    }

    @Override
    public int size() {
        return m.size();
    }

    @Override
    public boolean isEmpty() {
        return m.isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        return m.containsKey(o);
    }

    @Override
    public boolean remove(Object o) {
        return m.remove(o) != null;
    }

    @Override
    public void clear() {
        m.clear();
    }

    @Override
    public K lower(K e) {
        return m.lowerKey(e);
    }

    @Override
    public K floor(K e) {
        return m.floorKey(e);
    }

    @Override
    public K ceiling(K e) {
        return m.ceilingKey(e);
    }

    @Override
    public K higher(K e) {
        return m.higherKey(e);
    }

    @Override
    public Comparator<? super K> comparator() {
        return m.comparator();
    }

    @Override
    public K first() {
        return m.firstKey();
    }

    @Override
    public K last() {
        return m.lastKey();
    }

    @Override
    public K pollFirst() {
        Map.Entry<K, ?> e = m.pollFirstEntry();
        return e == null ? null : e.getKey();
    }

    @Override
    public K pollLast() {
        Map.Entry<K, ?> e = m.pollLastEntry();
        return e == null ? null : e.getKey();
    }

    @Override
    public Iterator<K> iterator() {
        Iterator<? extends Map.Entry<K, ?>> it = m.entrySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public K next() {
                return it.next().getKey();
            }

            @Override
            public void remove() {
                it.remove();
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof java.util.Set<?> s)) {
            return false;
        }
        try {
            return containsAll(s) && s.containsAll(this);
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
    }

    @Override
    public Object[] toArray() {
        return new java.util.ArrayList<>(this).toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return new java.util.ArrayList<>(this).toArray(a);
    }

    @Override
    public Iterator<K> descendingIterator() {
        return descendingSet().iterator();
    }

    @Override
    public NavigableSet<K> subSet(K fromElement, boolean fromInclusive, K toElement, boolean toInclusive) {
        return new NavigableKeySet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
    }

    @Override
    public NavigableSet<K> headSet(K toElement, boolean inclusive) {
        return new NavigableKeySet<>(m.headMap(toElement, inclusive));
    }

    @Override
    public NavigableSet<K> tailSet(K fromElement, boolean inclusive) {
        return new NavigableKeySet<>(m.tailMap(fromElement, inclusive));
    }

    @Override
    public NavigableSet<K> subSet(K fromElement, K toElement) {
        return subSet(fromElement, true, toElement, false);
    }

    @Override
    public NavigableSet<K> headSet(K toElement) {
        return headSet(toElement, false);
    }

    @Override
    public NavigableSet<K> tailSet(K fromElement) {
        return tailSet(fromElement, true);
    }

    @Override
    public NavigableSet<K> descendingSet() {
        return new NavigableKeySet<>(m.descendingMap());
    }
}
