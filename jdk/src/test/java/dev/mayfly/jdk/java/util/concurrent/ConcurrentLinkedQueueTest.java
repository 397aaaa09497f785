package dev.mayfly.jdk.java.util.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Iterator;
import java.util.Queue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mayfly's ConcurrentLinkedQueue holds the same elements in the same order as the JDK's through the same operations. */
class ConcurrentLinkedQueueTest {

    private static void apply(Queue<Integer> q, Random random) {
        int v = random.nextInt(20);
        switch (random.nextInt(6)) {
            case 0, 1 -> q.offer(v);
            case 2 -> q.poll();
            case 3 -> q.remove(v);
            case 4 -> q.removeIf(x -> x == v);
            default -> {
                for (Iterator<Integer> it = q.iterator(); it.hasNext();) {
                    if (it.next() % 7 == v % 7) {
                        it.remove();
                        break;
                    }
                }
            }
        }
    }

    @Test
    void behavesAsTheJdksQueue() {
        for (long seed = 1; seed <= 30; seed++) {
            Random a = new Random(seed);
            Random b = new Random(seed);
            Queue<Integer> mine = new ConcurrentLinkedQueue<>();
            Queue<Integer> jdk = new java.util.concurrent.ConcurrentLinkedQueue<>();
            for (int step = 0; step < 500; step++) {
                apply(mine, a);
                apply(jdk, b);
                assertEquals(jdk.toString(), mine.toString(), "seed " + seed + " step " + step);
                assertEquals(jdk.peek(), mine.peek());
                assertEquals(jdk.size(), mine.size());
            }
        }
        assertThrows(NullPointerException.class, () -> new ConcurrentLinkedQueue<Integer>().offer(null));
    }

    @Test
    void anIteratorCarriesOnPastElementsRemovedUnderItAsTheJdks() {
        assertEquals(walkWhileRemoving(new java.util.concurrent.ConcurrentLinkedQueue<>(java.util.List.of(1, 2, 3, 4))),
                walkWhileRemoving(new ConcurrentLinkedQueue<>(java.util.List.of(1, 2, 3, 4))));
    }

    private static String walkWhileRemoving(Queue<Integer> q) {
        Iterator<Integer> it = q.iterator();
        StringBuilder seen = new StringBuilder().append(it.next());
        q.remove(2);
        q.remove(3);
        q.poll();
        it.forEachRemaining(seen::append);
        return seen + " " + q;
    }
}
