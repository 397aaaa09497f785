package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Exercises the concurrency utilities a service's metrics use: LongAdder request counters and a
 * LongAccumulator maximum updated from worker threads (one after another, so the output is fixed), per-status AtomicIntegerArray and
 * AtomicLongArray histograms, an AtomicReferenceArray of last errors, and a ConcurrentLinkedQueue of
 * events drained by a reporter (FIFO order, removal while iterating, null rejected).
 */
public class MetricsCounters {

    public static void main(String[] args) throws InterruptedException {
        LongAdder requests = new LongAdder();
        LongAccumulator slowest = new LongAccumulator(Math::max, Long.MIN_VALUE);
        AtomicIntegerArray byStatus = new AtomicIntegerArray(6);
        AtomicLongArray bytesByStatus = new AtomicLongArray(new long[] {0, 0, 10, 0, 0, 0});
        AtomicReferenceArray<String> lastError = new AtomicReferenceArray<>(new String[] {"none", "none", "none"});
        ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            final int id = w;
            Thread t = new Thread(() -> {
                for (int r = 0; r < 250; r++) {
                    requests.increment();
                    int status = (id * 7 + r * 3) % 5 + 1;
                    byStatus.incrementAndGet(status);
                    bytesByStatus.addAndGet(status, r + id);
                    slowest.accumulate((r * 37 + id * 11) % 1000);
                    if (status == 5) {
                        lastError.set(id % 3, "w" + id + "#" + r);
                    }
                    if (r % 100 == 0) {
                        events.offer("w" + id + " at " + r);
                    }
                }
            }, "worker-" + w);
            workers.add(t);
        }
        for (Thread t : workers) {
            t.start();
            t.join();
        }
        System.out.println("requests " + requests + " sum " + requests.sum() + " int " + requests.intValue() + " double " + requests.doubleValue());
        System.out.println("slowest " + slowest.get() + " then reset " + slowest.getThenReset() + " -> " + slowest);
        System.out.println("by status " + byStatus + " length " + byStatus.length() + " bytes " + bytesByStatus);
        System.out.println("cas " + byStatus.compareAndSet(0, 0, 42) + " " + byStatus.compareAndSet(0, 0, 43) + " -> " + byStatus.get(0)
                + " getAndAdd " + bytesByStatus.getAndAdd(2, 5) + " updateAndGet " + bytesByStatus.updateAndGet(2, v -> v * 2)
                + " accumulate " + byStatus.accumulateAndGet(1, 1000, Math::min));
        System.out.println("last errors " + lastError + " swap " + lastError.getAndSet(0, "cleared") + " cas " + lastError.compareAndSet(1, "nope", "x")
                + " " + lastError.get(0));
        requests.add(-1000);
        System.out.println("after add " + requests.sum() + " sumThenReset " + requests.sumThenReset() + " -> " + requests.sum());
        System.out.println("events " + events + " size " + events.size() + " peek " + events.peek() + " contains " + events.contains("w2 at 100"));
        events.removeIf(e -> e.endsWith(" 200"));
        for (var it = events.iterator(); it.hasNext();) {
            if (it.next().startsWith("w1")) {
                it.remove();
            }
        }
        System.out.println("pruned " + events + " remove " + events.remove("w0 at 0") + " " + events.remove("missing"));
        StringBuilder drained = new StringBuilder();
        String e;
        while ((e = events.poll()) != null) {
            drained.append(e).append("; ");
        }
        System.out.println("drained " + drained + "empty " + events.isEmpty() + " poll " + events.poll() + " peek " + events.peek());
        try {
            events.offer(null);
        } catch (NullPointerException npe) {
            System.out.println("null rejected");
        }
        events.addAll(List.of("a", "b"));
        events.add("c");
        System.out.println("refilled " + events + " " + new ConcurrentLinkedQueue<>(List.of(3, 1, 2)));
    }
}
