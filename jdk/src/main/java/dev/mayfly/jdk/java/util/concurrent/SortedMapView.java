package dev.mayfly.jdk.java.util.concurrent;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The implementation behind Mayfly's ConcurrentSkipListMap and its views: a range (bounds in the
 * map's own order, each inclusive or not) of one TreeMap, seen ascending or descending, with every
 * operation under the map's one lock. The JDK's observable behaviour is kept: null keys and
 * values are refused (NullPointerException), entries handed out are immutable snapshots, and
 * iterators are weakly consistent (here: they walk a snapshot, never throw
 * ConcurrentModificationException, and their {@code remove} removes the key from the map).
 */
abstract class SortedMapView<K, V> extends AbstractMap<K, V> implements ConcurrentNavigableMap<K, V> {
    final Object lock;
    final TreeMap<K, V> root;
    final NavigableMap<K, V> view;
    final K lo;
    final boolean loInclusive;
    final K hi;
    final boolean hiInclusive;
    final boolean descending;

    SortedMapView(Object lock, TreeMap<K, V> root, K lo, boolean loInclusive, K hi, boolean hiInclusive, boolean descending) {
        this.lock = lock;
        this.root = root;
        this.lo = lo;
        this.loInclusive = loInclusive;
        this.hi = hi;
        this.hiInclusive = hiInclusive;
        this.descending = descending;
        NavigableMap<K, V> v;
        if (lo == null && hi == null) {
            v = root;
        } else if (lo == null) {
            v = root.headMap(hi, hiInclusive);
        } else if (hi == null) {
            v = root.tailMap(lo, loInclusive);
        } else {
            v = root.subMap(lo, loInclusive, hi, hiInclusive);
        }
        this.view = descending ? v.descendingMap() : v;
    }

    /** A view of the same map with these bounds (in the map's order) and direction. */
    abstract ConcurrentNavigableMap<K, V> newView(K lo, boolean loInclusive, K hi, boolean hiInclusive, boolean descending);

    @SuppressWarnings("unchecked")
    final int compare(Object a, Object b) {
        Comparator<? super K> c = root.comparator();
        return c != null ? c.compare((K) a, (K) b) : ((Comparable<Object>) a).compareTo(b);
    }

    private boolean tooLow(Object key) {
        if (lo == null) {
            return false;
        }
        int c = compare(key, lo);
        return c < 0 || (c == 0 && !loInclusive);
    }

    private boolean tooHigh(Object key) {
        if (hi == null) {
            return false;
        }
        int c = compare(key, hi);
        return c > 0 || (c == 0 && !hiInclusive);
    }

    final boolean inRange(Object key) {
        return !tooLow(key) && !tooHigh(key);
    }

    private void checkKeyInRange(Object key) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
    }

    static <K, V> Map.Entry<K, V> snapshot(Map.Entry<K, V> e) {
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue());
    }

    // ------------------------------------------------------------------ Map

    @Override
    public int size() {
        synchronized (lock) {
            return view.size();
        }
    }

    @Override
    public boolean isEmpty() {
        synchronized (lock) {
            return view.isEmpty();
        }
    }

    @Override
    public boolean containsKey(Object key) {
        Nulls.nonNull(key);
        synchronized (lock) {
            return inRange(key) && view.containsKey(key);
        }
    }

    @Override
    public boolean containsValue(Object value) {
        Nulls.nonNull(value);
        synchronized (lock) {
            return view.containsValue(value);
        }
    }

    @Override
    public V get(Object key) {
        Nulls.nonNull(key);
        synchronized (lock) {
            return inRange(key) ? view.get(key) : null;
        }
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    @Override
    public V put(K key, V value) {
        Nulls.nonNull(key);
        Nulls.nonNull(value);
        synchronized (lock) {
            checkKeyInRange(key);
            return view.put(key, value);
        }
    }

    @Override
    public V remove(Object key) {
        Nulls.nonNull(key);
        synchronized (lock) {
            return inRange(key) ? view.remove(key) : null;
        }
    }

    @Override
    public void clear() {
        synchronized (lock) {
            view.clear();
        }
    }

    @Override
    public V putIfAbsent(K key, V value) {
        Nulls.nonNull(key);
        Nulls.nonNull(value);
        synchronized (lock) {
            checkKeyInRange(key);
            V old = view.get(key);
            if (old == null) {
                view.put(key, value);
            }
            return old;
        }
    }

    @Override
    public boolean remove(Object key, Object value) {
        Nulls.nonNull(key);
        synchronized (lock) {
            if (value == null || !inRange(key)) {
                return false;
            }
            V old = view.get(key);
            if (old != null && old.equals(value)) {
                view.remove(key);
                return true;
            }
            return false;
        }
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        Nulls.nonNull(key);
        Nulls.nonNull(oldValue);
        Nulls.nonNull(newValue);
        synchronized (lock) {
            if (!inRange(key)) {
                return false;
            }
            V old = view.get(key);
            if (old != null && old.equals(oldValue)) {
                view.put(key, newValue);
                return true;
            }
            return false;
        }
    }

    @Override
    public V replace(K key, V value) {
        Nulls.nonNull(key);
        Nulls.nonNull(value);
        synchronized (lock) {
            if (!inRange(key)) {
                return null;
            }
            V old = view.get(key);
            if (old != null) {
                view.put(key, value);
            }
            return old;
        }
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Nulls.nonNull(key);
        Nulls.nonNull(mappingFunction);
        synchronized (lock) {
            V old = inRange(key) ? view.get(key) : null;
            if (old != null) {
                return old;
            }
            V v = mappingFunction.apply(key);
            if (v != null) {
                checkKeyInRange(key);
                view.put(key, v);
            }
            return v;
        }
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Nulls.nonNull(key);
        Nulls.nonNull(remappingFunction);
        synchronized (lock) {
            V old = inRange(key) ? view.get(key) : null;
            if (old == null) {
                return null;
            }
            V v = remappingFunction.apply(key, old);
            if (v == null) {
                view.remove(key);
            } else {
                view.put(key, v);
            }
            return v;
        }
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Nulls.nonNull(key);
        Nulls.nonNull(remappingFunction);
        synchronized (lock) {
            V old = inRange(key) ? view.get(key) : null;
            V v = remappingFunction.apply(key, old);
            if (v == null) {
                if (old != null) {
                    view.remove(key);
                }
            } else {
                checkKeyInRange(key);
                view.put(key, v);
            }
            return v;
        }
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Nulls.nonNull(key);
        Nulls.nonNull(value);
        Nulls.nonNull(remappingFunction);
        synchronized (lock) {
            V old = inRange(key) ? view.get(key) : null;
            V v = old == null ? value : remappingFunction.apply(old, value);
            if (v == null) {
                view.remove(key);
            } else {
                checkKeyInRange(key);
                view.put(key, v);
            }
            return v;
        }
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Nulls.nonNull(action);
        for (Map.Entry<K, V> e : entrySnapshot()) {
            action.accept(e.getKey(), e.getValue());
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Nulls.nonNull(function);
        for (Map.Entry<K, V> e : entrySnapshot()) {
            V v = Nulls.nonNull(function.apply(e.getKey(), e.getValue()));
            replace(e.getKey(), e.getValue(), v);
        }
    }

    /** Immutable copies of the entries, in this view's order. */
    final List<Map.Entry<K, V>> entrySnapshot() {
        synchronized (lock) {
            List<Map.Entry<K, V>> list = new ArrayList<>(view.size());
            for (Map.Entry<K, V> e : view.entrySet()) {
                list.add(new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue()));
            }
            return list;
        }
    }

    // ------------------------------------------------------------------ SortedMap / NavigableMap

    @Override
    public Comparator<? super K> comparator() {
        synchronized (lock) {
            return view.comparator();
        }
    }

    @Override
    public K firstKey() {
        synchronized (lock) {
            if (view.isEmpty()) {
                throw new NoSuchElementException();
            }
            return view.firstKey();
        }
    }

    @Override
    public K lastKey() {
        synchronized (lock) {
            if (view.isEmpty()) {
                throw new NoSuchElementException();
            }
            return view.lastKey();
        }
    }

    @Override
    public Map.Entry<K, V> firstEntry() {
        synchronized (lock) {
            return snapshot(view.firstEntry());
        }
    }

    @Override
    public Map.Entry<K, V> lastEntry() {
        synchronized (lock) {
            return snapshot(view.lastEntry());
        }
    }

    @Override
    public Map.Entry<K, V> pollFirstEntry() {
        synchronized (lock) {
            return snapshot(view.pollFirstEntry());
        }
    }

    @Override
    public Map.Entry<K, V> pollLastEntry() {
        synchronized (lock) {
            return snapshot(view.pollLastEntry());
        }
    }

    @Override
    public Map.Entry<K, V> lowerEntry(K key) {
        Nulls.nonNull(key);
        synchronized (lock) {
            return snapshot(view.lowerEntry(key));
        }
    }

    @Override
    public K lowerKey(K key) {
        Map.Entry<K, V> e = lowerEntry(key);
        return e == null ? null : e.getKey();
    }

    @Override
    public Map.Entry<K, V> floorEntry(K key) {
        Nulls.nonNull(key);
        synchronized (lock) {
            return snapshot(view.floorEntry(key));
        }
    }

    @Override
    public K floorKey(K key) {
        Map.Entry<K, V> e = floorEntry(key);
        return e == null ? null : e.getKey();
    }

    @Override
    public Map.Entry<K, V> ceilingEntry(K key) {
        Nulls.nonNull(key);
        synchronized (lock) {
            return snapshot(view.ceilingEntry(key));
        }
    }

    @Override
    public K ceilingKey(K key) {
        Map.Entry<K, V> e = ceilingEntry(key);
        return e == null ? null : e.getKey();
    }

    @Override
    public Map.Entry<K, V> higherEntry(K key) {
        Nulls.nonNull(key);
        synchronized (lock) {
            return snapshot(view.higherEntry(key));
        }
    }

    @Override
    public K higherKey(K key) {
        Map.Entry<K, V> e = higherEntry(key);
        return e == null ? null : e.getKey();
    }

    // ------------------------------------------------------------------ views

    @Override
    public ConcurrentNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        Nulls.nonNull(fromKey);
        Nulls.nonNull(toKey);
        return descending ? restrict(toKey, toInclusive, fromKey, fromInclusive)
                : restrict(fromKey, fromInclusive, toKey, toInclusive);
    }

    @Override
    public ConcurrentNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        Nulls.nonNull(toKey);
        return descending ? restrict(toKey, inclusive, null, false) : restrict(null, false, toKey, inclusive);
    }

    @Override
    public ConcurrentNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        Nulls.nonNull(fromKey);
        return descending ? restrict(null, false, fromKey, inclusive) : restrict(fromKey, inclusive, null, false);
    }

    @Override
    public ConcurrentNavigableMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override
    public ConcurrentNavigableMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override
    public ConcurrentNavigableMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    @Override
    public ConcurrentNavigableMap<K, V> descendingMap() {
        return newView(lo, loInclusive, hi, hiInclusive, !descending);
    }

    /** This view narrowed to new bounds (in the map's order; null keeps the current bound). */
    private ConcurrentNavigableMap<K, V> restrict(K newLo, boolean newLoInclusive, K newHi, boolean newHiInclusive) {
        if (newLo == null) {
            newLo = lo;
            newLoInclusive = loInclusive;
        } else if (lo != null) {
            int c = compare(newLo, lo);
            if (c < 0 || (c == 0 && !loInclusive && newLoInclusive)) {
                throw new IllegalArgumentException("key out of range");
            }
        }
        if (newHi == null) {
            newHi = hi;
            newHiInclusive = hiInclusive;
        } else if (hi != null) {
            int c = compare(newHi, hi);
            if (c > 0 || (c == 0 && !hiInclusive && newHiInclusive)) {
                throw new IllegalArgumentException("key out of range");
            }
        }
        if (newLo != null && newHi != null && compare(newLo, newHi) > 0) {
            throw new IllegalArgumentException("inconsistent range");
        }
        return newView(newLo, newLoInclusive, newHi, newHiInclusive, descending);
    }

    @Override
    public NavigableSet<K> keySet() {
        return new NavigableKeySet<>(this);
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        return new NavigableKeySet<>(this);
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    @Override
    public Collection<V> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                Iterator<Map.Entry<K, V>> it = new EntryIterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public V next() {
                        return it.next().getValue();
                    }

                    @Override
                    public void remove() {
                        it.remove();
                    }
                };
            }

            @Override
            public int size() {
                return SortedMapView.this.size();
            }

            @Override
            public boolean isEmpty() {
                return SortedMapView.this.isEmpty();
            }

            @Override
            public boolean contains(Object o) {
                return o != null && containsValue(o);
            }

            @Override
            public void clear() {
                SortedMapView.this.clear();
            }
        };
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new EntryIterator();
            }

            @Override
            public int size() {
                return SortedMapView.this.size();
            }

            @Override
            public boolean isEmpty() {
                return SortedMapView.this.isEmpty();
            }

            @Override
            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry<?, ?> e) || e.getKey() == null) {
                    return false;
                }
                V v = get(e.getKey());
                return v != null && v.equals(e.getValue());
            }

            @Override
            public boolean remove(Object o) {
                return o instanceof Map.Entry<?, ?> e && e.getKey() != null
                        && SortedMapView.this.remove(e.getKey(), e.getValue());
            }

            @Override
            public void clear() {
                SortedMapView.this.clear();
            }
        };
    }

    /** Walks a snapshot of the entries; {@code remove} removes the last key from the map. */
    final class EntryIterator implements Iterator<Map.Entry<K, V>> {
        private final Iterator<Map.Entry<K, V>> it = entrySnapshot().iterator();
        private K last;

        @Override
        public boolean hasNext() {
            return it.hasNext();
        }

        @Override
        public Map.Entry<K, V> next() {
            Map.Entry<K, V> e = it.next();
            last = e.getKey();
            return e;
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            SortedMapView.this.remove(last);
            last = null;
        }
    }
}
