package dev.mayfly.conformance.programs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exercises LinkedHashMap insertion and access order and removeEldestEntry by building an LRU
 * cache in front of a slow "database", reporting hits, misses and evictions.
 */
public class LruCache {

    static final class Cache<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        int evictions;
        StringBuilder evicted = new StringBuilder();

        Cache(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean evict = size() > capacity;
            if (evict) {
                evictions++;
                evicted.append(eldest.getKey()).append(' ');
            }
            return evict;
        }
    }

    static int databaseReads;

    static String load(int key) {
        databaseReads++;
        return "row" + key * key;
    }

    public static void main(String[] args) {
        Cache<Integer, String> cache = new Cache<>(4);
        int hits = 0;
        int misses = 0;
        int[] requests = {1, 2, 3, 1, 4, 5, 1, 2, 6, 1, 3, 3, 7, 1, 8, 2, 1};
        for (int key : requests) {
            String v = cache.get(key);
            if (v == null) {
                misses++;
                v = load(key);
                cache.put(key, v);
            } else {
                hits++;
            }
            System.out.println("get " + key + " -> " + v + " order " + cache.keySet());
        }
        System.out.println("hits=" + hits + " misses=" + misses + " reads=" + databaseReads + " evictions=" + cache.evictions
                + " evicted: " + cache.evicted.toString().trim());
        LinkedHashMap<String, Integer> insertion = new LinkedHashMap<>();
        for (String s : "zeta alpha mu beta alpha omega zeta".split(" ")) {
            insertion.merge(s, 1, Integer::sum);
        }
        insertion.put("mu", 100);
        insertion.remove("beta");
        insertion.put("beta", 2);
        System.out.println("insertion order " + insertion + " firstKey " + insertion.keySet().iterator().next());
        insertion.putIfAbsent("alpha", -1);
        insertion.computeIfPresent("omega", (k, v) -> v + 10);
        insertion.compute("new", (k, v) -> v == null ? 0 : v + 1);
        insertion.replaceAll((k, v) -> v * 2);
        System.out.println("after edits " + insertion);
        StringBuilder sb = new StringBuilder();
        insertion.forEach((k, v) -> sb.append(k.charAt(0)));
        System.out.println("initials " + sb + " containsValue(200) " + insertion.containsValue(200) + " getOrDefault " + insertion.getOrDefault("nope", -7));
    }
}
