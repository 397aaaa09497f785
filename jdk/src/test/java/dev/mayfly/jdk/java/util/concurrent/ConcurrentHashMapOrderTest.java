package dev.mayfly.jdk.java.util.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Mayfly's ConcurrentHashMap against the host JDK's: the same operations print the same maps, in the same order. */
class ConcurrentHashMapOrderTest {

    /** A key whose hash the test chooses, so that bins collide on purpose. */
    private record Collider(int hash, int id) {
        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return hash + "/" + id;
        }
    }

    /**
     * Random operations on a fresh map. With {@code colliders}, keys share a few hashes so that
     * bins grow long (growing a small table, or becoming tree bins), and nothing is removed: a
     * tree bin's shape, and so whether a removal turns it back into a list, depends on identity
     * hash codes even on HotSpot.
     */
    private static List<String> scenario(Supplier<Map<Object, Integer>> make, java.util.function.Function<Integer, Map<Object, Integer>> sized,
                                         long seed, boolean colliders) {
        List<String> out = new ArrayList<>();
        Random r = new Random(seed);
        Map<Object, Integer> m = make.get();
        int ops = colliders ? 40 : 300;
        for (int i = 0; i < ops; i++) {
            int op = r.nextInt(10);
            if (colliders && (op == 5 || op == 8)) {
                op = 0; // no removals: HotSpot untreeifies a tree bin on removal depending on its shape, which identity hashes decide
            }
            Object key = colliders ? new Collider(r.nextInt(2) * 64 + r.nextInt(2) * 4096, r.nextInt(12))
                    : r.nextBoolean() ? r.nextInt(200) : "k" + r.nextInt(150);
            if (op < 5) {
                m.put(key, i);
            } else if (op == 5) {
                m.remove(key);
            } else if (op == 6) {
                m.merge(key, 1, Integer::sum);
            } else if (op == 7) {
                m.computeIfAbsent(key, k -> 7);
            } else if (op == 8) {
                m.compute(key, (k, v) -> v == null ? Integer.valueOf(8) : (v % 3 == 0 ? null : Integer.valueOf(v + 1)));
            } else {
                m.putIfAbsent(key, -i);
            }
            if (i % 10 == 9) {
                out.add(m.toString());
            }
        }
        out.add(m.keySet().toString() + m.values());
        for (int cap : new int[] {0, 1, 5, 12, 13, 16, 17, 40, 100}) {
            Map<Object, Integer> s = sized.apply(cap);
            for (int i = 0; i < 60; i++) {
                s.put(i * 37 % 101, i);
                s.put("s" + i, i);
            }
            out.add(cap + ": " + s);
        }
        Map<Object, Integer> copy = make.get();
        copy.putAll(m);
        out.add("putAll " + copy);
        return out;
    }

    @Test
    void iterationOrderIsTheJdks() {
        for (long seed = 1; seed <= 30; seed++) {
            assertEquals(scenario(java.util.concurrent.ConcurrentHashMap::new, java.util.concurrent.ConcurrentHashMap::new, seed, false),
                    scenario(ConcurrentHashMap::new, ConcurrentHashMap::new, seed, false), "seed " + seed);
        }
    }

    @Test
    void longBinsInASmallTableGrowItAsTheJdksDo() {
        for (long seed = 1; seed <= 30; seed++) {
            assertEquals(scenario(java.util.concurrent.ConcurrentHashMap::new, java.util.concurrent.ConcurrentHashMap::new, seed, true),
                    scenario(ConcurrentHashMap::new, ConcurrentHashMap::new, seed, true), "seed " + seed);
        }
    }

    @Test
    void copyConstructorAndKeySetViewsBehaveAsTheJdks() {
        java.util.concurrent.ConcurrentHashMap<String, Integer> jdk = new java.util.concurrent.ConcurrentHashMap<>();
        ConcurrentHashMap<String, Integer> ours = new ConcurrentHashMap<>();
        for (int i = 0; i < 40; i++) {
            jdk.put("w" + i * 7, i);
            ours.put("w" + i * 7, i);
        }
        assertEquals(new java.util.concurrent.ConcurrentHashMap<>(jdk).toString(), new ConcurrentHashMap<>(ours).toString());
        java.util.Set<String> jdkSet = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.Set<String> ourSet = ConcurrentHashMap.newKeySet();
        for (String s : "the quick brown fox jumps over the lazy dog again and again".split(" ")) {
            assertEquals(jdkSet.add(s), ourSet.add(s));
        }
        assertEquals(jdkSet.toString(), ourSet.toString());
        java.util.Set<String> jdkKeys = jdk.keySet(-1);
        java.util.Set<String> ourKeys = ours.keySet(-1);
        jdkKeys.add("extra");
        ourKeys.add("extra");
        assertEquals(jdk.toString(), ours.toString());
        assertEquals(jdk.reduceValues(1, Integer::sum), ours.reduceValues(1, Integer::sum));
        String jdkFound = jdk.search(Long.MAX_VALUE, (k, v) -> v > 30 ? k : null);
        String ourFound = ours.search(Long.MAX_VALUE, (k, v) -> v > 30 ? k : null);
        assertEquals(jdkFound, ourFound);
        assertEquals(jdk.mappingCount(), ours.mappingCount());
        assertEquals(jdk.hashCode(), ours.hashCode());
        assertEquals(true, ours.equals(jdk));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> ours.keySet().add("x"));
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> ours.put(null, 1));
    }
}
