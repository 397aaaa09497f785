package dev.mayfly.conformance.programs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Exercises synchronized, wait and notifyAll with a bounded buffer between one producer and one
 * consumer; the consumer's log is deterministic because the buffer is FIFO, and the buffer's
 * capacity is never exceeded.
 */
public class ProducerConsumer {

    static final class BoundedBuffer<T> {
        private final ArrayDeque<T> items = new ArrayDeque<>();
        private final int capacity;
        private int maxSeen;
        private boolean closed;

        BoundedBuffer(int capacity) {
            this.capacity = capacity;
        }

        synchronized void put(T item) throws InterruptedException {
            while (items.size() == capacity) {
                wait();
            }
            items.addLast(item);
            maxSeen = Math.max(maxSeen, items.size());
            notifyAll();
        }

        synchronized T take() throws InterruptedException {
            while (items.isEmpty()) {
                if (closed) {
                    return null;
                }
                wait();
            }
            T t = items.removeFirst();
            notifyAll();
            return t;
        }

        synchronized void close() {
            closed = true;
            notifyAll();
        }

        synchronized int maxSeen() {
            return maxSeen;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BoundedBuffer<String> buffer = new BoundedBuffer<>(3);
        List<String> consumed = new ArrayList<>();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 20; i++) {
                    buffer.put("order-" + i);
                    if (i % 7 == 0) {
                        Thread.sleep(5);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                buffer.close();
            }
        }, "producer");
        Thread consumer = new Thread(() -> {
            try {
                String s;
                int n = 0;
                while ((s = buffer.take()) != null) {
                    consumed.add(s.toUpperCase());
                    if (++n % 5 == 0) {
                        Thread.sleep(3);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "consumer");
        consumer.start();
        producer.start();
        producer.join();
        consumer.join();
        System.out.println("consumed " + consumed.size() + " items");
        System.out.println(consumed);
        System.out.println("capacity respected " + (buffer.maxSeen() <= 3));
    }
}
