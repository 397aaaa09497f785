package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Exercises a three-stage pipeline over BlockingQueues (ArrayBlockingQueue)
 * with poison pills, offer to a full queue, and timed poll; one thread per stage
 * keeps the output order deterministic.
 */
public class BlockingQueuePipeline {

    static final String POISON = "<eof>";

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<String> raw = new ArrayBlockingQueue<>(4);
        BlockingQueue<String> parsed = new ArrayBlockingQueue<>(16);
        List<String> sink = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line : "3,4;10,-2;7,7;bad;100,1;0,0".split(";")) {
                    raw.put(line);
                }
                raw.put(POISON);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread parser = new Thread(() -> {
            try {
                while (true) {
                    String line = raw.take();
                    if (line.equals(POISON)) {
                        parsed.put(POISON);
                        return;
                    }
                    String[] p = line.split(",");
                    parsed.put(p.length == 2 ? String.valueOf(Integer.parseInt(p[0]) * Integer.parseInt(p[1])) : "error(" + line + ")");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread writer = new Thread(() -> {
            try {
                String v;
                while (!(v = parsed.take()).equals(POISON)) {
                    sink.add(v);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        writer.start();
        parser.start();
        reader.start();
        reader.join();
        parser.join();
        writer.join();
        System.out.println("results " + sink);
        System.out.println("queues empty " + raw.isEmpty() + " " + parsed.isEmpty()
                + " remaining capacity " + raw.remainingCapacity());
        System.out.println("timed poll on empty " + parsed.poll(20, TimeUnit.MILLISECONDS) + " offer to full "
                + fill(new ArrayBlockingQueue<>(2)));
    }

    static String fill(BlockingQueue<Integer> q) {
        return q.offer(1) + "," + q.offer(2) + "," + q.offer(3);
    }
}
