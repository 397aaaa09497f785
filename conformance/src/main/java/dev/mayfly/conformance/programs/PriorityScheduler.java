package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Exercises PriorityQueue with comparators and ties broken by sequence numbers in a discrete-event
 * job scheduler, plus a k-way merge and a top-k selection.
 */
public class PriorityScheduler {

    record Job(String name, int priority, int duration, long seq) {
    }

    record Event(long time, String what, long seq) {
    }

    public static void main(String[] args) {
        PriorityQueue<Job> ready = new PriorityQueue<>(Comparator.comparingInt(Job::priority).reversed().thenComparingLong(Job::seq));
        PriorityQueue<Event> timeline = new PriorityQueue<>(Comparator.comparingLong(Event::time).thenComparingLong(Event::seq));
        long seq = 0;
        String[] specs = {"backup:1:30", "web:5:3", "email:3:5", "index:2:12", "auth:5:2", "report:3:8", "cleanup:1:4"};
        long arrival = 0;
        for (String s : specs) {
            String[] p = s.split(":");
            timeline.add(new Event(arrival, "arrive " + p[0] + " " + p[1] + " " + p[2], seq++));
            arrival += 4;
        }
        long clock = 0;
        boolean busy = false;
        List<String> finished = new ArrayList<>();
        while (!timeline.isEmpty()) {
            Event e = timeline.poll();
            clock = e.time();
            String[] w = e.what().split(" ");
            if (w[0].equals("arrive")) {
                ready.add(new Job(w[1], Integer.parseInt(w[2]), Integer.parseInt(w[3]), seq++));
                System.out.println("t=" + clock + " arrive " + w[1] + " (queue " + ready.size() + ")");
            } else {
                busy = false;
                finished.add(w[1] + "@" + clock);
                System.out.println("t=" + clock + " done " + w[1]);
            }
            if (!busy && !ready.isEmpty()) {
                Job j = ready.poll();
                busy = true;
                timeline.add(new Event(clock + j.duration(), "done " + j.name(), seq++));
                System.out.println("t=" + clock + " start " + j.name() + " p" + j.priority());
            }
        }
        System.out.println("finished " + finished);

        int[][] lists = {{1, 4, 9, 16}, {2, 3, 5, 7, 11, 13}, {0, 10, 20}, {}};
        PriorityQueue<int[]> heads = new PriorityQueue<>((a, b) -> Integer.compare(lists[a[0]][a[1]], lists[b[0]][b[1]]));
        for (int i = 0; i < lists.length; i++) {
            if (lists[i].length > 0) {
                heads.add(new int[] {i, 0});
            }
        }
        StringBuilder merged = new StringBuilder();
        while (!heads.isEmpty()) {
            int[] h = heads.poll();
            merged.append(lists[h[0]][h[1]]).append(' ');
            if (h[1] + 1 < lists[h[0]].length) {
                heads.add(new int[] {h[0], h[1] + 1});
            }
        }
        System.out.println("merged " + merged.toString().trim());

        PriorityQueue<Integer> topK = new PriorityQueue<>();
        long x = 12345;
        for (int i = 0; i < 1000; i++) {
            x = (x * 1103515245 + 12345) & 0x7fffffff;
            topK.offer((int) (x % 100_000));
            if (topK.size() > 5) {
                topK.poll();
            }
        }
        List<Integer> best = new ArrayList<>();
        while (!topK.isEmpty()) {
            best.add(topK.poll());
        }
        System.out.println("top5 " + best);
        PriorityQueue<String> natural = new PriorityQueue<>(List.of("pear", "apple", "fig", "kiwi", "banana"));
        System.out.println("peek " + natural.peek() + " size " + natural.size() + " contains fig " + natural.contains("fig")
                + " remove(kiwi) " + natural.remove("kiwi"));
        StringBuilder drained = new StringBuilder();
        while (!natural.isEmpty()) {
            drained.append(natural.poll()).append(',');
        }
        System.out.println("drained " + drained);
    }
}
