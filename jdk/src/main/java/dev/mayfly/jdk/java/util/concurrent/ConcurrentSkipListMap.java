package dev.mayfly.jdk.java.util.concurrent;

import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * java.util.concurrent.ConcurrentSkipListMap on Mayfly: a sorted concurrent map. It keeps the
 * JDK class's semantics (key order by natural ordering or the comparator, no null keys or values,
 * immutable snapshot entries, weakly consistent iterators, concurrent navigable views) on a
 * TreeMap guarded by one lock instead of a skip list: with one processor and cooperative threads
 * there is no parallelism for lock-free nodes to win back (see {@link SortedMapView}).
 */
public class ConcurrentSkipListMap<K, V> extends SortedMapView<K, V> implements Cloneable, java.io.Serializable {

    public ConcurrentSkipListMap() {
        this(new TreeMap<>());
    }

    public ConcurrentSkipListMap(Comparator<? super K> comparator) {
        this(new TreeMap<>(comparator));
    }

    public ConcurrentSkipListMap(Map<? extends K, ? extends V> m) {
        this(new TreeMap<>());
        putAll(m);
    }

    @SuppressWarnings("unchecked")
    public ConcurrentSkipListMap(SortedMap<K, ? extends V> m) {
        this(new TreeMap<>(m.comparator()));
        putAll(m);
    }

    private ConcurrentSkipListMap(TreeMap<K, V> tree) {
        this(new Object(), tree);
    }

    private ConcurrentSkipListMap(Object lock, TreeMap<K, V> tree) {
        super(lock, tree, null, false, null, false, false);
    }

    @Override
    ConcurrentNavigableMap<K, V> newView(K lo, boolean loInclusive, K hi, boolean hiInclusive, boolean descending) {
        return new SubMap<>(lock, root, lo, loInclusive, hi, hiInclusive, descending);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    /** A shallow copy: the same keys and values, in a new map with the same ordering. */
    @Override
    public ConcurrentSkipListMap<K, V> clone() {
        ConcurrentSkipListMap<K, V> copy = new ConcurrentSkipListMap<>(new TreeMap<>(root.comparator()));
        synchronized (lock) {
            copy.root.putAll(root);
        }
        return copy;
    }

    /** A range and direction of a ConcurrentSkipListMap, itself a ConcurrentNavigableMap. */
    static final class SubMap<K, V> extends SortedMapView<K, V> implements java.io.Serializable {
        SubMap(Object lock, TreeMap<K, V> root, K lo, boolean loInclusive, K hi, boolean hiInclusive, boolean descending) {
            super(lock, root, lo, loInclusive, hi, hiInclusive, descending);
        }

        @Override
        ConcurrentNavigableMap<K, V> newView(K lo, boolean loInclusive, K hi, boolean hiInclusive, boolean descending) {
            return new SubMap<>(lock, root, lo, loInclusive, hi, hiInclusive, descending);
        }
    }
}
