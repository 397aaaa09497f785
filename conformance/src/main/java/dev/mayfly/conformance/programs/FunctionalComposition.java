package dev.mayfly.conformance.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Exercises lambdas and the java.util.function interfaces: composition with andThen/compose,
 * predicate combinators, currying, all four kinds of method references, captured effectively
 * final state, and recursion through a functional field, in a small pricing-rule engine.
 */
public class FunctionalComposition {

    record Item(String name, double price, int qty, String category) {
    }

    static final class Counter {
        private int n;

        int incrementAndGet() {
            return ++n;
        }
    }

    static Function<Integer, Integer> fib;

    static double discount(Item it) {
        return it.qty() >= 10 ? 0.9 : 1.0;
    }

    public static void main(String[] args) {
        List<Item> cart = List.of(new Item("pen", 1.20, 12, "office"), new Item("laptop", 999.0, 1, "tech"),
                new Item("paper", 4.75, 3, "office"), new Item("cable", 7.5, 10, "tech"), new Item("mug", 6.0, 2, "kitchen"));
        Function<Item, Double> gross = it -> it.price() * it.qty();
        Function<Double, Double> withTax = x -> x * 1.2;
        Function<Double, Long> toCents = x -> Math.round(x * 100);
        Function<Item, Long> pipeline = gross.andThen(withTax).andThen(toCents);
        Function<Double, Double> halve = x -> x / 2;
        System.out.println("compose " + withTax.compose(halve).apply(10.0) + " andThen " + withTax.andThen(halve).apply(10.0));
        for (Item it : cart) {
            System.out.println(it.name() + " -> " + pipeline.apply(it) + " cents, discounted factor " + discount(it));
        }
        Predicate<Item> cheap = it -> it.price() < 5;
        Predicate<Item> bulk = it -> it.qty() >= 10;
        Predicate<Item> office = it -> it.category().equals("office");
        List<String> picked = new ArrayList<>();
        for (Item it : cart) {
            if (cheap.or(bulk).and(office.negate().or(cheap)).test(it)) {
                picked.add(it.name());
            }
        }
        System.out.println("picked " + picked + " notCheap " + Predicate.not(cheap).test(cart.get(1)) + " isEqual "
                + Predicate.isEqual("pen").test("pen"));
        BiFunction<Double, Integer, Double> power = Math::pow;
        Function<Double, Function<Integer, Double>> curried = b -> e -> power.apply(b, e);
        System.out.println("curried " + curried.apply(2.0).apply(10) + " " + power.andThen(d -> d.intValue()).apply(3.0, 4));
        Supplier<List<String>> fresh = ArrayList::new;
        List<String> l1 = fresh.get();
        l1.add("x");
        System.out.println("supplier gives fresh lists " + fresh.get().isEmpty() + " " + l1);
        Function<String, Integer> length = String::length;
        BiFunction<String, String, Boolean> startsWith = String::startsWith;
        Function<String, Item> maker = name -> new Item(name, 0, 0, "none");
        Counter counter = new Counter();
        Supplier<Integer> tick = counter::incrementAndGet;
        tick.get();
        tick.get();
        System.out.println("refs " + length.apply("mayfly") + " " + startsWith.apply("mayfly", "may") + " " + maker.apply("ghost")
                + " " + tick.get());
        UnaryOperator<String> shout = s -> s.toUpperCase() + "!";
        BinaryOperator<Integer> maxOp = BinaryOperator.maxBy(Integer::compare);
        System.out.println(shout.apply("hey") + " " + maxOp.apply(3, 9) + " " + BinaryOperator.<String>minBy(String::compareTo).apply("b", "a")
                + " " + Function.<Integer>identity().apply(5) + " " + UnaryOperator.identity().apply("same"));
        IntBinaryOperator gcd = new IntBinaryOperator() {
            @Override
            public int applyAsInt(int a, int b) {
                return b == 0 ? a : applyAsInt(b, a % b);
            }
        };
        IntPredicate even = v -> v % 2 == 0;
        System.out.println("gcd " + gcd.applyAsInt(84, 36) + " even " + even.test(4) + " " + even.negate().test(4) + " "
                + even.and(v -> v > 2).test(2));
        fib = n -> n < 2 ? n : fib.apply(n - 1) + fib.apply(n - 2);
        System.out.println("fib(20) " + fib.apply(20));
        List<Supplier<String>> deferred = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final int copy = i;
            deferred.add(() -> "job" + copy);
        }
        StringBuilder out = new StringBuilder();
        deferred.forEach(s -> out.append(s.get()).append(' '));
        Runnable r = () -> out.append("ran");
        r.run();
        System.out.println(out);
    }
}
