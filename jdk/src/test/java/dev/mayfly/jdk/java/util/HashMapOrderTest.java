package dev.mayfly.jdk.java.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Mayfly's HashMap, HashSet and LinkedHashMap iterate in the host JDK's order after the same operations. */
class HashMapOrderTest {

    /** Keys whose hashes collide in pairs and in long chains ("Aa" and "BB" hash alike), plus spread-out ones. */
    private static Object key(Random random) {
        switch (random.nextInt(4)) {
            case 0: {
                StringBuilder sb = new StringBuilder();
                int n = 1 + random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append(random.nextBoolean() ? "Aa" : "BB");
                }
                return sb.toString();
            }
            case 1:
                return random.nextInt(64) * 64;
            case 2:
                return (long) random.nextInt(1000) << 32 | random.nextInt(4);
            default:
                return "k" + random.nextInt(300);
        }
    }

    private static void apply(Map<Object, Integer> map, Random random) {
        Object k = key(random);
        int v = random.nextInt(5);
        switch (random.nextInt(8)) {
            case 0, 1, 2 -> map.put(k, v);
            case 3 -> map.remove(k);
            case 4 -> map.merge(k, v, Integer::sum);
            case 5 -> map.compute(k, (kk, old) -> old == null ? Integer.valueOf(v) : old + v > 6 ? null : Integer.valueOf(old + v));
            case 6 -> map.computeIfAbsent(k, kk -> v);
            default -> {
                Iterator<Map.Entry<Object, Integer>> it = map.entrySet().iterator();
                while (it.hasNext()) {
                    if (it.next().getValue() == v) {
                        it.remove();
                        break;
                    }
                }
            }
        }
    }

    private static void sameOrderAfterRandomOperations(Supplier<Map<Object, Integer>> mine, Supplier<Map<Object, Integer>> jdk) {
        for (long seed = 1; seed <= 40; seed++) {
            Random a = new Random(seed);
            Random b = new Random(seed);
            Map<Object, Integer> m = mine.get();
            Map<Object, Integer> j = jdk.get();
            for (int step = 0; step < 1500; step++) {
                apply(m, a);
                apply(j, b);
                if (step % 50 == 0) {
                    assertEquals(j.toString(), m.toString(), "seed " + seed + " step " + step);
                }
            }
            assertEquals(j.toString(), m.toString(), "seed " + seed);
            assertEquals(j.size(), m.size());
            assertEquals(new ArrayList<>(j.values()).toString(), new ArrayList<>(m.values()).toString());
            Map<Object, Integer> copyMine = new HashMap<>(m);
            Map<Object, Integer> copyJdk = new java.util.HashMap<>(j);
            assertEquals(copyJdk.toString(), copyMine.toString(), "copy, seed " + seed);
            copyMine.putAll(m);
            copyJdk.putAll(j);
            assertEquals(copyJdk.toString(), copyMine.toString(), "putAll, seed " + seed);
        }
    }

    @Test
    void hashMapIteratesInTheJdkOrderThroughPutsRemovesAndTreeifiedBuckets() {
        sameOrderAfterRandomOperations(HashMap::new, java.util.HashMap::new);
    }

    @Test
    void presizedMapsIterateInTheJdkOrder() {
        sameOrderAfterRandomOperations(() -> new HashMap<>(3), () -> new java.util.HashMap<>(3));
        sameOrderAfterRandomOperations(() -> new HashMap<>(100, 0.5f), () -> new java.util.HashMap<>(100, 0.5f));
    }

    @Test
    void linkedHashMapKeepsInsertionAndAccessOrderAsTheJdk() {
        sameOrderAfterRandomOperations(LinkedHashMap::new, java.util.LinkedHashMap::new);
        sameOrderAfterRandomOperations(() -> new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Integer> eldest) {
                return size() > 20;
            }
        }, () -> new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Integer> eldest) {
                return size() > 20;
            }
        });
    }

    @Test
    void theCollidingKeysOfTheConformanceProgramComeOutInTheJdkOrder() {
        Map<String, Integer> mine = new HashMap<>();
        Map<String, Integer> jdk = new java.util.HashMap<>();
        String[] base = {"Aa", "BB"};
        for (int i = 0; i < 64; i++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < 6; b++) {
                sb.append(base[(i >> b) & 1]);
            }
            mine.put(sb.toString(), i);
            jdk.put(sb.toString(), i);
        }
        assertEquals(jdk.toString(), mine.toString());
        for (int i = 0; i < 60; i += 3) {
            String k = jdk.keySet().iterator().next();
            mine.remove(k);
            jdk.remove(k);
            assertEquals(jdk.toString(), mine.toString());
        }
    }

    @Test
    void hashSetFromACollectionIsSizedAsTheJdkSizesIt() {
        for (int n = 0; n < 200; n += 7) {
            List<Object> items = new ArrayList<>();
            Random random = new Random(n);
            for (int i = 0; i < n; i++) {
                items.add(key(random));
            }
            Set<Object> mine = new HashSet<>(items);
            Set<Object> jdk = new java.util.HashSet<>(items);
            assertEquals(jdk.toString(), mine.toString(), "n " + n);
            mine.removeIf(o -> o instanceof Integer);
            jdk.removeIf(o -> o instanceof Integer);
            assertEquals(jdk.toString(), mine.toString(), "n " + n);
            assertEquals(new java.util.LinkedHashSet<>(items).toString(), new LinkedHashSet<>(items).toString());
        }
    }

    @Test
    void reversedLinkedHashMapWalksBackwards() {
        LinkedHashMap<String, Integer> mine = new LinkedHashMap<>();
        java.util.LinkedHashMap<String, Integer> jdk = new java.util.LinkedHashMap<>();
        for (String s : "one two three four".split(" ")) {
            mine.put(s, s.length());
            jdk.put(s, s.length());
        }
        mine.putFirst("zero", 0);
        jdk.putFirst("zero", 0);
        mine.putLast("one", 1);
        jdk.putLast("one", 1);
        assertEquals(jdk.toString(), mine.toString());
        assertEquals(jdk.reversed().toString(), mine.reversed().toString());
        assertEquals(jdk.pollFirstEntry(), mine.pollFirstEntry());
        assertEquals(jdk.lastEntry(), mine.lastEntry());
    }
}
