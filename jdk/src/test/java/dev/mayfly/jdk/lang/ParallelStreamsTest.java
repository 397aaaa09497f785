package dev.mayfly.jdk.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A stream that parallel() wrapped says it is parallel through its whole pipeline, gives the sequential results, and sequential() unwraps it. */
class ParallelStreamsTest {

    @Test
    void intermediateOperationsStayParallelUntilSequential() {
        IntStream parallel = IntStreamPatch.parallel(IntStream.rangeClosed(1, 10));
        assertTrue(parallel.isParallel());
        IntStream mapped = parallel.map(x -> x * x).filter(x -> x % 2 == 1);
        assertTrue(mapped.isParallel());
        assertEquals(165, IntStreamPatch.parallel(IntStream.rangeClosed(1, 10)).map(x -> x * x).filter(x -> x % 2 == 1).sum());
        assertFalse(IntStreamPatch.parallel(IntStream.of(1)).sequential().isParallel());
        assertTrue(IntStreamPatch.parallel(IntStream.of(1)).asLongStream().isParallel());
        assertTrue(IntStreamPatch.parallel(IntStream.of(1)).mapToObj(Integer::toString).isParallel());
    }

    @Test
    void aParallelCollectionStreamKeepsEncounterOrder() {
        Stream<String> words = CollectionPatch.parallelStream(List.of("delta", "alpha", "echo"));
        assertTrue(words.isParallel());
        assertEquals("DELTA,ALPHA,ECHO", CollectionPatch.parallelStream(List.of("delta", "alpha", "echo")).map(String::toUpperCase)
                .collect(Collectors.joining(",")));
        assertEquals(List.of("alpha", "delta", "echo"), CollectionPatch.parallelStream(List.of("delta", "alpha", "echo")).sorted().toList());
    }
}
