package dev.mayfly.conformance.programs;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * Exercises enums: constant-specific bodies, abstract methods, fields and constructors,
 * values/valueOf/ordinal/compareTo, EnumMap and EnumSet, driving a traffic-light state machine.
 */
public class TrafficStateMachine {

    enum Light {
        RED(30) {
            Light next(Event e) {
                return e == Event.TIMER ? GREEN : this;
            }
        },
        GREEN(25) {
            Light next(Event e) {
                return switch (e) {
                    case TIMER, PEDESTRIAN -> YELLOW;
                    case EMERGENCY -> RED;
                    case FAULT -> FLASHING;
                };
            }
        },
        YELLOW(5) {
            Light next(Event e) {
                return e == Event.FAULT ? FLASHING : RED;
            }
        },
        FLASHING(0) {
            Light next(Event e) {
                return e == Event.TIMER ? RED : this;
            }

            @Override
            boolean safeToCross() {
                return false;
            }
        };

        final int seconds;

        Light(int seconds) {
            this.seconds = seconds;
        }

        abstract Light next(Event e);

        boolean safeToCross() {
            return this == RED;
        }
    }

    enum Event { TIMER, PEDESTRIAN, EMERGENCY, FAULT }

    public static void main(String[] args) {
        Light state = Light.RED;
        Map<Light, Integer> visits = new EnumMap<>(Light.class);
        Map<Light, Integer> seconds = new EnumMap<>(Light.class);
        String script = "TIMER PEDESTRIAN TIMER TIMER EMERGENCY TIMER TIMER FAULT PEDESTRIAN TIMER TIMER TIMER";
        for (String word : script.split(" ")) {
            Event e = Event.valueOf(word);
            Light next = state.next(e);
            System.out.println(state + " --" + e.name().toLowerCase() + "(" + e.ordinal() + ")--> " + next
                    + (next.safeToCross() ? " [walk]" : ""));
            visits.merge(next, 1, Integer::sum);
            seconds.merge(next, next.seconds, Integer::sum);
            state = next;
        }
        System.out.println("visits " + visits);
        System.out.println("seconds " + seconds);
        EnumSet<Light> unsafe = EnumSet.noneOf(Light.class);
        for (Light l : Light.values()) {
            if (!l.safeToCross()) {
                unsafe.add(l);
            }
        }
        System.out.println("unsafe " + unsafe + " complement " + EnumSet.complementOf(unsafe));
        System.out.println("range " + EnumSet.range(Light.GREEN, Light.FLASHING));
        System.out.println("compare " + Light.RED.compareTo(Light.YELLOW) + " " + Light.FLASHING.compareTo(Light.GREEN));
        System.out.println("declaring class " + Light.GREEN.getDeclaringClass().getSimpleName());
        try {
            Event.valueOf("HONK");
        } catch (IllegalArgumentException ex) {
            System.out.println("no such event: " + ex.getMessage());
        }
    }
}
