package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Exercises the concurrent collections a service reaches for beyond ConcurrentHashMap:
 * ConcurrentSkipListMap/Set (ordering, navigation, views, null refusal, modification while
 * iterating), PriorityBlockingQueue (heap order, blocking take), LinkedBlockingDeque (capacity,
 * blocking at both ends), ConcurrentLinkedDeque and CopyOnWriteArraySet.
 */
public class ConcurrentCollections2 {

    private static String attempt(java.util.function.Supplier<Object> op) {
        try {
            return String.valueOf(op.get());
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    public static void main(String[] args) throws Exception {
        skipListMap();
        skipListSet();
        priorityQueue();
        deques();
        copyOnWriteSet();
        concurrentHashMap();
    }

    static void concurrentHashMap() {
        java.util.concurrent.ConcurrentHashMap<String, Integer> counts = new java.util.concurrent.ConcurrentHashMap<>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness "
                + "it was the epoch of belief it was the epoch of incredulity it was the season of light it was the season of darkness";
        for (String w : text.split(" ")) {
            counts.merge(w, 1, Integer::sum);
        }
        System.out.println("counts " + counts + " mappingCount " + counts.mappingCount());
        java.util.concurrent.ConcurrentHashMap<Integer, String> squares = new java.util.concurrent.ConcurrentHashMap<>(8);
        for (int i = 0; i < 40; i++) {
            squares.computeIfAbsent(i * i % 97, k -> "n" + k);
        }
        squares.computeIfPresent(0, (k, v) -> null);
        squares.compute(1000, (k, v) -> v == null ? "new" : v + "!");
        System.out.println("squares " + squares.keySet() + " copy " + new java.util.concurrent.ConcurrentHashMap<>(squares).values());
        java.util.concurrent.ConcurrentHashMap.KeySetView<String, Boolean> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        StringBuilder firsts = new StringBuilder();
        for (String w : text.split(" ")) {
            if (seen.add(w)) {
                firsts.append(w.charAt(0));
            }
        }
        System.out.println("newKeySet " + seen + " firsts " + firsts + " mapped " + seen.getMappedValue());
        java.util.Set<String> withDefault = counts.keySet(0);
        withDefault.add("dickens");
        System.out.println("keySet(0).add -> " + counts.get("dickens") + "; plain keySet add: " + attempt(() -> counts.keySet().add("x")));
        // a threshold of Long.MAX_VALUE keeps HotSpot's bulk operations sequential (and their order deterministic)
        System.out.println("reduceValues " + counts.reduceValues(Long.MAX_VALUE, Integer::sum) + " reduceKeysToInt " + counts.reduceKeysToInt(Long.MAX_VALUE,
                String::length, 0, Integer::sum) + " search " + counts.search(Long.MAX_VALUE, (k, v) -> v == 4 && k.startsWith("o") ? k : null)
                + " searchValues " + counts.searchValues(Long.MAX_VALUE, v -> v > 5 ? v : null));
        StringBuilder each = new StringBuilder();
        counts.forEach(Long.MAX_VALUE, (k, v) -> v >= 4 ? k + v : null, x -> each.append(x).append(' '));
        System.out.println("forEach(threshold, transformer) " + each.toString().trim());
        java.util.Enumeration<String> keys = counts.keys();
        int n = 0;
        while (keys.hasMoreElements()) {
            keys.nextElement();
            n++;
        }
        for (Iterator<Map.Entry<String, Integer>> it = counts.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getValue() == 1) {
                it.remove();
            } else if (e.getKey().length() == 2) {
                e.setValue(e.getValue() * 100);
            }
        }
        java.util.concurrent.ConcurrentMap<Integer, List<String>> byLength = java.util.Arrays.stream(text.split(" ")).distinct()
                .collect(java.util.stream.Collectors.groupingByConcurrent(String::length));
        java.util.concurrent.ConcurrentMap<Character, Long> byInitial = java.util.Arrays.stream(text.split(" "))
                .collect(java.util.stream.Collectors.groupingByConcurrent(w -> w.charAt(0), java.util.stream.Collectors.counting()));
        java.util.concurrent.ConcurrentMap<String, Integer> lengths = java.util.stream.Stream.of("alpha", "beta", "gamma")
                .collect(java.util.stream.Collectors.toConcurrentMap(w -> w, String::length));
        System.out.println("groupingByConcurrent " + byLength + " " + byInitial + " " + (byLength instanceof java.util.concurrent.ConcurrentHashMap)
                + " toConcurrentMap " + lengths + " merged " + java.util.Arrays.stream(text.split(" "))
                .collect(java.util.stream.Collectors.toConcurrentMap(w -> w.length(), w -> 1, Integer::sum))
                + " duplicate: " + attempt(() -> java.util.stream.Stream.of("x", "y", "x").collect(java.util.stream.Collectors.toConcurrentMap(w -> w, w -> 1))));
        System.out.println("keys() saw " + n + "; after iterator edits " + counts + " contains(400) " + counts.contains(400)
                + " null key: " + attempt(() -> counts.put(null, 1)) + " get(null): " + attempt(() -> counts.get(null)).split(":")[0]);
    }

    static void skipListMap() {
        ConcurrentSkipListMap<String, Integer> prices = new ConcurrentSkipListMap<>();
        String[] items = {"pear", "apple", "fig", "kiwi", "banana", "cherry", "date", "mango"};
        for (int i = 0; i < items.length; i++) {
            prices.put(items[i], 10 + i * 7);
        }
        System.out.println(prices);
        System.out.println("first " + prices.firstEntry() + " last " + prices.lastKey() + " floor(c) " + prices.floorKey("c")
                + " ceiling(c) " + prices.ceilingEntry("c") + " higher(kiwi) " + prices.higherKey("kiwi") + " lower(apple) "
                + prices.lowerEntry("apple"));
        ConcurrentNavigableMap<String, Integer> head = prices.headMap("date");
        System.out.println("head " + head + " tail " + prices.tailMap("fig", false) + " sub " + prices.subMap("b", "g"));
        System.out.println("descending " + prices.descendingMap() + " keys " + prices.descendingKeySet());
        System.out.println("descending sub " + prices.descendingMap().subMap("kiwi", true, "cherry", false));
        System.out.println("put out of range: " + attempt(() -> head.put("zebra", 1)));
        System.out.println("inverted range: " + attempt(() -> prices.subMap("z", "a")));
        System.out.println("null key: " + attempt(() -> prices.put(null, 1)) + ", null value: " + attempt(() -> prices.put("x", null)));
        System.out.println("entries are snapshots: " + attempt(() -> prices.firstEntry().setValue(0)));
        head.put("avocado", 99);
        System.out.println("view writes through: " + prices.firstEntry() + " size " + prices.size() + " head size " + head.size());
        for (Iterator<Map.Entry<String, Integer>> it = prices.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getKey().length() == 4) {
                it.remove();
            } else if (e.getKey().startsWith("c")) {
                prices.remove(e.getKey());
            }
        }
        System.out.println("after removing while iterating " + prices.keySet() + " values " + prices.values());
        System.out.println("merge " + prices.merge("apple", 1, Integer::sum) + " computeIfAbsent " + prices.computeIfAbsent("grape", k -> k.length())
                + " putIfAbsent " + prices.putIfAbsent("grape", 0) + " replace " + prices.replace("grape", 5, 6) + " remove(k,v) "
                + prices.remove("grape", 7) + " " + prices.get("grape"));
        System.out.println("poll " + prices.pollFirstEntry() + " " + prices.pollLastEntry() + " left " + prices);
        ConcurrentSkipListMap<Integer, String> byLength = new ConcurrentSkipListMap<>(Comparator.reverseOrder());
        for (String s : items) {
            byLength.merge(s.length(), s, (x, y) -> x + "+" + y);
        }
        System.out.println("reverse comparator " + byLength + " first " + byLength.firstKey() + " head(5) " + byLength.headMap(5)
                + " comparator kept " + (byLength.comparator() != null));
        ConcurrentSkipListMap<String, Integer> copy = prices.clone();
        copy.put("zz", 0);
        System.out.println("clone independent " + prices.containsKey("zz") + " equals TreeMap " + prices.equals(new java.util.TreeMap<>(prices)));
    }

    static void skipListSet() {
        ConcurrentSkipListSet<Integer> set = new ConcurrentSkipListSet<>();
        StringBuilder added = new StringBuilder();
        for (int i : new int[] {42, 7, 19, 3, 88, 19, 64, 1}) {
            added.append(set.add(i) ? '+' : '=');
        }
        System.out.println(added + " " + set + " desc " + set.descendingSet() + " head(19) " + set.headSet(19) + " tail(19,excl) "
                + set.tailSet(19, false) + " sub[3,64) " + set.subSet(3, 64));
        System.out.println("ceiling(20) " + set.ceiling(20) + " floor(2) " + set.floor(2) + " lower(1) " + set.lower(1)
                + " pollFirst " + set.pollFirst() + " pollLast " + set.pollLast() + " " + set);
        NavigableSet<Integer> low = set.headSet(20, true);
        System.out.println("add out of range: " + attempt(() -> low.add(50)) + ", null: " + attempt(() -> set.add(null)));
        low.remove(7);
        Iterator<Integer> it = set.iterator();
        set.add(100);
        StringBuilder seen = new StringBuilder();
        while (it.hasNext()) {
            seen.append(it.next()).append(' ');
        }
        System.out.println("after view removal " + set + " iteration saw " + seen.toString().trim().split(" ")[0] + ".. first/last "
                + set.first() + "/" + set.last());
        ConcurrentSkipListSet<String> words = new ConcurrentSkipListSet<>(String.CASE_INSENSITIVE_ORDER);
        words.addAll(List.of("Beta", "alpha", "ALPHA", "gamma", "Delta"));
        System.out.println("case-insensitive " + words + " contains(BETA) " + words.contains("BETA"));
    }

    static void priorityQueue() throws Exception {
        PriorityBlockingQueue<Integer> pq = new PriorityBlockingQueue<>();
        for (int i : new int[] {50, 20, 80, 10, 30, 70, 90, 5, 25, 60}) {
            pq.put(i);
        }
        System.out.println("heap order " + pq + " peek " + pq.peek() + " size " + pq.size());
        pq.remove(20);
        pq.removeIf(x -> x % 3 == 0);
        System.out.println("after remove/removeIf " + pq);
        List<Integer> drained = new ArrayList<>();
        pq.drainTo(drained, 3);
        System.out.println("drained " + drained + " left " + pq + " remainingCapacity max " + (pq.remainingCapacity() == Integer.MAX_VALUE));
        PriorityBlockingQueue<String> jobs = new PriorityBlockingQueue<>(4, Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        Thread consumer = new Thread(() -> {
            StringBuilder order = new StringBuilder();
            try {
                for (int i = 0; i < 4; i++) {
                    order.append(jobs.take()).append(' ');
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("taken " + order.toString().trim());
        });
        for (String s : new String[] {"deploy", "build", "ci", "lint"}) {
            jobs.add(s);
        }
        consumer.start();
        consumer.join();
        System.out.println("poll on empty with timeout " + jobs.poll(5, TimeUnit.MILLISECONDS) + " null element: " + attempt(() -> jobs.offer(null)));
        System.out.println("from collection " + new PriorityBlockingQueue<>(List.of(9, 4, 7, 1, 8, 2)));
    }

    static void deques() throws Exception {
        BlockingDeque<String> deque = new LinkedBlockingDeque<>(3);
        deque.putFirst("b");
        deque.putLast("c");
        deque.push("a");
        System.out.println(deque + " offer when full " + deque.offer("d") + " remaining " + deque.remainingCapacity()
                + " add when full: " + attempt(() -> deque.add("d")));
        Thread taker = new Thread(() -> {
            try {
                String first = deque.takeFirst();
                deque.putLast("from taker");
                System.out.println("taker got " + first);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        deque.clear();
        taker.start();
        deque.putLast("x");
        taker.join();
        Thread lastTaker = new Thread(() -> {
            try {
                System.out.println("last taker got " + deque.takeLast() + " then " + deque.takeLast());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        lastTaker.start();
        deque.putFirst("y");
        lastTaker.join();
        deque.putLast("z");
        System.out.println("after taker " + deque + " offerFirst with timeout " + deque.offerFirst("w", 1, TimeUnit.MILLISECONDS)
                + " pollLast " + deque.pollLast(1, TimeUnit.MILLISECONDS) + " " + deque);
        Iterator<String> down = deque.descendingIterator();
        System.out.println("descending " + down.next() + " then " + (down.hasNext() ? down.next() : "none"));

        ConcurrentLinkedDeque<Integer> cld = new ConcurrentLinkedDeque<>();
        for (int i = 1; i <= 5; i++) {
            if (i % 2 == 0) {
                cld.addFirst(i);
            } else {
                cld.addLast(i);
            }
        }
        Iterator<Integer> it = cld.iterator();
        cld.addLast(6);
        StringBuilder seen = new StringBuilder();
        while (it.hasNext()) {
            Integer v = it.next();
            if (v == 1) {
                it.remove();
            }
            seen.append(v);
        }
        System.out.println("linked deque " + cld + " first " + cld.peekFirst() + " last " + cld.peekLast() + " popped " + cld.pop()
                + " removeLastOccurrence(3) " + cld.removeLastOccurrence(3) + " size " + cld.size() + " saw " + seen.substring(0, 5));
        System.out.println("null: " + attempt(() -> cld.offer(null)) + ", empty removeFirst: " + attempt(() -> new ConcurrentLinkedDeque<>().removeFirst()));
    }

    static void copyOnWriteSet() {
        CopyOnWriteArraySet<String> tags = new CopyOnWriteArraySet<>(List.of("prod", "eu", "prod", "web"));
        System.out.println(tags + " add dup " + tags.add("eu") + " add new " + tags.add("canary") + " size " + tags.size());
        StringBuilder seen = new StringBuilder();
        for (String t : tags) {
            tags.add(t + "!");
            seen.append(t).append(' ');
        }
        System.out.println("snapshot iteration saw " + seen.toString().trim() + "; now " + tags.size());
        Iterator<String> it = tags.iterator();
        it.next();
        System.out.println("iterator remove: " + attempt(() -> {
            it.remove();
            return "removed";
        }));
        tags.removeIf(t -> t.endsWith("!"));
        System.out.println("after removeIf " + tags + " equals " + tags.equals(java.util.Set.of("web", "eu", "prod", "canary"))
                + " containsAll " + tags.containsAll(List.of("eu", "web")));
    }
}
