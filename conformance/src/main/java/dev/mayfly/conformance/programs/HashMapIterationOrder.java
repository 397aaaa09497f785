package dev.mayfly.conformance.programs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Exercises HashMap and HashSet behaviour whose iteration order HotSpot fixes for String and
 * Integer keys (hash spreading, table resizing, treeified buckets), plus the Map default methods
 * (merge, compute, putIfAbsent, getOrDefault, removal during iteration).
 */
public class HashMapIterationOrder {

    public static void main(String[] args) {
        Map<String, Integer> words = new HashMap<>();
        for (String w : "one two three four five six seven eight nine ten eleven twelve thirteen".split(" ")) {
            words.put(w, w.length());
        }
        System.out.println("string keys " + words);
        Map<Integer, String> ints = new HashMap<>();
        int[] keys = {100, -5, 17, 1 << 20, 33, 65, 1, 0, 1000000, -1, 16, 48};
        for (int k : keys) {
            ints.put(k, "v" + k);
        }
        System.out.println("int keys " + ints.keySet());
        Set<String> set = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            set.add("item" + (i * 7 % 40));
        }
        System.out.println("set " + set);
        Map<Long, Integer> longs = new HashMap<>();
        for (long l = 1; l < 1L << 40; l *= 37) {
            longs.put(l, Long.numberOfTrailingZeros(l));
        }
        System.out.println("long keys " + longs.keySet());
        Map<String, Integer> counts = new HashMap<>();
        String text = "she sells sea shells by the sea shore the shells she sells are sea shells for sure";
        for (String w : text.split(" ")) {
            counts.merge(w, 1, Integer::sum);
        }
        System.out.println("counts " + counts);
        counts.computeIfAbsent("new", k -> 42);
        counts.computeIfPresent("the", (k, v) -> null);
        counts.compute("sea", (k, v) -> v * 100);
        counts.putIfAbsent("she", -1);
        System.out.println("edited " + counts + " getOrDefault " + counts.getOrDefault("missing", 0));
        Iterator<Map.Entry<String, Integer>> it = counts.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue() == 1) {
                it.remove();
            }
        }
        System.out.println("pruned " + counts + " size " + counts.size());
        Map<String, Integer> collide = new HashMap<>();
        String[] base = {"Aa", "BB"};
        for (int i = 0; i < 64; i++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < 6; b++) {
                sb.append(base[(i >> b) & 1]);
            }
            collide.put(sb.toString(), i);
        }
        System.out.println("colliding hash " + "AaAaAaAaAaAa".hashCode() + " == " + "BBBBBBBBBBBB".hashCode() + " size " + collide.size()
                + " get " + collide.get("BBAaBBAaBBAa"));
        StringBuilder order = new StringBuilder();
        for (String k : collide.keySet()) {
            order.append(collide.get(k)).append(',');
        }
        System.out.println("treeified order " + order);
        Map<Object, String> mixed = new HashMap<>();
        mixed.put(null, "null key");
        mixed.put('c', "char");
        mixed.put(2.5, "double");
        mixed.put(true, "bool");
        mixed.put("s", "string");
        System.out.println("mixed " + mixed + " null -> " + mixed.get(null));
    }
}
