package dev.mayfly.jdk.java.util.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Queue;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Mayfly's sorted and priority concurrent collections against the host JDK's: the same operations, the same printed outcomes. */
class ConcurrentSortedCollectionsTest {

    private static String attempt(Supplier<Object> op) {
        try {
            return String.valueOf(op.get());
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static List<String> navigableMapScenario(NavigableMap<String, Integer> m) {
        List<String> out = new ArrayList<>();
        for (String k : new String[] {"pear", "apple", "fig", "kiwi", "banana", "cherry", "date"}) {
            m.put(k, k.length());
        }
        out.add(m.toString());
        out.add(m.firstEntry() + " " + m.lastEntry() + " " + m.floorKey("c") + " " + m.ceilingEntry("c") + " " + m.higherKey("kiwi")
                + " " + m.lowerEntry("apple"));
        out.add(m.headMap("date").toString() + m.tailMap("fig", false) + attempt(() -> m.subMap("b", "f")));
        out.add(m.descendingMap().toString() + m.descendingKeySet() + m.descendingMap().headMap("date", true));
        out.add(attempt(() -> m.descendingMap().subMap("kiwi", false, "banana", true)));
        out.add(attempt(() -> m.subMap("z", "a")));
        out.add(attempt(() -> m.headMap("c").put("zebra", 1)));
        out.add(attempt(() -> m.headMap("c").subMap("a", "d")));
        out.add(attempt(() -> m.tailMap("m").headMap("b")));
        out.add(attempt(() -> m.put(null, 1)));
        out.add(attempt(() -> m.put("x", null)));
        out.add(attempt(() -> m.get(null)));
        out.add(attempt(() -> m.firstEntry().setValue(3)));
        Map<String, Integer> head = m.headMap("d");
        out.add(attempt(() -> head.put("avocado", 7)) + " " + m + " " + head.size());
        Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getValue() == 4) {
                it.remove();
            }
            if (e.getValue() == 6) {
                m.remove(e.getKey()); // modification during iteration: no ConcurrentModificationException
            }
        }
        out.add(m.keySet() + " " + m.values());
        out.add(m.pollFirstEntry() + " " + m.pollLastEntry() + " " + m.size());
        out.add(m.merge("apple", 10, Integer::sum) + " " + m.computeIfAbsent("grape", String::length) + " "
                + m.computeIfPresent("grape", (k, v) -> null) + " " + m.containsKey("grape"));
        out.add(attempt(() -> {
            NavigableSet<String> keys = m.navigableKeySet().subSet("c", true, "p", false);
            return keys + " " + keys.first() + " " + keys.pollLast() + " " + m.containsKey("kiwi");
        }));
        NavigableSet<String> tail = m.navigableKeySet().tailSet("c", true);
        out.add(tail + " " + attempt(tail::first) + " " + tail.pollLast() + " " + m.containsKey("kiwi"));
        out.add(m.equals(new java.util.TreeMap<>(m)) + " " + (m.hashCode() == new java.util.TreeMap<>(m).hashCode()));
        return out;
    }

    @Test
    void skipListMapBehavesAsTheJdks() {
        assertEquals(navigableMapScenario(new java.util.concurrent.ConcurrentSkipListMap<>()),
                navigableMapScenario(new ConcurrentSkipListMap<>()));
        assertEquals(navigableMapScenario(new java.util.concurrent.ConcurrentSkipListMap<>(Comparator.reverseOrder())),
                navigableMapScenario(new ConcurrentSkipListMap<>(Comparator.reverseOrder())));
    }

    private static List<String> navigableSetScenario(NavigableSet<Integer> s) {
        List<String> out = new ArrayList<>();
        for (int i : new int[] {42, 7, 19, 3, 88, 19, 64, 1}) {
            out.add(String.valueOf(s.add(i)));
        }
        out.add(s + " " + s.descendingSet() + " " + s.headSet(19) + " " + s.tailSet(19, false) + " " + s.subSet(3, 64));
        out.add(s.ceiling(20) + " " + s.floor(2) + " " + s.lower(1) + " " + s.higher(88) + " " + s.pollFirst() + " " + s.pollLast());
        out.add(attempt(() -> s.add(null)) + " " + attempt(() -> s.subSet(50, 10)) + " " + attempt(() -> s.headSet(10).add(50)));
        s.descendingSet().remove(42);
        out.add(s + " " + s.size() + " " + s.contains(7) + " " + s.remove(100));
        return out;
    }

    @Test
    void skipListSetBehavesAsTheJdks() {
        assertEquals(navigableSetScenario(new java.util.concurrent.ConcurrentSkipListSet<>()),
                navigableSetScenario(new ConcurrentSkipListSet<>()));
    }

    private static List<String> priorityQueueScenario(Queue<Integer> q) {
        List<String> out = new ArrayList<>();
        for (int i : new int[] {50, 20, 80, 10, 30, 70, 90, 5, 25, 60}) {
            q.offer(i);
        }
        out.add(q.toString());
        q.remove(20);
        out.add(q.toString() + " " + q.peek());
        q.removeIf(x -> x % 3 == 0);
        out.add(q.toString());
        Iterator<Integer> it = q.iterator();
        it.next();
        it.next();
        it.remove();
        out.add(q.toString());
        StringBuilder polled = new StringBuilder();
        while (!q.isEmpty()) {
            polled.append(q.poll()).append(' ');
        }
        out.add(polled.toString());
        out.add(attempt(() -> q.offer(null)));
        return out;
    }

    @Test
    void priorityBlockingQueueKeepsTheJdksHeapOrder() {
        assertEquals(priorityQueueScenario(new java.util.concurrent.PriorityBlockingQueue<>()),
                priorityQueueScenario(new PriorityBlockingQueue<>()));
        assertEquals(new java.util.concurrent.PriorityBlockingQueue<>(List.of(9, 4, 7, 1, 8, 2)).toString(),
                new PriorityBlockingQueue<>(List.of(9, 4, 7, 1, 8, 2)).toString());
    }

    private static <D extends java.util.concurrent.BlockingQueue<String> & java.util.Deque<String>> List<String> dequeScenario(D d) {
        List<String> out = new ArrayList<>();
        d.offerFirst("b");
        d.offerLast("c");
        d.push("a");
        out.add(d + " " + d.offer("d") + " " + d.offerFirst("z") + " " + d.remainingCapacity());
        out.add(attempt(() -> {
            d.addFirst("y");
            return "added";
        }));
        Iterator<String> it = d.descendingIterator();
        out.add(it.next() + it.next());
        it.remove();
        out.add(d + " " + d.pollLast() + " " + d.peekFirst() + " " + d.removeFirstOccurrence("b"));
        List<String> drained = new ArrayList<>();
        out.add(d.drainTo(drained, 1) + " " + drained + " " + d);
        return out;
    }

    @Test
    void linkedBlockingDequeBehavesAsTheJdks() {
        assertEquals(dequeScenario(new java.util.concurrent.LinkedBlockingDeque<>(4)), dequeScenario(new LinkedBlockingDeque<>(4)));
    }
}
