package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * Collection's {@code parallelStream()}: Mayfly has one processor, so it runs as the sequential
 * stream (the JDK allows it), wrapped to report {@code isParallel()} ({@link ParallelStream}).
 */
@PatchFor("java.util.Collection")
public final class CollectionPatch {
    private CollectionPatch() {
    }

    @InstanceMethod
    public static <E> Stream<E> parallelStream(Collection<E> self) {
        return new ParallelStream<>(self.stream());
    }
}
