package dev.mayfly.conformance.programs;

import java.util.HashMap;
import java.util.Map;

/**
 * CPU benchmark (hash maps): a key-value store simulation doing millions of get/put/merge/remove
 * operations on Integer and String keys with a bounded size; prints a checksum.
 */
public class HashMapWorkload {

    public static void main(String[] args) {
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 3_000_000;
        Map<Integer, Long> numeric = new HashMap<>();
        Map<String, Integer> named = new HashMap<>();
        String[] names = new String[4096];
        for (int i = 0; i < names.length; i++) {
            names[i] = "user:" + Integer.toHexString(i * 2654435761L > 0 ? i * 40503 : i);
        }
        long seed = 12345;
        long checksum = 0;
        for (int i = 0; i < ops; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int r = (int) (seed >>> 33);
            int key = r & 0xFFFF;
            switch (r >>> 28 & 7) {
                case 0, 1, 2 -> {
                    Long v = numeric.get(key);
                    checksum += v == null ? 1 : v;
                }
                case 3, 4 -> numeric.put(key, (long) i);
                case 5 -> numeric.merge(key, 1L, Long::sum);
                case 6 -> {
                    Long removed = numeric.remove(key ^ 0x5555);
                    checksum ^= removed == null ? 0 : removed;
                }
                default -> named.merge(names[key & 4095], 1, Integer::sum);
            }
        }
        long namedSum = 0;
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            namedSum += (long) e.getKey().hashCode() * e.getValue();
        }
        System.out.println("numeric size " + numeric.size() + " named size " + named.size());
        System.out.println("ops " + ops + " checksum " + checksum + " named " + namedSum);
    }
}
