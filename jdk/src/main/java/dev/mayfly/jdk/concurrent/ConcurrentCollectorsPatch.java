package dev.mayfly.jdk.concurrent;

import dev.mayfly.jdk.patch.PatchFor;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * java.util.stream.Collectors' concurrent collectors, which TeaVM lacks: {@code groupingByConcurrent}
 * and {@code toConcurrentMap} collect into a ConcurrentHashMap (or the given ConcurrentMap). Mayfly
 * runs streams sequentially, so each is its non-concurrent counterpart with that map; the JDK's
 * characteristics (CONCURRENT, UNORDERED) are declared, and a duplicate key in
 * {@code toConcurrentMap(keyMapper, valueMapper)} fails as the JDK's does.
 */
@PatchFor("java.util.stream.Collectors")
public final class ConcurrentCollectorsPatch {
    private ConcurrentCollectorsPatch() {
    }

    public static <T, K> Collector<T, ?, ConcurrentMap<K, List<T>>> groupingByConcurrent(Function<? super T, ? extends K> classifier) {
        return groupingByConcurrent(classifier, ConcurrentHashMap::new, Collectors.toList());
    }

    public static <T, K, A, D> Collector<T, ?, ConcurrentMap<K, D>> groupingByConcurrent(
            Function<? super T, ? extends K> classifier, Collector<? super T, A, D> downstream) {
        return groupingByConcurrent(classifier, ConcurrentHashMap::new, downstream);
    }

    public static <T, K, A, D, M extends ConcurrentMap<K, D>> Collector<T, ?, M> groupingByConcurrent(
            Function<? super T, ? extends K> classifier, Supplier<M> mapFactory, Collector<? super T, A, D> downstream) {
        Objects.requireNonNull(classifier);
        Objects.requireNonNull(mapFactory);
        Objects.requireNonNull(downstream);
        return concurrent(Collectors.groupingBy(classifier, mapFactory, downstream));
    }

    public static <T, K, U> Collector<T, ?, ConcurrentMap<K, U>> toConcurrentMap(Function<? super T, ? extends K> keyMapper,
                                                                              Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        return Collector.<T, ConcurrentMap<K, U>>of(ConcurrentHashMap::new, (map, element) -> {
            K k = keyMapper.apply(element);
            U v = Objects.requireNonNull(valueMapper.apply(element));
            U u = map.putIfAbsent(k, v);
            if (u != null) {
                throw new IllegalStateException("Duplicate key " + k + " (attempted merging values " + u + " and " + v + ")");
            }
        }, (a, b) -> {
            for (java.util.Map.Entry<K, U> e : b.entrySet()) {
                U u = a.putIfAbsent(e.getKey(), e.getValue());
                if (u != null) {
                    throw new IllegalStateException("Duplicate key " + e.getKey() + " (attempted merging values " + u + " and "
                            + e.getValue() + ")");
                }
            }
            return a;
        }, Collector.Characteristics.CONCURRENT, Collector.Characteristics.UNORDERED, Collector.Characteristics.IDENTITY_FINISH);
    }

    public static <T, K, U> Collector<T, ?, ConcurrentMap<K, U>> toConcurrentMap(Function<? super T, ? extends K> keyMapper,
                                                                              Function<? super T, ? extends U> valueMapper,
                                                                              BinaryOperator<U> mergeFunction) {
        return toConcurrentMap(keyMapper, valueMapper, mergeFunction, ConcurrentHashMap::new);
    }

    public static <T, K, U, M extends ConcurrentMap<K, U>> Collector<T, ?, M> toConcurrentMap(
            Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper,
            BinaryOperator<U> mergeFunction, Supplier<M> mapFactory) {
        return concurrent(Collectors.toMap(keyMapper, valueMapper, mergeFunction, mapFactory));
    }

    /** The collector with the CONCURRENT and UNORDERED characteristics added. */
    private static <T, A, R> Collector<T, A, R> concurrent(Collector<T, A, R> c) {
        java.util.Set<Collector.Characteristics> ch = java.util.EnumSet.noneOf(Collector.Characteristics.class);
        ch.addAll(c.characteristics());
        ch.add(Collector.Characteristics.CONCURRENT);
        ch.add(Collector.Characteristics.UNORDERED);
        Collector.Characteristics[] array = ch.toArray(new Collector.Characteristics[0]);
        if (ch.contains(Collector.Characteristics.IDENTITY_FINISH)) {
            @SuppressWarnings("unchecked")
            Collector<T, A, R> identity = (Collector<T, A, R>) Collector.of(c.supplier(), c.accumulator(), c.combiner(), array);
            return identity;
        }
        return Collector.of(c.supplier(), c.accumulator(), c.combiner(), c.finisher(), array);
    }
}
