package dev.mayfly.jdk.java.util.concurrent;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongBiFunction;
import java.util.function.ToLongFunction;

/**
 * java.util.concurrent.ConcurrentHashMap on Mayfly: a hash table whose iteration order is
 * HotSpot's, every operation under the map's monitor (one processor and cooperative threads leave
 * no parallelism for lock striping to win). The order follows from the JDK class's observable
 * layout: a power-of-two table sized from the constructor's hint as {@code 1 + capacity / loadFactor}
 * rounded up, the key's hash folded as {@code h ^ (h >>> 16)}, new keys appended to their bin,
 * the table doubled as soon as the size reaches three quarters of it (each bin split into the part
 * that stays and the part that moves, the nodes ahead of the bin's last run of same-destination
 * nodes coming out in reverse), {@code putAll} into a map with a table first growing it to hold one
 * and a half times the combined count,
 * and a bin reaching {@value #TREEIFY_THRESHOLD} nodes growing the table while it is smaller than
 * {@value #MIN_TREEIFY_CAPACITY} bins, else becoming a tree bin (kept here as a list in the tree
 * bin's order: new keys in front). Iterators are weakly consistent: they walk a snapshot taken
 * when they are made, never throw ConcurrentModificationException, and remove through the map.
 * The bulk operations with a parallelism threshold run sequentially (the JDK allows it).
 */
public class ConcurrentHashMap<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V>, Serializable {
    private static final int MAXIMUM_CAPACITY = 1 << 30;
    private static final int DEFAULT_CAPACITY = 16;
    private static final float LOAD_FACTOR = 0.75f;
    static final int TREEIFY_THRESHOLD = 8;
    private static final int UNTREEIFY_THRESHOLD = 6;
    static final int MIN_TREEIFY_CAPACITY = 64;
    private static final int HASH_BITS = 0x7fffffff;

    /** A mapping in a bin. */
    private static final class Node<K, V> {
        final int hash;
        final K key;
        V val;
        Node<K, V> next;

        Node(int hash, K key, V val, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.val = val;
            this.next = next;
        }
    }

    private transient Node<K, V>[] table;
    /** Which bins are tree bins (new keys go in front). */
    private transient boolean[] treeBins;
    /** Before the table exists: its capacity (0: the default); after: the size at which it doubles. */
    private transient int sizeCtl;
    private transient int count;

    private transient KeySetView<K, V> keySet;
    private transient ValuesView<K, V> values;
    private transient EntrySetView<K, V> entrySet;

    public ConcurrentHashMap() {
    }

    public ConcurrentHashMap(int initialCapacity) {
        this(initialCapacity, LOAD_FACTOR, 1);
    }

    /** A map sized as {@code new ConcurrentHashMap(m.size())}, then filled in {@code m}'s order. */
    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        this(m.size());
        putAll(m);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity, loadFactor, 1);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0) {
            throw new IllegalArgumentException();
        }
        if (initialCapacity < concurrencyLevel) {
            initialCapacity = concurrencyLevel;
        }
        long size = (long) (1.0 + (long) initialCapacity / loadFactor);
        this.sizeCtl = size >= MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : tableSizeFor((int) size);
    }

    static int spread(int h) {
        return (h ^ (h >>> 16)) & HASH_BITS;
    }

    /** The smallest power of two at least {@code c}. */
    private static int tableSizeFor(int c) {
        int n = -1 >>> Integer.numberOfLeadingZeros(c - 1);
        return n < 0 ? 1 : n >= MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : n + 1;
    }

    // ------------------------------------------------------------------ the table

    @SuppressWarnings("unchecked")
    private void initTable() {
        int n = sizeCtl > 0 ? sizeCtl : DEFAULT_CAPACITY;
        table = (Node<K, V>[]) new Node<?, ?>[n];
        treeBins = new boolean[n];
        sizeCtl = n - (n >>> 2);
    }

    /** After {@code delta} mappings were added or removed; {@code check} >= 0 asks for the resize check. */
    private void addCount(int delta, int check) {
        count += delta;
        if (check >= 0) {
            while (count >= sizeCtl && table.length < MAXIMUM_CAPACITY) {
                transfer();
            }
        }
    }

    /** Doubles the table, splitting each bin into the nodes that stay and those that move up by n. */
    @SuppressWarnings("unchecked")
    private void transfer() {
        Node<K, V>[] tab = table;
        int n = tab.length;
        Node<K, V>[] next = (Node<K, V>[]) new Node<?, ?>[n << 1];
        boolean[] nextTrees = new boolean[n << 1];
        for (int i = n - 1; i >= 0; i--) {
            Node<K, V> f = tab[i];
            if (f == null) {
                continue;
            }
            if (treeBins[i]) {
                Node<K, V> lo = null;
                Node<K, V> loTail = null;
                Node<K, V> hi = null;
                Node<K, V> hiTail = null;
                int lc = 0;
                int hc = 0;
                for (Node<K, V> e = f; e != null; e = e.next) {
                    Node<K, V> p = new Node<>(e.hash, e.key, e.val, null);
                    if ((e.hash & n) == 0) {
                        if (loTail == null) {
                            lo = p;
                        } else {
                            loTail.next = p;
                        }
                        loTail = p;
                        lc++;
                    } else {
                        if (hiTail == null) {
                            hi = p;
                        } else {
                            hiTail.next = p;
                        }
                        hiTail = p;
                        hc++;
                    }
                }
                next[i] = lo;
                next[i + n] = hi;
                nextTrees[i] = lc > UNTREEIFY_THRESHOLD;
                nextTrees[i + n] = hc > UNTREEIFY_THRESHOLD;
                continue;
            }
            int runBit = f.hash & n;
            Node<K, V> lastRun = f;
            for (Node<K, V> p = f.next; p != null; p = p.next) {
                int b = p.hash & n;
                if (b != runBit) {
                    runBit = b;
                    lastRun = p;
                }
            }
            Node<K, V> ln = runBit == 0 ? lastRun : null;
            Node<K, V> hn = runBit == 0 ? null : lastRun;
            for (Node<K, V> p = f; p != lastRun; p = p.next) {
                if ((p.hash & n) == 0) {
                    ln = new Node<>(p.hash, p.key, p.val, ln);
                } else {
                    hn = new Node<>(p.hash, p.key, p.val, hn);
                }
            }
            next[i] = ln;
            next[i + n] = hn;
        }
        table = next;
        treeBins = nextTrees;
        sizeCtl = (n << 1) - (n >>> 1);
    }

    /** Grows the table ahead of adding {@code size} mappings (putAll), or when a short table has a long bin. */
    private void tryPresize(int size) {
        int c = size >= (MAXIMUM_CAPACITY >>> 1) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
        while (true) {
            if (table == null) {
                int n = Math.max(sizeCtl, c);
                sizeCtl = n;
                initTable();
            } else if (c <= sizeCtl || table.length >= MAXIMUM_CAPACITY) {
                return;
            } else {
                transfer();
            }
        }
    }

    /** A bin reached the treeify threshold: grow a short table, else mark the bin a tree bin. */
    private void treeifyBin(int i) {
        if (table.length < MIN_TREEIFY_CAPACITY) {
            tryPresize(table.length << 1);
        } else {
            treeBins[i] = true;
        }
    }

    private static boolean matches(Node<?, ?> e, int h, Object key) {
        Object ek;
        return e.hash == h && ((ek = e.key) == key || key.equals(ek));
    }

    private Node<K, V> findNode(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        int h = spread(key.hashCode());
        for (Node<K, V> e = tab[(tab.length - 1) & h]; e != null; e = e.next) {
            if (matches(e, h, key)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Unlinks {@code e} from bin {@code i}. A tree bin left with at most
     * {@value #UNTREEIFY_THRESHOLD} nodes becomes a list again (HotSpot decides from the shape of
     * its red-black tree, which this map does not keep; small trees are the ones it converts).
     */
    private void unlink(int i, Node<K, V> e) {
        Node<K, V> f = table[i];
        if (f == e) {
            table[i] = e.next;
        } else {
            Node<K, V> p = f;
            while (p.next != e) {
                p = p.next;
            }
            p.next = e.next;
        }
        if (treeBins[i] && binCountOfList(table[i]) <= UNTREEIFY_THRESHOLD) {
            treeBins[i] = false;
        }
    }

    private static int binCountOfList(Node<?, ?> f) {
        int c = 0;
        for (Node<?, ?> p = f; p != null; p = p.next) {
            c++;
        }
        return c;
    }

    /** Adds a mapping known to be absent to bin {@code i}; returns the bin count for the treeify and resize checks. */
    private int insert(int i, int h, K key, V value) {
        Node<K, V> f = table[i];
        if (f == null) {
            table[i] = new Node<>(h, key, value, null);
            return 1;
        }
        if (treeBins[i]) {
            table[i] = new Node<>(h, key, value, f);
            return 2;
        }
        int binCount = 1;
        Node<K, V> p = f;
        while (p.next != null) {
            p = p.next;
            binCount++;
        }
        p.next = new Node<>(h, key, value, null);
        return binCount;
    }

    /** The bin count a lookup in bin {@code i} traversed, as the JDK counts it for the treeify check. */
    private int binCountOf(int i) {
        if (treeBins[i]) {
            return 2;
        }
        int c = 0;
        for (Node<K, V> p = table[i]; p != null; p = p.next) {
            c++;
        }
        return c;
    }

    /** After updating the node at {@code position} (1-based) of list bin {@code i}: HotSpot's treeify check. */
    private void updatedAt(int i, int position) {
        if (!treeBins[i] && position >= TREEIFY_THRESHOLD) {
            treeifyBin(i);
        }
    }

    private void afterInsert(int i, int binCount) {
        if (binCount >= TREEIFY_THRESHOLD) {
            treeifyBin(i);
        }
        addCount(1, binCount);
    }

    // ------------------------------------------------------------------ Map

    @Override
    public synchronized int size() {
        return count;
    }

    /** The number of mappings as a long (JDK 8). */
    public synchronized long mappingCount() {
        return count;
    }

    @Override
    public synchronized boolean isEmpty() {
        return count == 0;
    }

    @Override
    public synchronized V get(Object key) {
        Node<K, V> e = findNode(Nulls.nonNull(key));
        return e == null ? null : e.val;
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return findNode(Nulls.nonNull(key)) != null;
    }

    @Override
    public synchronized boolean containsValue(Object value) {
        Nulls.nonNull(value);
        if (table != null) {
            for (Node<K, V> f : table) {
                for (Node<K, V> e = f; e != null; e = e.next) {
                    if (e.val == value || value.equals(e.val)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The legacy name of {@link #containsValue}. */
    public boolean contains(Object value) {
        return containsValue(value);
    }

    @Override
    public V put(K key, V value) {
        return putVal(key, value, false);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return putVal(key, value, true);
    }

    private synchronized V putVal(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        if (table == null) {
            initTable();
        }
        int i = (table.length - 1) & h;
        if (table[i] == null) {
            table[i] = new Node<>(h, key, value, null);
            addCount(1, 0);
            return null;
        }
        if (!treeBins[i]) {
            int binCount = 1;
            for (Node<K, V> e = table[i]; ; binCount++) {
                if (matches(e, h, key)) {
                    V old = e.val;
                    if (!onlyIfAbsent) {
                        e.val = value;
                    }
                    if (binCount >= TREEIFY_THRESHOLD) {
                        treeifyBin(i); // HotSpot checks the bin's length on an update too
                    }
                    return old;
                }
                if (e.next == null) {
                    e.next = new Node<>(h, key, value, null);
                    break;
                }
                e = e.next;
            }
            afterInsert(i, binCount);
            return null;
        }
        for (Node<K, V> e = table[i]; e != null; e = e.next) {
            if (matches(e, h, key)) {
                V old = e.val;
                if (!onlyIfAbsent) {
                    e.val = value;
                }
                return old;
            }
        }
        table[i] = new Node<>(h, key, value, table[i]);
        addCount(1, 2);
        return null;
    }

    /**
     * Adds the mappings in {@code m}'s order. A map whose table exists first grows it for the
     * combined size (as HotSpot's does); a map without a table yet grows as the puts need.
     */
    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        synchronized (this) {
            if (table != null) {
                tryPresize(count + m.size());
            }
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            putVal(e.getKey(), e.getValue(), false);
        }
    }

    /**
     * Replaces the value of {@code key} with {@code value} (removes the mapping when null), if the
     * current value is {@code expected} (or any when null); returns the old value, null if none.
     */
    private synchronized V replaceNode(Object key, V value, Object expected) {
        Nulls.nonNull(key);
        if (table == null) {
            return null;
        }
        int h = spread(key.hashCode());
        int i = (table.length - 1) & h;
        for (Node<K, V> e = table[i]; e != null; e = e.next) {
            if (matches(e, h, key)) {
                V old = e.val;
                if (expected != null && expected != old && !expected.equals(old)) {
                    return null;
                }
                if (value != null) {
                    e.val = value;
                } else {
                    unlink(i, e);
                    addCount(-1, -1);
                }
                return old;
            }
        }
        return null;
    }

    @Override
    public V remove(Object key) {
        return replaceNode(key, null, null);
    }

    @Override
    public boolean remove(Object key, Object value) {
        Nulls.nonNull(key);
        return value != null && replaceNode(key, null, value) != null;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, newValue, oldValue) != null;
    }

    @Override
    public V replace(K key, V value) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, value, null);
    }

    @Override
    public synchronized void clear() {
        if (table != null) {
            Arrays.fill(table, null);
            Arrays.fill(treeBins, false);
        }
        count = 0;
    }

    @Override
    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (key == null || mappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        if (table == null) {
            initTable();
        }
        int i = (table.length - 1) & h;
        int position = 0;
        for (Node<K, V> e = table[i]; e != null; e = e.next) {
            position++;
            if (matches(e, h, key)) {
                V v = e.val;
                if (!treeBins[i] && position >= TREEIFY_THRESHOLD) {
                    treeifyBin(i);
                }
                return v;
            }
        }
        V v = mappingFunction.apply(key);
        if (v != null) {
            i = (table.length - 1) & h;
            afterInsert(i, insert(i, h, key, v));
        }
        return v;
    }

    @Override
    public synchronized V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        if (table == null) {
            return null;
        }
        int h = spread(key.hashCode());
        int i = (table.length - 1) & h;
        for (Node<K, V> e = table[i]; e != null; e = e.next) {
            if (matches(e, h, key)) {
                V v = remappingFunction.apply(key, e.val);
                if (v != null) {
                    e.val = v;
                } else {
                    unlink(i, e);
                    addCount(-1, binCountOf(i));
                }
                return v;
            }
        }
        return null;
    }

    @Override
    public synchronized V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        if (table == null) {
            initTable();
        }
        int i = (table.length - 1) & h;
        int position = 0;
        for (Node<K, V> e = table[i]; e != null; e = e.next) {
            position++;
            if (matches(e, h, key)) {
                V v = remappingFunction.apply(key, e.val);
                if (v != null) {
                    e.val = v;
                    updatedAt(i, position);
                } else {
                    unlink(i, e);
                    addCount(-1, 1);
                }
                return v;
            }
        }
        V v = remappingFunction.apply(key, null);
        if (v != null) {
            i = (table.length - 1) & h;
            afterInsert(i, insert(i, h, key, v));
        }
        return v;
    }

    @Override
    public synchronized V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (key == null || value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        if (table == null) {
            initTable();
        }
        int i = (table.length - 1) & h;
        int position = 0;
        for (Node<K, V> e = table[i]; e != null; e = e.next) {
            position++;
            if (matches(e, h, key)) {
                V v = remappingFunction.apply(e.val, value);
                if (v != null) {
                    e.val = v;
                    updatedAt(i, position);
                } else {
                    unlink(i, e);
                    addCount(-1, 1);
                }
                return v;
            }
        }
        afterInsert(i, insert(i, h, key, value));
        return value;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Nulls.nonNull(action);
        Object[] s = snapshot();
        for (int j = 0; j < s.length; j += 2) {
            action.accept(keyAt(s, j), valAt(s, j));
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Nulls.nonNull(function);
        Object[] s = snapshot();
        for (int j = 0; j < s.length; j += 2) {
            K key = keyAt(s, j);
            V oldValue = valAt(s, j);
            while (true) {
                V newValue = function.apply(key, oldValue);
                if (newValue == null) {
                    throw new NullPointerException();
                }
                if (replaceNode(key, newValue, oldValue) != null || (oldValue = get(key)) == null) {
                    break;
                }
            }
        }
    }

    /** The mappings in table order, as key, value, key, value... */
    private synchronized Object[] snapshot() {
        Object[] s = new Object[count * 2];
        int j = 0;
        if (table != null) {
            for (Node<K, V> f : table) {
                for (Node<K, V> e = f; e != null; e = e.next) {
                    s[j++] = e.key;
                    s[j++] = e.val;
                }
            }
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static <K> K keyAt(Object[] s, int j) {
        return (K) s[j];
    }

    @SuppressWarnings("unchecked")
    private static <V> V valAt(Object[] s, int j) {
        return (V) s[j + 1];
    }

    @Override
    public int hashCode() {
        int h = 0;
        Object[] s = snapshot();
        for (int j = 0; j < s.length; j += 2) {
            h += s[j].hashCode() ^ s[j + 1].hashCode();
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map<?, ?> m)) {
            return false;
        }
        Object[] s = snapshot();
        for (int j = 0; j < s.length; j += 2) {
            Object mv = m.get(s[j]);
            if (mv == null || (mv != s[j + 1] && !mv.equals(s[j + 1]))) {
                return false;
            }
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object mk = e.getKey();
            Object mv = e.getValue();
            Object v;
            if (mk == null || mv == null || (v = get(mk)) == null || (mv != v && !mv.equals(v))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        Object[] s = snapshot();
        StringBuilder sb = new StringBuilder("{");
        for (int j = 0; j < s.length; j += 2) {
            if (j > 0) {
                sb.append(", ");
            }
            sb.append(s[j] == this ? "(this Map)" : s[j]).append('=').append(s[j + 1] == this ? "(this Map)" : s[j + 1]);
        }
        return sb.append('}').toString();
    }

    // ------------------------------------------------------------------ views

    @Override
    public KeySetView<K, V> keySet() {
        KeySetView<K, V> ks = keySet;
        return ks != null ? ks : (keySet = new KeySetView<>(this, null));
    }

    /** The keys as a Set whose {@code add} maps a new key to {@code mappedValue}. */
    public KeySetView<K, V> keySet(V mappedValue) {
        return new KeySetView<>(this, Nulls.nonNull(mappedValue));
    }

    /** A concurrent Set backed by a new ConcurrentHashMap from the elements to Boolean.TRUE. */
    public static <K> KeySetView<K, Boolean> newKeySet() {
        return new KeySetView<>(new ConcurrentHashMap<>(), Boolean.TRUE);
    }

    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<>(new ConcurrentHashMap<>(initialCapacity), Boolean.TRUE);
    }

    @Override
    public Collection<V> values() {
        ValuesView<K, V> vs = values;
        return vs != null ? vs : (values = new ValuesView<>(this));
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        EntrySetView<K, V> es = entrySet;
        return es != null ? es : (entrySet = new EntrySetView<>(this));
    }

    /** The keys, as a legacy Enumeration. */
    public Enumeration<K> keys() {
        Iterator<K> it = new KeyIterator<>(this);
        return new Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            @Override
            public K nextElement() {
                return it.next();
            }
        };
    }

    /** The values, as a legacy Enumeration. */
    public Enumeration<V> elements() {
        Iterator<V> it = new ValueIterator<>(this);
        return new Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            @Override
            public V nextElement() {
                return it.next();
            }
        };
    }

    /** Walks a snapshot of the mappings; {@code remove} removes the last key from the map. */
    private abstract static class SnapshotIterator<K, V, E> implements Iterator<E> {
        final ConcurrentHashMap<K, V> map;
        private final Object[] s;
        private int next;
        private Object lastKey;

        SnapshotIterator(ConcurrentHashMap<K, V> map) {
            this.map = map;
            this.s = map.snapshot();
        }

        @Override
        public final boolean hasNext() {
            return next < s.length;
        }

        abstract E element(K key, V value);

        @Override
        public final E next() {
            if (next >= s.length) {
                throw new NoSuchElementException();
            }
            K k = keyAt(s, next);
            V v = valAt(s, next);
            next += 2;
            lastKey = k;
            return element(k, v);
        }

        @Override
        public final void remove() {
            if (lastKey == null) {
                throw new IllegalStateException();
            }
            map.remove(lastKey);
            lastKey = null;
        }
    }

    private static final class KeyIterator<K, V> extends SnapshotIterator<K, V, K> implements Enumeration<K> {
        KeyIterator(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        K element(K key, V value) {
            return key;
        }

        @Override
        public boolean hasMoreElements() {
            return hasNext();
        }

        @Override
        public K nextElement() {
            return next();
        }
    }

    private static final class ValueIterator<K, V> extends SnapshotIterator<K, V, V> {
        ValueIterator(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        V element(K key, V value) {
            return value;
        }
    }

    private static final class EntryIterator<K, V> extends SnapshotIterator<K, V, Map.Entry<K, V>> {
        EntryIterator(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        Map.Entry<K, V> element(K key, V value) {
            return new MapEntry<>(key, value, map);
        }
    }

    /** An entry handed out by the entry iterator: {@code setValue} writes through to the map. */
    static final class MapEntry<K, V> implements Map.Entry<K, V> {
        private final K key;
        private V val;
        private final ConcurrentHashMap<K, V> map;

        MapEntry(K key, V val, ConcurrentHashMap<K, V> map) {
            this.key = key;
            this.val = val;
            this.map = map;
        }

        @Override
        public K getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return val;
        }

        @Override
        public V setValue(V value) {
            Nulls.nonNull(value);
            V v = val;
            val = value;
            map.put(key, value);
            return v;
        }

        @Override
        public int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && e.getKey() != null && e.getValue() != null
                    && (e.getKey() == key || e.getKey().equals(key)) && (e.getValue() == val || e.getValue().equals(val));
        }

        @Override
        public String toString() {
            return key + "=" + val;
        }
    }

    /** The views' shared base: a live collection over the map. */
    abstract static class CollectionView<K, V, E> implements Collection<E>, Serializable {
        final ConcurrentHashMap<K, V> map;

        CollectionView(ConcurrentHashMap<K, V> map) {
            this.map = map;
        }

        /** The map backing this view. */
        public ConcurrentHashMap<K, V> getMap() {
            return map;
        }

        @Override
        public final void clear() {
            map.clear();
        }

        @Override
        public final int size() {
            return map.size();
        }

        @Override
        public final boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public final Object[] toArray() {
            java.util.ArrayList<E> list = new java.util.ArrayList<>(size());
            for (E e : this) {
                list.add(e);
            }
            return list.toArray();
        }

        @Override
        public final <T> T[] toArray(T[] a) {
            java.util.ArrayList<E> list = new java.util.ArrayList<>(size());
            for (E e : this) {
                list.add(e);
            }
            return list.toArray(a);
        }

        @Override
        public final String toString() {
            StringBuilder sb = new StringBuilder("[");
            Iterator<E> it = iterator();
            while (it.hasNext()) {
                Object e = it.next();
                sb.append(e == this ? "(this Collection)" : e);
                if (it.hasNext()) {
                    sb.append(", ");
                }
            }
            return sb.append(']').toString();
        }

        @Override
        public final boolean containsAll(Collection<?> c) {
            if (c != this) {
                for (Object e : c) {
                    if (e == null || !contains(e)) {
                        return false;
                    }
                }
            }
            return true;
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            Nulls.nonNull(c);
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext(); ) {
                if (c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }

        @Override
        public final boolean retainAll(Collection<?> c) {
            Nulls.nonNull(c);
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext(); ) {
                if (!c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            Nulls.nonNull(filter);
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext(); ) {
                if (filter.test(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }
    }

    /**
     * The keys of a ConcurrentHashMap as a Set; with a mapped value (see {@link #keySet(Object)}
     * and {@link #newKeySet()}) {@code add} maps a new key to it, without one {@code add} is unsupported.
     */
    public static final class KeySetView<K, V> extends CollectionView<K, V, K> implements Set<K>, Serializable {
        private final V value;

        KeySetView(ConcurrentHashMap<K, V> map, V value) {
            super(map);
            this.value = value;
        }

        /** The value {@code add} maps new keys to, or null when adding is unsupported. */
        public V getMappedValue() {
            return value;
        }

        @Override
        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        @Override
        public boolean remove(Object o) {
            return map.remove(o) != null;
        }

        @Override
        public Iterator<K> iterator() {
            return new KeyIterator<>(map);
        }

        @Override
        public boolean add(K e) {
            if (value == null) {
                throw new UnsupportedOperationException();
            }
            return map.putVal(e, value, true) == null;
        }

        @Override
        public boolean addAll(Collection<? extends K> c) {
            if (value == null) {
                throw new UnsupportedOperationException();
            }
            boolean added = false;
            for (K e : c) {
                if (map.putVal(e, value, true) == null) {
                    added = true;
                }
            }
            return added;
        }

        @Override
        public int hashCode() {
            int h = 0;
            for (K e : this) {
                h += e.hashCode();
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            Set<?> c;
            return o instanceof Set<?> && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this)));
        }

        @Override
        public void forEach(Consumer<? super K> action) {
            Nulls.nonNull(action);
            for (K k : this) {
                action.accept(k);
            }
        }
    }

    /** The values of a ConcurrentHashMap as a Collection ({@code add} is unsupported). */
    static final class ValuesView<K, V> extends CollectionView<K, V, V> {
        ValuesView(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        @Override
        public boolean remove(Object o) {
            if (o != null) {
                for (Iterator<V> it = iterator(); it.hasNext(); ) {
                    if (o.equals(it.next())) {
                        it.remove();
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public Iterator<V> iterator() {
            return new ValueIterator<>(map);
        }

        @Override
        public boolean add(V e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(Collection<? extends V> c) {
            throw new UnsupportedOperationException();
        }
    }

    /** The mappings of a ConcurrentHashMap as a Set of entries. */
    static final class EntrySetView<K, V> extends CollectionView<K, V, Map.Entry<K, V>> implements Set<Map.Entry<K, V>> {
        EntrySetView(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        public boolean contains(Object o) {
            Object k;
            Object v;
            Object r;
            return o instanceof Map.Entry<?, ?> e && (k = e.getKey()) != null && (r = map.get(k)) != null
                    && (v = e.getValue()) != null && (v == r || v.equals(r));
        }

        @Override
        public boolean remove(Object o) {
            Object k;
            Object v;
            return o instanceof Map.Entry<?, ?> e && (k = e.getKey()) != null && (v = e.getValue()) != null && map.remove(k, v);
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator<>(map);
        }

        @Override
        public boolean add(Map.Entry<K, V> e) {
            return map.putVal(e.getKey(), e.getValue(), false) == null;
        }

        @Override
        public boolean addAll(Collection<? extends Map.Entry<K, V>> c) {
            boolean added = false;
            for (Map.Entry<K, V> e : c) {
                if (add(e)) {
                    added = true;
                }
            }
            return added;
        }

        @Override
        public int hashCode() {
            int h = 0;
            Object[] s = map.snapshot();
            for (int j = 0; j < s.length; j += 2) {
                h += s[j].hashCode() ^ s[j + 1].hashCode();
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            Set<?> c;
            return o instanceof Set<?> && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this)));
        }
    }

    // ------------------------------------------------------------------ bulk operations (run sequentially)

    public void forEach(long parallelismThreshold, BiConsumer<? super K, ? super V> action) {
        forEach(action);
    }

    public <U> void forEach(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer,
                            Consumer<? super U> action) {
        if (transformer == null || action == null) {
            throw new NullPointerException();
        }
        Object[] s = snapshot();
        for (int j = 0; j < s.length; j += 2) {
            U u = transformer.apply(keyAt(s, j), valAt(s, j));
            if (u != null) {
                action.accept(u);
            }
        }
    }

    public <U> U search(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> searchFunction) {
        Nulls.nonNull(searchFunction);
        Object[] s = snapshot();
        for (int j = 0; j < s.length; j += 2) {
            U u = searchFunction.apply(keyAt(s, j), valAt(s, j));
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    public <U> U reduce(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer,
                        BiFunction<? super U, ? super U, ? extends U> reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        Object[] s = snapshot();
        U r = null;
        for (int j = 0; j < s.length; j += 2) {
            U u = transformer.apply(keyAt(s, j), valAt(s, j));
            if (u != null) {
                r = r == null ? u : reducer.apply(r, u);
            }
        }
        return r;
    }

    public double reduceToDouble(long parallelismThreshold, ToDoubleBiFunction<? super K, ? super V> transformer,
                                 double basis, DoubleBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        Object[] s = snapshot();
        double r = basis;
        for (int j = 0; j < s.length; j += 2) {
            r = reducer.applyAsDouble(r, transformer.applyAsDouble(keyAt(s, j), valAt(s, j)));
        }
        return r;
    }

    public long reduceToLong(long parallelismThreshold, ToLongBiFunction<? super K, ? super V> transformer,
                             long basis, LongBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        Object[] s = snapshot();
        long r = basis;
        for (int j = 0; j < s.length; j += 2) {
            r = reducer.applyAsLong(r, transformer.applyAsLong(keyAt(s, j), valAt(s, j)));
        }
        return r;
    }

    public int reduceToInt(long parallelismThreshold, ToIntBiFunction<? super K, ? super V> transformer,
                           int basis, IntBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        Object[] s = snapshot();
        int r = basis;
        for (int j = 0; j < s.length; j += 2) {
            r = reducer.applyAsInt(r, transformer.applyAsInt(keyAt(s, j), valAt(s, j)));
        }
        return r;
    }

    public void forEachKey(long parallelismThreshold, Consumer<? super K> action) {
        Nulls.nonNull(action);
        forEach((k, v) -> action.accept(k));
    }

    public <U> void forEachKey(long parallelismThreshold, Function<? super K, ? extends U> transformer, Consumer<? super U> action) {
        if (transformer == null || action == null) {
            throw new NullPointerException();
        }
        forEach(parallelismThreshold, (k, v) -> transformer.apply(k), action);
    }

    public <U> U searchKeys(long parallelismThreshold, Function<? super K, ? extends U> searchFunction) {
        Nulls.nonNull(searchFunction);
        return search(parallelismThreshold, (k, v) -> searchFunction.apply(k));
    }

    public K reduceKeys(long parallelismThreshold, BiFunction<? super K, ? super K, ? extends K> reducer) {
        Nulls.nonNull(reducer);
        return reduce(parallelismThreshold, (k, v) -> k, reducer);
    }

    public <U> U reduceKeys(long parallelismThreshold, Function<? super K, ? extends U> transformer,
                            BiFunction<? super U, ? super U, ? extends U> reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        return reduce(parallelismThreshold, (k, v) -> transformer.apply(k), reducer);
    }

    public double reduceKeysToDouble(long parallelismThreshold, ToDoubleFunction<? super K> transformer, double basis,
                                     DoubleBinaryOperator reducer) {
        Nulls.nonNull(transformer);
        return reduceToDouble(parallelismThreshold, (k, v) -> transformer.applyAsDouble(k), basis, reducer);
    }

    public long reduceKeysToLong(long parallelismThreshold, ToLongFunction<? super K> transformer, long basis,
                                 LongBinaryOperator reducer) {
        Nulls.nonNull(transformer);
        return reduceToLong(parallelismThreshold, (k, v) -> transformer.applyAsLong(k), basis, reducer);
    }

    public int reduceKeysToInt(long parallelismThreshold, ToIntFunction<? super K> transformer, int basis,
                               IntBinaryOperator reducer) {
        Nulls.nonNull(transformer);
        return reduceToInt(parallelismThreshold, (k, v) -> transformer.applyAsInt(k), basis, reducer);
    }

    public void forEachValue(long parallelismThreshold, Consumer<? super V> action) {
        Nulls.nonNull(action);
        forEach((k, v) -> action.accept(v));
    }

    public <U> void forEachValue(long parallelismThreshold, Function<? super V, ? extends U> transformer,
                                 Consumer<? super U> action) {
        if (transformer == null || action == null) {
            throw new NullPointerException();
        }
        forEach(parallelismThreshold, (k, v) -> transformer.apply(v), action);
    }

    public <U> U searchValues(long parallelismThreshold, Function<? super V, ? extends U> searchFunction) {
        Nulls.nonNull(searchFunction);
        return search(parallelismThreshold, (k, v) -> searchFunction.apply(v));
    }

    public V reduceValues(long parallelismThreshold, BiFunction<? super V, ? super V, ? extends V> reducer) {
        Nulls.nonNull(reducer);
        return reduce(parallelismThreshold, (k, v) -> v, reducer);
    }

    public <U> U reduceValues(long parallelismThreshold, Function<? super V, ? extends U> transformer,
                              BiFunction<? super U, ? super U, ? extends U> reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        return reduce(parallelismThreshold, (k, v) -> transformer.apply(v), reducer);
    }

    public double reduceValuesToDouble(long parallelismThreshold, ToDoubleFunction<? super V> transformer, double basis,
                                       DoubleBinaryOperator reducer) {
        Nulls.nonNull(transformer);
        return reduceToDouble(parallelismThreshold, (k, v) -> transformer.applyAsDouble(v), basis, reducer);
    }

    public long reduceValuesToLong(long parallelismThreshold, ToLongFunction<? super V> transformer, long basis,
                                   LongBinaryOperator reducer) {
        Nulls.nonNull(transformer);
        return reduceToLong(parallelismThreshold, (k, v) -> transformer.applyAsLong(v), basis, reducer);
    }

    public int reduceValuesToInt(long parallelismThreshold, ToIntFunction<? super V> transformer, int basis,
                                 IntBinaryOperator reducer) {
        Nulls.nonNull(transformer);
        return reduceToInt(parallelismThreshold, (k, v) -> transformer.applyAsInt(v), basis, reducer);
    }

    public void forEachEntry(long parallelismThreshold, Consumer<? super Map.Entry<K, V>> action) {
        Nulls.nonNull(action);
        forEach((k, v) -> action.accept(new MapEntry<>(k, v, this)));
    }

    public <U> void forEachEntry(long parallelismThreshold, Function<Map.Entry<K, V>, ? extends U> transformer,
                                 Consumer<? super U> action) {
        if (transformer == null || action == null) {
            throw new NullPointerException();
        }
        forEach(parallelismThreshold, (k, v) -> transformer.apply(new MapEntry<>(k, v, this)), action);
    }

    public <U> U searchEntries(long parallelismThreshold, Function<Map.Entry<K, V>, ? extends U> searchFunction) {
        Nulls.nonNull(searchFunction);
        return search(parallelismThreshold, (k, v) -> searchFunction.apply(new MapEntry<>(k, v, this)));
    }

    public Map.Entry<K, V> reduceEntries(long parallelismThreshold,
                                         BiFunction<Map.Entry<K, V>, Map.Entry<K, V>, ? extends Map.Entry<K, V>> reducer) {
        Nulls.nonNull(reducer);
        return reduce(parallelismThreshold, (k, v) -> new MapEntry<>(k, v, this), reducer);
    }

    public <U> U reduceEntries(long parallelismThreshold, Function<Map.Entry<K, V>, ? extends U> transformer,
                               BiFunction<? super U, ? super U, ? extends U> reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        return reduce(parallelismThreshold, (k, v) -> transformer.apply(new MapEntry<>(k, v, this)), reducer);
    }

    public double reduceEntriesToDouble(long parallelismThreshold, ToDoubleFunction<Map.Entry<K, V>> transformer,
                                        double basis, DoubleBinaryOperator reducer) {
        Nulls.nonNull(transformer);
        return reduceToDouble(parallelismThreshold, (k, v) -> transformer.applyAsDouble(new MapEntry<>(k, v, this)), basis, reducer);
    }

    public long reduceEntriesToLong(long parallelismThreshold, ToLongFunction<Map.Entry<K, V>> transformer, long basis,
                                    LongBinaryOperator reducer) {
        Nulls.nonNull(transformer);
        return reduceToLong(parallelismThreshold, (k, v) -> transformer.applyAsLong(new MapEntry<>(k, v, this)), basis, reducer);
    }

    public int reduceEntriesToInt(long parallelismThreshold, ToIntFunction<Map.Entry<K, V>> transformer, int basis,
                                  IntBinaryOperator reducer) {
        Nulls.nonNull(transformer);
        return reduceToInt(parallelismThreshold, (k, v) -> transformer.applyAsInt(new MapEntry<>(k, v, this)), basis, reducer);
    }
}
