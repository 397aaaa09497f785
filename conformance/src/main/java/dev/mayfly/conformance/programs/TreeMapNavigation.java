package dev.mayfly.conformance.programs;

import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Exercises TreeMap and TreeSet navigation (floor/ceiling/higher/lower, head/tail/sub views,
 * descending maps, pollFirst/pollLast, custom comparators) in a price-level order book.
 */
public class TreeMapNavigation {

    public static void main(String[] args) {
        TreeMap<Integer, Integer> bids = new TreeMap<>((a, b) -> Integer.compare(b, a));
        TreeMap<Integer, Integer> asks = new TreeMap<>();
        int[][] orders = {{1, 10050, 5}, {0, 10040, 3}, {1, 10060, 2}, {0, 10030, 7}, {1, 10050, 4}, {0, 10045, 1}, {1, 10080, 9}, {0, 10040, 2}};
        for (int[] o : orders) {
            TreeMap<Integer, Integer> book = o[0] == 0 ? bids : asks;
            book.merge(o[1], o[2], Integer::sum);
        }
        System.out.println("bids " + bids + " asks " + asks);
        System.out.println("best bid " + bids.firstKey() + " best ask " + asks.firstKey() + " spread " + (asks.firstKey() - bids.firstKey()));
        System.out.println("asks floor(10055)=" + asks.floorKey(10055) + " ceiling(10055)=" + asks.ceilingKey(10055) + " higher(10060)="
                + asks.higherKey(10060) + " lower(10050)=" + asks.lowerKey(10050) + " ceiling(99999)=" + asks.ceilingKey(99999));
        System.out.println("asks head(10060) " + asks.headMap(10060) + " inclusive " + asks.headMap(10060, true) + " tail " + asks.tailMap(10060)
                + " sub " + asks.subMap(10050, 10080));
        NavigableMap<Integer, Integer> desc = asks.descendingMap();
        System.out.println("descending " + desc + " first " + desc.firstEntry() + " keys " + asks.descendingKeySet());
        Map.Entry<Integer, Integer> e = bids.pollFirstEntry();
        System.out.println("filled bid " + e + " remaining " + bids + " lastEntry " + bids.lastEntry());
        NavigableMap<Integer, Integer> view = asks.headMap(10060, true);
        view.remove(10050);
        asks.put(10055, 11);
        System.out.println("view write-through " + asks + " view " + view);
        try {
            view.put(10070, 1);
        } catch (IllegalArgumentException ex) {
            System.out.println("out of view range: " + ex.getMessage());
        }
        TreeSet<String> words = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String w : "Kiwi apple Banana cherry APPLE date Elderberry fig banana".split(" ")) {
            words.add(w);
        }
        System.out.println("words " + words + " first " + words.first() + " last " + words.last() + " ceiling(c) " + words.ceiling("c")
                + " floor(Coconut) " + words.floor("Coconut"));
        NavigableSet<String> tail = words.tailSet("cherry", false);
        System.out.println("tail " + tail + " head " + words.headSet("date") + " desc " + words.descendingSet() + " pollLast " + words.pollLast());
        TreeMap<String, Integer> lengths = new TreeMap<>();
        for (String w : words) {
            lengths.put(w, w.length());
        }
        System.out.println("lengths " + lengths + " firstEntry " + lengths.firstEntry().getKey() + " ceilingEntry(b) " + lengths.ceilingEntry("b"));
        TreeMap<Double, String> grades = new TreeMap<>(Map.of(90.0, "A", 80.0, "B", 70.0, "C", 60.0, "D", 0.0, "F"));
        StringBuilder sb = new StringBuilder();
        for (double score : new double[] {95.5, 80, 79.99, 61, 12, -1}) {
            Map.Entry<Double, String> g = grades.floorEntry(score);
            sb.append(score).append('=').append(g == null ? "?" : g.getValue()).append(' ');
        }
        System.out.println("grades " + sb.toString().trim());
    }
}
