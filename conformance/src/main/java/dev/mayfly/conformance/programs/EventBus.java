package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Exercises lambdas, method references and generic consumers by publishing typed events through
 * a synchronous event bus with topic subscriptions and handler errors.
 */
public class EventBus {

    record Event(String topic, String payload, int priority) {
    }

    private final Map<String, List<Consumer<Event>>> handlers = new LinkedHashMap<>();
    private final List<String> deadLetters = new ArrayList<>();
    private int delivered;

    void subscribe(String topic, Consumer<Event> handler) {
        handlers.computeIfAbsent(topic, k -> new ArrayList<>()).add(handler);
    }

    void publish(Event e) {
        List<Consumer<Event>> list = handlers.get(e.topic());
        if (list == null) {
            deadLetters.add(e.topic() + ":" + e.payload());
            return;
        }
        for (Consumer<Event> h : list) {
            try {
                h.accept(e);
                delivered++;
            } catch (RuntimeException ex) {
                System.out.println("handler failed on " + e + ": " + ex.getMessage());
            }
        }
    }

    static class Auditor {
        private final List<String> seen = new ArrayList<>();

        void record(Event e) {
            seen.add(e.topic() + "#" + e.priority());
        }
    }

    public static void main(String[] args) {
        EventBus bus = new EventBus();
        Auditor auditor = new Auditor();
        StringBuilder orders = new StringBuilder();
        bus.subscribe("order", e -> orders.append(e.payload().toUpperCase()).append(' '));
        bus.subscribe("order", auditor::record);
        bus.subscribe("payment", auditor::record);
        bus.subscribe("payment", e -> {
            if (e.priority() > 5) {
                throw new IllegalStateException("payment too urgent: " + e.priority());
            }
            System.out.println("paid " + e.payload());
        });
        Consumer<Event> printer = e -> System.out.println("log " + e.topic() + " " + e.payload());
        bus.subscribe("log", printer.andThen(auditor::record));

        bus.publish(new Event("order", "apples", 1));
        bus.publish(new Event("payment", "42.00", 3));
        bus.publish(new Event("order", "pears", 2));
        bus.publish(new Event("payment", "1000.00", 9));
        bus.publish(new Event("shipping", "box-7", 4));
        bus.publish(new Event("log", "done", 0));

        System.out.println("orders: " + orders.toString().trim());
        System.out.println("audit: " + auditor.seen);
        System.out.println("delivered: " + bus.delivered);
        System.out.println("dead letters: " + bus.deadLetters);
        System.out.println("topics: " + bus.handlers.keySet());
    }
}
