package dev.mayfly.conformance.programs;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Exercises Optional and the primitive optionals: map/flatMap/filter/or, orElse vs orElseGet
 * laziness, orElseThrow, ifPresentOrElse, stream(), equality and toString, resolving user
 * settings through fallbacks.
 */
public class OptionalPipelines {

    static final Map<String, String> USER = new TreeMap<>(Map.of("theme", "dark", "fontSize", "14", "lang", ""));
    static final Map<String, String> DEFAULTS = new TreeMap<>(Map.of("theme", "light", "fontSize", "12", "timeout", "30"));
    static int fallbackCalls;

    static Optional<String> user(String key) {
        return Optional.ofNullable(USER.get(key)).filter(v -> !v.isEmpty());
    }

    static Optional<String> defaults(String key) {
        return Optional.ofNullable(DEFAULTS.get(key));
    }

    static String expensiveFallback() {
        fallbackCalls++;
        return "computed";
    }

    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static void main(String[] args) {
        for (String key : List.of("theme", "fontSize", "lang", "timeout", "missing")) {
            Optional<String> v = user(key).or(() -> defaults(key));
            System.out.println(key + " -> " + v + " int " + v.flatMap(OptionalPipelines::parse).map(i -> i * 2).orElse(-1)
                    + " upper " + v.map(String::toUpperCase).orElseGet(OptionalPipelines::expensiveFallback));
        }
        System.out.println("fallback calls " + fallbackCalls);
        String eager = user("theme").orElse(expensiveFallback());
        System.out.println("orElse is eager: " + eager + " calls " + fallbackCalls);
        user("missing").ifPresentOrElse(v -> System.out.println("present " + v), () -> System.out.println("absent"));
        user("theme").ifPresent(v -> System.out.println("theme present " + v));
        try {
            user("missing").orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            user("missing").orElseThrow(() -> new IllegalArgumentException("setting missing"));
        } catch (IllegalArgumentException e) {
            System.out.println("custom: " + e.getMessage());
        }
        System.out.println("equality " + Optional.of(1).equals(Optional.of(1)) + " " + Optional.empty().equals(Optional.ofNullable(null))
                + " isEmpty " + Optional.empty().isEmpty() + " stream " + user("theme").stream().count() + " hash " + Optional.of("x").hashCode()
                + " " + Optional.empty().hashCode());
        OptionalInt max = java.util.stream.IntStream.of(4, 9, 2).max();
        OptionalDouble avg = java.util.stream.IntStream.empty().average();
        System.out.println("primitive " + max + " " + max.getAsInt() + " " + avg + " " + avg.orElse(Double.NaN) + " " + OptionalInt.of(3).equals(OptionalInt.of(3)));
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("Optional.of(null) throws NPE");
        }
    }
}
