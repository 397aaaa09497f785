package dev.mayfly.jdk.java.util;

import java.io.Serializable;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * java.util.HashMap on Mayfly (compiled as {@code java.util.HashMap}): a hash table whose
 * iteration order is HotSpot's, because programs print maps and sets and the compiler's class
 * library ordered them differently. The order follows from the JDK's documented and observable
 * layout, reproduced here: a power-of-two table allocated on first insertion, the key's hash with
 * its high half folded into the low half ({@code h ^ (h >>> 16)}), new keys appended to their
 * bucket by {@code put} and pushed in front by {@code compute}/{@code merge}, the table doubled when
 * the size passes capacity × load factor (each bucket split into a low and a high half in order),
 * and a bucket of more than {@value #TREEIFY_THRESHOLD} keys turned into a red-black tree
 * ({@link HashTreeNode}) once the table has {@value #MIN_TREEIFY_CAPACITY} buckets.
 */
public class HashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, Cloneable, Serializable {
    /** The capacity of a table made without a size hint. */
    static final int DEFAULT_INITIAL_CAPACITY = 16;
    /** The largest table: the largest power of two an int holds. */
    static final int MAXIMUM_CAPACITY = 1 << 30;
    /** The load factor of a map made without one. */
    static final float DEFAULT_LOAD_FACTOR = 0.75f;
    /** A bucket whose list reaches this length becomes a tree. */
    static final int TREEIFY_THRESHOLD = 8;
    /** A tree split by a resize becomes a list again at this many nodes or fewer. */
    static final int UNTREEIFY_THRESHOLD = 6;
    /** Below this many buckets a long bucket doubles the table instead of becoming a tree. */
    static final int MIN_TREEIFY_CAPACITY = 64;

    transient Node<K, V>[] table;
    transient int size;
    transient int modCount;
    /** The size at which the table doubles; before the table exists, its initial capacity (0: the default). */
    int threshold;
    final float loadFactor;

    private transient Set<K> keys;
    private transient Collection<V> valueView;
    private transient Set<Map.Entry<K, V>> entries;

    /** A mapping in a bucket's list. */
    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;

        Node(int hash, K key, V value, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        @Override
        public final K getKey() {
            return key;
        }

        @Override
        public final V getValue() {
            return value;
        }

        @Override
        public final V setValue(V newValue) {
            V old = value;
            value = newValue;
            return old;
        }

        @Override
        public final String toString() {
            return key + "=" + value;
        }

        @Override
        public final int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(value);
        }

        @Override
        public final boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            return o instanceof Map.Entry<?, ?> e && Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }
    }

    public HashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        }
        if (initialCapacity > MAXIMUM_CAPACITY) {
            initialCapacity = MAXIMUM_CAPACITY;
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
        }
        this.loadFactor = loadFactor;
        this.threshold = tableSizeFor(initialCapacity);
    }

    public HashMap(int initialCapacity) {
        this(initialCapacity, DEFAULT_LOAD_FACTOR);
    }

    public HashMap() {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
    }

    public HashMap(Map<? extends K, ? extends V> m) {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
        putMapEntries(m, false);
    }

    /** A map sized for {@code numMappings} mappings without a resize (Java 19). */
    public static <K, V> HashMap<K, V> newHashMap(int numMappings) {
        if (numMappings < 0) {
            throw new IllegalArgumentException("Negative number of mappings: " + numMappings);
        }
        return new HashMap<>(calculateHashMapCapacity(numMappings));
    }

    /** The initial capacity that holds {@code numMappings} at the default load factor. */
    static int calculateHashMapCapacity(int numMappings) {
        return (int) Math.ceil(numMappings / (double) DEFAULT_LOAD_FACTOR);
    }

    /** The key's hash with its high half folded into the low half, which picks the bucket. */
    static int hash(Object key) {
        if (key == null) {
            return 0;
        }
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    /** The smallest power of two at least {@code capacity} (1 for 0), at most {@link #MAXIMUM_CAPACITY}. */
    static int tableSizeFor(int capacity) {
        int n = capacity <= 1 ? 0 : -1 >>> Integer.numberOfLeadingZeros(capacity - 1);
        return n < 0 ? 1 : n >= MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : n + 1;
    }

    final void putMapEntries(Map<? extends K, ? extends V> m, boolean evict) {
        int s = m.size();
        if (s <= 0) {
            return;
        }
        if (table == null) {
            double wanted = Math.ceil(s / (double) loadFactor);
            int t = wanted < MAXIMUM_CAPACITY ? (int) wanted : MAXIMUM_CAPACITY;
            if (t > threshold) {
                threshold = tableSizeFor(t);
            }
        } else {
            while (s > threshold && table.length < MAXIMUM_CAPACITY) {
                resize();
            }
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            K key = e.getKey();
            putVal(hash(key), key, e.getValue(), false, evict);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public V get(Object key) {
        Node<K, V> e = getNode(key);
        return e == null ? null : e.value;
    }

    final Node<K, V> getNode(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            return null;
        }
        int h = hash(key);
        Node<K, V> first = tab[(tab.length - 1) & h];
        if (first == null) {
            return null;
        }
        if (first.hash == h && sameKey(key, first.key)) {
            return first;
        }
        if (first instanceof HashTreeNode<K, V> tree) {
            return tree.getTreeNode(h, key);
        }
        for (Node<K, V> e = first.next; e != null; e = e.next) {
            if (e.hash == h && sameKey(key, e.key)) {
                return e;
            }
        }
        return null;
    }

    static boolean sameKey(Object key, Object candidate) {
        return candidate == key || (key != null && key.equals(candidate));
    }

    @Override
    public boolean containsKey(Object key) {
        return getNode(key) != null;
    }

    @Override
    public V put(K key, V value) {
        return putVal(hash(key), key, value, false, true);
    }

    /** Stores a mapping; a new key goes at the end of its bucket. Returns the previous value. */
    final V putVal(int hash, K key, V value, boolean onlyIfAbsent, boolean evict) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            tab = resize();
        }
        int i = (tab.length - 1) & hash;
        Node<K, V> p = tab[i];
        Node<K, V> existing;
        if (p == null) {
            tab[i] = newNode(hash, key, value, null);
            existing = null;
        } else if (p.hash == hash && sameKey(key, p.key)) {
            existing = p;
        } else if (p instanceof HashTreeNode<K, V> tree) {
            existing = tree.putTreeVal(this, tab, hash, key, value);
        } else {
            for (int binCount = 0;; binCount++) {
                existing = p.next;
                if (existing == null) {
                    p.next = newNode(hash, key, value, null);
                    if (binCount >= TREEIFY_THRESHOLD - 1) {
                        treeifyBin(tab, hash);
                    }
                    break;
                }
                if (existing.hash == hash && sameKey(key, existing.key)) {
                    break;
                }
                p = existing;
            }
        }
        if (existing != null) {
            V old = existing.value;
            if (!onlyIfAbsent || old == null) {
                existing.value = value;
            }
            afterNodeAccess(existing);
            return old;
        }
        modCount++;
        if (++size > threshold) {
            resize();
        }
        afterNodeInsertion(evict);
        return null;
    }

    /** Makes the table, or doubles it, splitting every bucket into its low and high half in order. */
    final Node<K, V>[] resize() {
        Node<K, V>[] old = table;
        int oldCap = old == null ? 0 : old.length;
        int oldThr = threshold;
        int newCap;
        int newThr = 0;
        if (oldCap > 0) {
            if (oldCap >= MAXIMUM_CAPACITY) {
                threshold = Integer.MAX_VALUE;
                return old;
            }
            newCap = oldCap << 1;
            if (newCap < MAXIMUM_CAPACITY && oldCap >= DEFAULT_INITIAL_CAPACITY) {
                newThr = oldThr << 1;
            }
        } else if (oldThr > 0) {
            newCap = oldThr;
        } else {
            newCap = DEFAULT_INITIAL_CAPACITY;
            newThr = (int) (DEFAULT_LOAD_FACTOR * DEFAULT_INITIAL_CAPACITY);
        }
        if (newThr == 0) {
            float ft = newCap * loadFactor;
            newThr = newCap < MAXIMUM_CAPACITY && ft < (float) MAXIMUM_CAPACITY ? (int) ft : Integer.MAX_VALUE;
        }
        threshold = newThr;
        @SuppressWarnings("unchecked")
        Node<K, V>[] tab = (Node<K, V>[]) new Node[newCap];
        table = tab;
        if (old == null) {
            return tab;
        }
        for (int j = 0; j < oldCap; j++) {
            Node<K, V> e = old[j];
            if (e == null) {
                continue;
            }
            old[j] = null;
            if (e.next == null) {
                tab[e.hash & (newCap - 1)] = e;
            } else if (e instanceof HashTreeNode<K, V> tree) {
                tree.split(this, tab, j, oldCap);
            } else {
                Node<K, V> loHead = null;
                Node<K, V> loTail = null;
                Node<K, V> hiHead = null;
                Node<K, V> hiTail = null;
                for (Node<K, V> next; e != null; e = next) {
                    next = e.next;
                    if ((e.hash & oldCap) == 0) {
                        if (loTail == null) {
                            loHead = e;
                        } else {
                            loTail.next = e;
                        }
                        loTail = e;
                    } else {
                        if (hiTail == null) {
                            hiHead = e;
                        } else {
                            hiTail.next = e;
                        }
                        hiTail = e;
                    }
                }
                if (loTail != null) {
                    loTail.next = null;
                    tab[j] = loHead;
                }
                if (hiTail != null) {
                    hiTail.next = null;
                    tab[j + oldCap] = hiHead;
                }
            }
        }
        return tab;
    }

    /** A bucket grew long: a small table doubles; a large one turns the bucket into a tree, keeping the list order. */
    final void treeifyBin(Node<K, V>[] tab, int hash) {
        if (tab == null || tab.length < MIN_TREEIFY_CAPACITY) {
            resize();
            return;
        }
        int index = (tab.length - 1) & hash;
        Node<K, V> e = tab[index];
        if (e == null) {
            return;
        }
        HashTreeNode<K, V> head = null;
        HashTreeNode<K, V> tail = null;
        do {
            HashTreeNode<K, V> p = replacementTreeNode(e, null);
            if (tail == null) {
                head = p;
            } else {
                p.prev = tail;
                tail.next = p;
            }
            tail = p;
            e = e.next;
        } while (e != null);
        tab[index] = head;
        head.treeify(tab);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        putMapEntries(m, true);
    }

    @Override
    public V remove(Object key) {
        Node<K, V> e = removeNode(hash(key), key, null, false, true);
        return e == null ? null : e.value;
    }

    /** Unlinks the mapping of {@code key} (with {@code matchValue}, only if it maps to {@code value}); returns it or null. */
    final Node<K, V> removeNode(int hash, Object key, Object value, boolean matchValue, boolean movable) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            return null;
        }
        int index = (tab.length - 1) & hash;
        Node<K, V> p = tab[index];
        if (p == null) {
            return null;
        }
        Node<K, V> node = null;
        if (p.hash == hash && sameKey(key, p.key)) {
            node = p;
        } else if (p instanceof HashTreeNode<K, V> tree) {
            node = tree.getTreeNode(hash, key);
        } else {
            for (Node<K, V> e = p.next; e != null; p = e, e = e.next) {
                if (e.hash == hash && sameKey(key, e.key)) {
                    node = e;
                    break;
                }
            }
        }
        if (node == null || (matchValue && !Objects.equals(value, node.value))) {
            return null;
        }
        if (node instanceof HashTreeNode<K, V> treeNode) {
            treeNode.removeTreeNode(this, tab, movable);
        } else if (node == p) {
            tab[index] = node.next;
        } else {
            p.next = node.next;
        }
        modCount++;
        size--;
        afterNodeRemoval(node);
        return node;
    }

    @Override
    public void clear() {
        modCount++;
        if (table != null && size > 0) {
            size = 0;
            java.util.Arrays.fill(table, null);
        }
    }

    @Override
    public boolean containsValue(Object value) {
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            for (Node<K, V> bucket : tab) {
                for (Node<K, V> e = bucket; e != null; e = e.next) {
                    if (Objects.equals(value, e.value)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public Set<K> keySet() {
        Set<K> ks = keys;
        if (ks == null) {
            ks = new KeySet();
            keys = ks;
        }
        return ks;
    }

    @Override
    public Collection<V> values() {
        Collection<V> vs = valueView;
        if (vs == null) {
            vs = new Values();
            valueView = vs;
        }
        return vs;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entries;
        if (es == null) {
            es = new EntrySet();
            entries = es;
        }
        return es;
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = getNode(key);
        return e == null ? defaultValue : e.value;
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return putVal(hash(key), key, value, true, true);
    }

    @Override
    public boolean remove(Object key, Object value) {
        return removeNode(hash(key), key, value, true, true) != null;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        Node<K, V> e = getNode(key);
        if (e != null && Objects.equals(e.value, oldValue)) {
            e.value = newValue;
            afterNodeAccess(e);
            return true;
        }
        return false;
    }

    @Override
    public V replace(K key, V value) {
        Node<K, V> e = getNode(key);
        if (e != null) {
            V old = e.value;
            e.value = value;
            afterNodeAccess(e);
            return old;
        }
        return null;
    }

    /** Where compute-style methods look a key up: after the resize a full table is due, so the new key lands where it stays. */
    private Node<K, V>[] tableForCompute() {
        Node<K, V>[] tab = table;
        if (size > threshold || tab == null || tab.length == 0) {
            tab = resize();
        }
        return tab;
    }

    /** The mapping of {@code key} in {@code first}'s bucket, or null; counts the list in {@code binCount[0]}. */
    private Node<K, V> findForCompute(Node<K, V> first, int hash, Object key, int[] binCount) {
        if (first instanceof HashTreeNode<K, V> tree) {
            return tree.getTreeNode(hash, key);
        }
        int count = 0;
        for (Node<K, V> e = first; e != null; e = e.next) {
            if (e.hash == hash && sameKey(key, e.key)) {
                return e;
            }
            count++;
        }
        binCount[0] = count;
        return null;
    }

    /** Adds a mapping computed for an absent key: in front of its bucket (or into its tree). */
    private void insertComputed(Node<K, V>[] tab, int i, Node<K, V> first, int hash, K key, V value, int binCount) {
        if (first instanceof HashTreeNode<K, V> tree) {
            tree.putTreeVal(this, tab, hash, key, value);
        } else {
            tab[i] = newNode(hash, key, value, first);
            if (binCount >= TREEIFY_THRESHOLD - 1) {
                treeifyBin(tab, hash);
            }
        }
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (mappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        Node<K, V>[] tab = tableForCompute();
        int i = (tab.length - 1) & hash;
        Node<K, V> first = tab[i];
        int[] binCount = new int[1];
        Node<K, V> old = findForCompute(first, hash, key, binCount);
        if (old != null && old.value != null) {
            afterNodeAccess(old);
            return old.value;
        }
        int mc = modCount;
        V v = mappingFunction.apply(key);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (v == null) {
            return null;
        }
        if (old != null) {
            old.value = v;
            afterNodeAccess(old);
            return v;
        }
        insertComputed(tab, i, first, hash, key, v, binCount[0]);
        modCount = mc + 1;
        size++;
        afterNodeInsertion(true);
        return v;
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        Node<K, V> e = getNode(key);
        if (e != null && e.value != null) {
            int mc = modCount;
            V v = remappingFunction.apply(key, e.value);
            if (mc != modCount) {
                throw new ConcurrentModificationException();
            }
            if (v != null) {
                e.value = v;
                afterNodeAccess(e);
                return v;
            }
            removeNode(hash(key), key, null, false, true);
        }
        return null;
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        Node<K, V>[] tab = tableForCompute();
        int i = (tab.length - 1) & hash;
        Node<K, V> first = tab[i];
        int[] binCount = new int[1];
        Node<K, V> old = findForCompute(first, hash, key, binCount);
        V oldValue = old == null ? null : old.value;
        int mc = modCount;
        V v = remappingFunction.apply(key, oldValue);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (old != null) {
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(hash, key, null, false, true);
            }
        } else if (v != null) {
            insertComputed(tab, i, first, hash, key, v, binCount[0]);
            modCount = mc + 1;
            size++;
            afterNodeInsertion(true);
        }
        return v;
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        Node<K, V>[] tab = tableForCompute();
        int i = (tab.length - 1) & hash;
        Node<K, V> first = tab[i];
        int[] binCount = new int[1];
        Node<K, V> old = findForCompute(first, hash, key, binCount);
        if (old != null) {
            V v;
            if (old.value != null) {
                int mc = modCount;
                v = remappingFunction.apply(old.value, value);
                if (mc != modCount) {
                    throw new ConcurrentModificationException();
                }
            } else {
                v = value;
            }
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(hash, key, null, false, true);
            }
            return v;
        }
        insertComputed(tab, i, first, hash, key, value, binCount[0]);
        modCount++;
        size++;
        afterNodeInsertion(true);
        return value;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        Node<K, V>[] tab = table;
        if (size > 0 && tab != null) {
            int mc = modCount;
            for (int i = 0; i < tab.length && modCount == mc; i++) {
                for (Node<K, V> e = tab[i]; e != null; e = e.next) {
                    action.accept(e.key, e.value);
                }
            }
            if (modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        Node<K, V>[] tab = table;
        if (size > 0 && tab != null) {
            int mc = modCount;
            for (Node<K, V> bucket : tab) {
                for (Node<K, V> e = bucket; e != null; e = e.next) {
                    e.value = function.apply(e.key, e.value);
                }
            }
            if (modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    public Object clone() {
        HashMap<K, V> result;
        try {
            result = (HashMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        result.reinitialize();
        result.putMapEntries(this, false);
        return result;
    }

    /** Empties a clone's copied state. */
    void reinitialize() {
        table = null;
        keys = null;
        valueView = null;
        entries = null;
        modCount = 0;
        threshold = 0;
        size = 0;
    }

    // The hooks LinkedHashMap overrides to keep its order.

    Node<K, V> newNode(int hash, K key, V value, Node<K, V> next) {
        return new Node<>(hash, key, value, next);
    }

    Node<K, V> replacementNode(Node<K, V> p, Node<K, V> next) {
        return new Node<>(p.hash, p.key, p.value, next);
    }

    HashTreeNode<K, V> newTreeNode(int hash, K key, V value, Node<K, V> next) {
        return new HashTreeNode<>(hash, key, value, next);
    }

    HashTreeNode<K, V> replacementTreeNode(Node<K, V> p, Node<K, V> next) {
        return new HashTreeNode<>(p.hash, p.key, p.value, next);
    }

    void afterNodeAccess(Node<K, V> p) {
    }

    void afterNodeInsertion(boolean evict) {
    }

    void afterNodeRemoval(Node<K, V> p) {
    }

    /** Walks the table bucket by bucket, each bucket's list in order. */
    abstract class HashIterator {
        Node<K, V> next;
        Node<K, V> current;
        int expectedModCount;
        int index;

        HashIterator() {
            expectedModCount = modCount;
            Node<K, V>[] tab = table;
            if (tab != null && size > 0) {
                advance(tab);
            }
        }

        private void advance(Node<K, V>[] tab) {
            while (index < tab.length) {
                next = tab[index++];
                if (next != null) {
                    return;
                }
            }
        }

        public final boolean hasNext() {
            return next != null;
        }

        final Node<K, V> nextNode() {
            Node<K, V> e = next;
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (e == null) {
                throw new NoSuchElementException();
            }
            current = e;
            next = e.next;
            if (next == null && table != null) {
                advance(table);
            }
            return e;
        }

        public final void remove() {
            Node<K, V> p = current;
            if (p == null) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            current = null;
            removeNode(p.hash, p.key, null, false, false);
            expectedModCount = modCount;
        }
    }

    final class KeyIterator extends HashIterator implements Iterator<K> {
        @Override
        public K next() {
            return nextNode().key;
        }
    }

    final class ValueIterator extends HashIterator implements Iterator<V> {
        @Override
        public V next() {
            return nextNode().value;
        }
    }

    final class EntryIterator extends HashIterator implements Iterator<Map.Entry<K, V>> {
        @Override
        public Map.Entry<K, V> next() {
            return nextNode();
        }
    }

    /** Runs {@code action} on every node in table order, failing if the map changes meanwhile. */
    final void forEachNode(Consumer<Node<K, V>> action) {
        Node<K, V>[] tab = table;
        if (size > 0 && tab != null) {
            int mc = modCount;
            for (int i = 0; i < tab.length && modCount == mc; i++) {
                for (Node<K, V> e = tab[i]; e != null; e = e.next) {
                    action.accept(e);
                }
            }
            if (modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    final class KeySet extends AbstractSet<K> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            HashMap.this.clear();
        }

        @Override
        public Iterator<K> iterator() {
            return new KeyIterator();
        }

        @Override
        public boolean contains(Object o) {
            return containsKey(o);
        }

        @Override
        public boolean remove(Object key) {
            return removeNode(hash(key), key, null, false, true) != null;
        }

        @Override
        public void forEach(Consumer<? super K> action) {
            Objects.requireNonNull(action);
            forEachNode(e -> action.accept(e.key));
        }
    }

    final class Values extends AbstractCollection<V> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            HashMap.this.clear();
        }

        @Override
        public Iterator<V> iterator() {
            return new ValueIterator();
        }

        @Override
        public boolean contains(Object o) {
            return containsValue(o);
        }

        @Override
        public void forEach(Consumer<? super V> action) {
            Objects.requireNonNull(action);
            forEachNode(e -> action.accept(e.value));
        }
    }

    final class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            HashMap.this.clear();
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator();
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> e)) {
                return false;
            }
            Node<K, V> candidate = getNode(e.getKey());
            return candidate != null && candidate.equals(e);
        }

        @Override
        public boolean remove(Object o) {
            if (o instanceof Map.Entry<?, ?> e) {
                Object key = e.getKey();
                return removeNode(hash(key), key, e.getValue(), true, true) != null;
            }
            return false;
        }

        @Override
        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            Objects.requireNonNull(action);
            forEachNode(action::accept);
        }
    }
}
