package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exercises autoboxing and unboxing: the mandated Integer/Short/Byte/Character/Boolean caches,
 * equals across wrapper types, unboxing in arithmetic and comparisons, List.remove(int) vs
 * remove(Object), null unboxing, and compound assignment on wrappers in maps.
 */
public class AutoboxingRules {

    public static void main(String[] args) {
        Integer a = 127;
        Integer b = 127;
        Integer c = Integer.valueOf(-128);
        Integer d = -128;
        System.out.println("cached identity " + (a == b) + " " + (c == d) + " " + (Boolean.valueOf(true) == Boolean.TRUE) + " "
                + (Character.valueOf('x') == Character.valueOf('x')) + " " + (Byte.valueOf((byte) 5) == Byte.valueOf((byte) 5)) + " "
                + (Short.valueOf((short) 100) == Short.valueOf((short) 100)) + " " + (Long.valueOf(10) == Long.valueOf(10)));
        Integer big1 = 1000;
        Integer big2 = 1000;
        System.out.println("equals " + big1.equals(big2) + " compare " + big1.compareTo(big2) + " intValue== " + (big1.intValue() == big2.intValue())
                + " mixed " + (big1 == 1000) + " " + Integer.valueOf(1).equals(1L) + " " + Long.valueOf(1).equals(1L) + " " + new Object().equals(null));
        List<Integer> list = new ArrayList<>(List.of(10, 20, 30, 1, 2));
        list.remove(1);
        System.out.println("remove(int) " + list);
        list.remove(Integer.valueOf(1));
        System.out.println("remove(Object) " + list);
        Map<String, Integer> counters = new HashMap<>();
        counters.put("hits", 0);
        for (int i = 0; i < 5; i++) {
            counters.put("hits", counters.get("hits") + 1);
        }
        Integer boxedCounter = 0;
        for (int i = 0; i < 3; i++) {
            boxedCounter++;
            boxedCounter += 10;
        }
        System.out.println("counters " + counters + " boxed " + boxedCounter);
        Integer nothing = counters.get("misses");
        try {
            int x = nothing;
            System.out.println("unboxed " + x);
        } catch (NullPointerException e) {
            System.out.println("unboxing null throws NPE");
        }
        Double dd = 0.1 + 0.2;
        Float ff = 1.5f;
        Character ch = 'q';
        Long ll = Long.MAX_VALUE;
        System.out.println("arith " + (dd * 10) + " " + (ff + 1) + " " + (ch + 1) + " " + (char) (ch + 1) + " " + (ll + 1) + " " + (a + b) + " "
                + (a < big1) + " " + Integer.sum(a, b) + " " + Integer.max(a, c) + " " + Double.compare(dd, 0.3));
        Object[] mixed = {1, 1L, 1.0, 1.0f, (short) 1, (byte) 1, '1', true, "1"};
        StringBuilder types = new StringBuilder();
        for (Object o : mixed) {
            types.append(o.getClass().getSimpleName()).append('=').append(o).append(' ');
        }
        System.out.println("boxed types " + types.toString().trim());
        long total = 0;
        List<Long> longs = new ArrayList<>();
        for (long i = 0; i < 1000; i++) {
            longs.add(i * i);
        }
        for (Long v : longs) {
            total += v;
        }
        System.out.println("sum " + total + " conditional " + (longs.size() > 5 ? longs.get(5) : 0) + " hash " + Boolean.hashCode(true) + " "
                + Integer.valueOf(77).hashCode() + " parse " + Integer.valueOf("0042") + " " + Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes"));
    }
}
