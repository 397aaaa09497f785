package dev.mayfly.conformance.programs;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Probes parallel streams (IntStream.parallel, Collection.parallelStream, sequential, isParallel):
 * results must match the sequential ones whatever the runtime's parallelism.
 */
public class ParallelStreams {

    public static void main(String[] args) {
        long seq = IntStream.rangeClosed(1, 100_000).asLongStream().map(x -> x * x % 1_000_003).sum();
        long par = IntStream.rangeClosed(1, 100_000).parallel().asLongStream().map(x -> x * x % 1_000_003).sum();
        System.out.println("sum of squares mod p: " + seq + " parallel equal " + (seq == par));
        System.out.println("primes below 10000: " + IntStream.range(2, 10_000).parallel()
                .filter(n -> IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0)).count());
        List<String> words = List.of("delta", "alpha", "echo", "charlie", "bravo", "foxtrot");
        System.out.println("ordered collect " + words.parallelStream().map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println("sorted joined " + words.parallelStream().sorted().collect(Collectors.joining(",")));
        System.out.println("isParallel " + IntStream.of(1).parallel().isParallel() + " " + IntStream.of(1).parallel().sequential().isParallel());
        System.out.println("factorial 20 " + LongStream.rangeClosed(1, 20).parallel().reduce(1, (a, b) -> a * b));
        System.out.println("forEachOrdered " + IntStream.range(0, 10).parallel().mapToObj(Integer::toString).collect(Collectors.joining()));
    }
}
