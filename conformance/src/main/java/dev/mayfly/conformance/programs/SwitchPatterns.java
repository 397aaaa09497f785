package dev.mayfly.conformance.programs;

import java.util.List;

/**
 * Exercises switch in all its forms: classic fall-through on ints, switch on strings (including
 * hash collisions), arrow switches on enums, switch expressions with yield, and pattern matching
 * switches over sealed types with record deconstruction and guards.
 */
public class SwitchPatterns {

    enum Unit { MM, CM, M, KM }

    sealed interface Cmd permits Move, Turn, Say, Stop {
    }

    record Move(int dx, int dy) implements Cmd {
    }

    record Turn(String direction) implements Cmd {
    }

    record Say(Object what) implements Cmd {
    }

    record Stop() implements Cmd {
    }

    static String classic(int day) {
        String kind;
        switch (day) {
            case 1:
            case 7:
                kind = "weekend";
                break;
            case 2:
                kind = "monday-ish";
            case 3:
            case 4:
                kind = "midweek";
                break;
            default:
                kind = day > 0 && day < 8 ? "late week" : "invalid";
        }
        return kind;
    }

    static int keyword(String s) {
        return switch (s) {
            case "Aa", "BB" -> 1;        // same hashCode
            case "AaAa", "BBBB", "AaBB" -> 2;
            case "" -> 0;
            case "if", "else", "while" -> {
                int n = s.length();
                yield 100 + n;
            }
            default -> -1;
        };
    }

    static double toMeters(double v, Unit u) {
        return switch (u) {
            case MM -> v / 1000;
            case CM -> v / 100;
            case M -> v;
            case KM -> v * 1000;
        };
    }

    static String run(Cmd c) {
        return switch (c) {
            case Move(int dx, int dy) when dx == 0 && dy == 0 -> "stay";
            case Move(int dx, int dy) when dx == 0 -> "vertical " + dy;
            case Move(var dx, var dy) -> "move " + dx + "," + dy;
            case Turn t when t.direction().equals("left") -> "turn left";
            case Turn t -> "turn " + t.direction().toUpperCase();
            case Say(String s) -> "say \"" + s + "\"";
            case Say(Integer i) when i > 100 -> "say a big number";
            case Say(Integer i) -> "say number " + i;
            case Say(Object o) -> "say something of " + (o == null ? "null" : o.getClass().getSimpleName());
            case Stop s -> "stop";
        };
    }

    static String describe(Object o) {
        return switch (o) {
            case null -> "null!";
            case Integer i when i < 0 -> "negative int " + i;
            case Integer i -> "int " + i;
            case Long l -> "long " + l;
            case String s when s.isEmpty() -> "empty string";
            case String s -> "string of " + s.length();
            case int[] arr -> "int array of " + arr.length;
            case List<?> list -> "list of " + list.size();
            case Unit u -> "unit " + u.ordinal();
            default -> "other";
        };
    }

    public static void main(String[] args) {
        for (int d = 0; d <= 8; d++) {
            System.out.print(classic(d) + (d < 8 ? " | " : "\n"));
        }
        for (String s : new String[] {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "if", "while", "switch"}) {
            System.out.print(s + "=" + keyword(s) + " ");
        }
        System.out.println();
        for (Unit u : Unit.values()) {
            System.out.print(u + ":" + toMeters(1500, u) + " ");
        }
        System.out.println();
        List<Cmd> program = List.of(new Move(0, 0), new Move(0, -2), new Move(3, 4), new Turn("left"),
                new Turn("right"), new Say("hi"), new Say(7), new Say(1000), new Say(2.5), new Say(null), new Stop());
        for (Cmd c : program) {
            System.out.println(run(c));
        }
        Object[] things = {null, -4, 4, 9L, "", "mayfly", new int[3], List.of(1, 2), Unit.KM, 'c'};
        for (Object o : things) {
            System.out.println(describe(o));
        }
    }
}
