package dev.mayfly.jdk.java.util;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SequencedMap;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * java.util.LinkedHashMap on Mayfly (compiled as {@code java.util.LinkedHashMap}): Mayfly's
 * {@link HashMap} with its entries also on a doubly linked list in insertion order (or access order
 * when made with {@code accessOrder}), which iteration follows; {@link #removeEldestEntry} is asked
 * after each insertion. Substituted with HashMap because it is built on HashMap's internals.
 */
public class LinkedHashMap<K, V> extends HashMap<K, V> implements SequencedMap<K, V> {
    /** An entry on the map's list. */
    static class Entry<K, V> extends HashMap.Node<K, V> {
        Entry<K, V> before;
        Entry<K, V> after;

        Entry(int hash, K key, V value, HashMap.Node<K, V> next) {
            super(hash, key, value, next);
        }
    }

    /** Where put places an entry: at the end (the default), or first/last for putFirst/putLast. */
    private static final int PUT_NORMAL = 0;
    private static final int PUT_FIRST = 1;
    private static final int PUT_LAST = 2;

    transient Entry<K, V> head;
    transient Entry<K, V> tail;
    final boolean accessOrder;
    private transient int putMode = PUT_NORMAL;

    private transient Set<K> linkedKeys;
    private transient Collection<V> linkedValues;
    private transient Set<Map.Entry<K, V>> linkedEntries;

    public LinkedHashMap(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor);
        accessOrder = false;
    }

    public LinkedHashMap(int initialCapacity) {
        super(initialCapacity);
        accessOrder = false;
    }

    public LinkedHashMap() {
        accessOrder = false;
    }

    public LinkedHashMap(Map<? extends K, ? extends V> m) {
        accessOrder = false;
        putMapEntries(m, false);
    }

    public LinkedHashMap(int initialCapacity, float loadFactor, boolean accessOrder) {
        super(initialCapacity, loadFactor);
        this.accessOrder = accessOrder;
    }

    /** A map sized for {@code numMappings} mappings without a resize (Java 19). */
    public static <K, V> LinkedHashMap<K, V> newLinkedHashMap(int numMappings) {
        if (numMappings < 0) {
            throw new IllegalArgumentException("Negative number of mappings: " + numMappings);
        }
        return new LinkedHashMap<>(calculateHashMapCapacity(numMappings));
    }

    /** Whether to remove the eldest entry after an insertion; a cache overrides it. */
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return false;
    }

    private void linkAtEnd(Entry<K, V> p) {
        if (putMode == PUT_FIRST) {
            Entry<K, V> first = head;
            head = p;
            if (first == null) {
                tail = p;
            } else {
                p.after = first;
                first.before = p;
            }
        } else {
            Entry<K, V> last = tail;
            tail = p;
            if (last == null) {
                head = p;
            } else {
                p.before = last;
                last.after = p;
            }
        }
    }

    /** Puts {@code dst} in {@code src}'s place on the list. */
    private void transferLinks(Entry<K, V> src, Entry<K, V> dst) {
        Entry<K, V> b = src.before;
        Entry<K, V> a = src.after;
        dst.before = b;
        dst.after = a;
        if (b == null) {
            head = dst;
        } else {
            b.after = dst;
        }
        if (a == null) {
            tail = dst;
        } else {
            a.before = dst;
        }
    }

    private void unlink(Entry<K, V> p) {
        Entry<K, V> b = p.before;
        Entry<K, V> a = p.after;
        p.before = null;
        p.after = null;
        if (b == null) {
            head = a;
        } else {
            b.after = a;
        }
        if (a == null) {
            tail = b;
        } else {
            a.before = b;
        }
    }

    @Override
    void reinitialize() {
        super.reinitialize();
        head = null;
        tail = null;
        linkedKeys = null;
        linkedValues = null;
        linkedEntries = null;
    }

    @Override
    HashMap.Node<K, V> newNode(int hash, K key, V value, HashMap.Node<K, V> next) {
        Entry<K, V> p = new Entry<>(hash, key, value, next);
        linkAtEnd(p);
        return p;
    }

    @Override
    HashMap.Node<K, V> replacementNode(HashMap.Node<K, V> p, HashMap.Node<K, V> next) {
        Entry<K, V> q = new Entry<>(p.hash, p.key, p.value, next);
        transferLinks((Entry<K, V>) p, q);
        return q;
    }

    @Override
    HashTreeNode<K, V> newTreeNode(int hash, K key, V value, HashMap.Node<K, V> next) {
        HashTreeNode<K, V> p = new HashTreeNode<>(hash, key, value, next);
        linkAtEnd(p);
        return p;
    }

    @Override
    HashTreeNode<K, V> replacementTreeNode(HashMap.Node<K, V> p, HashMap.Node<K, V> next) {
        HashTreeNode<K, V> q = new HashTreeNode<>(p.hash, p.key, p.value, next);
        transferLinks((Entry<K, V>) p, q);
        return q;
    }

    @Override
    void afterNodeRemoval(HashMap.Node<K, V> e) {
        unlink((Entry<K, V>) e);
    }

    @Override
    void afterNodeInsertion(boolean evict) {
        Entry<K, V> first = head;
        if (evict && first != null && removeEldestEntry(first)) {
            K key = first.key;
            removeNode(hash(key), key, null, false, true);
        }
    }

    @Override
    void afterNodeAccess(HashMap.Node<K, V> e) {
        Entry<K, V> p = (Entry<K, V>) e;
        if (putMode == PUT_FIRST) {
            if (head != p) {
                unlink(p);
                linkAtEnd(p);
                modCount++;
            }
        } else if (putMode == PUT_LAST || accessOrder) {
            if (tail != p) {
                unlink(p);
                int mode = putMode;
                putMode = PUT_NORMAL;
                linkAtEnd(p);
                putMode = mode;
                modCount++;
            }
        }
    }

    /** Puts the mapping first in encounter order (SequencedMap, Java 21). */
    @Override
    public V putFirst(K k, V v) {
        try {
            putMode = PUT_FIRST;
            return put(k, v);
        } finally {
            putMode = PUT_NORMAL;
        }
    }

    /** Puts the mapping last in encounter order (SequencedMap, Java 21). */
    @Override
    public V putLast(K k, V v) {
        try {
            putMode = PUT_LAST;
            return put(k, v);
        } finally {
            putMode = PUT_NORMAL;
        }
    }

    /** The class library's TSetFromMap calls this: a missing first/last entry is NoSuchElementException. */
    static <T> T checkNotNull(T node) {
        if (node == null) {
            throw new NoSuchElementException();
        }
        return node;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Entry<K, V> e = head; e != null; e = e.after) {
            if (Objects.equals(value, e.value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public V get(Object key) {
        HashMap.Node<K, V> e = getNode(key);
        if (e == null) {
            return null;
        }
        if (accessOrder) {
            afterNodeAccess(e);
        }
        return e.value;
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        HashMap.Node<K, V> e = getNode(key);
        if (e == null) {
            return defaultValue;
        }
        if (accessOrder) {
            afterNodeAccess(e);
        }
        return e.value;
    }

    @Override
    public void clear() {
        super.clear();
        head = null;
        tail = null;
    }

    @Override
    public Set<K> keySet() {
        if (linkedKeys == null) {
            linkedKeys = new AbstractSet<K>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public void clear() {
                    LinkedHashMap.this.clear();
                }

                @Override
                public Iterator<K> iterator() {
                    return new LinkedIterator<K>(false) {
                        @Override
                        public K next() {
                            return nextNode().key;
                        }
                    };
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
                    forEachLinked(e -> action.accept(e.key));
                }
            };
        }
        return linkedKeys;
    }

    @Override
    public Collection<V> values() {
        if (linkedValues == null) {
            linkedValues = new AbstractCollection<V>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public void clear() {
                    LinkedHashMap.this.clear();
                }

                @Override
                public Iterator<V> iterator() {
                    return new LinkedIterator<V>(false) {
                        @Override
                        public V next() {
                            return nextNode().value;
                        }
                    };
                }

                @Override
                public boolean contains(Object o) {
                    return containsValue(o);
                }

                @Override
                public void forEach(Consumer<? super V> action) {
                    Objects.requireNonNull(action);
                    forEachLinked(e -> action.accept(e.value));
                }
            };
        }
        return linkedValues;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        if (linkedEntries == null) {
            linkedEntries = new LinkedEntrySet(false);
        }
        return linkedEntries;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        forEachLinked(e -> action.accept(e.key, e.value));
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        forEachLinked(e -> e.value = function.apply(e.key, e.value));
    }

    private void forEachLinked(Consumer<Entry<K, V>> action) {
        int mc = modCount;
        for (Entry<K, V> e = head; e != null; e = e.after) {
            action.accept(e);
        }
        if (modCount != mc) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public SequencedMap<K, V> reversed() {
        return new ReversedView();
    }

    /** Walks the list forwards, or backwards for the reversed view. */
    abstract class LinkedIterator<T> implements Iterator<T> {
        private final boolean backwards;
        private Entry<K, V> next;
        private Entry<K, V> current;
        private int expectedModCount;

        LinkedIterator(boolean backwards) {
            this.backwards = backwards;
            next = backwards ? tail : head;
            expectedModCount = modCount;
        }

        @Override
        public final boolean hasNext() {
            return next != null;
        }

        final Entry<K, V> nextNode() {
            Entry<K, V> e = next;
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (e == null) {
                throw new NoSuchElementException();
            }
            current = e;
            next = backwards ? e.before : e.after;
            return e;
        }

        @Override
        public final void remove() {
            Entry<K, V> p = current;
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

    private final class LinkedEntrySet extends AbstractSet<Map.Entry<K, V>> {
        private final boolean backwards;

        LinkedEntrySet(boolean backwards) {
            this.backwards = backwards;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            LinkedHashMap.this.clear();
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new LinkedIterator<Map.Entry<K, V>>(backwards) {
                @Override
                public Map.Entry<K, V> next() {
                    return nextNode();
                }
            };
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> e)) {
                return false;
            }
            HashMap.Node<K, V> candidate = getNode(e.getKey());
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
    }

    /** The map in reverse encounter order, a view: changes go through to the map. */
    private final class ReversedView extends AbstractMap<K, V> implements SequencedMap<K, V> {
        private Set<Map.Entry<K, V>> reversedEntries;

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean containsKey(Object key) {
            return LinkedHashMap.this.containsKey(key);
        }

        @Override
        public boolean containsValue(Object value) {
            return LinkedHashMap.this.containsValue(value);
        }

        @Override
        public V get(Object key) {
            return LinkedHashMap.this.get(key);
        }

        @Override
        public V put(K key, V value) {
            return LinkedHashMap.this.put(key, value);
        }

        @Override
        public V remove(Object key) {
            return LinkedHashMap.this.remove(key);
        }

        @Override
        public void clear() {
            LinkedHashMap.this.clear();
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            if (reversedEntries == null) {
                reversedEntries = new LinkedEntrySet(true);
            }
            return reversedEntries;
        }

        @Override
        public V putFirst(K k, V v) {
            return LinkedHashMap.this.putLast(k, v);
        }

        @Override
        public V putLast(K k, V v) {
            return LinkedHashMap.this.putFirst(k, v);
        }

        @Override
        public SequencedMap<K, V> reversed() {
            return LinkedHashMap.this;
        }
    }
}
