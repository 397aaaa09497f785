package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stream's {@code distinct()} as a lazy filter that keeps the first occurrence of each element
 * (by {@code equals}), which is the JDK's result for sequential streams; the compiler's own
 * distinct stage let duplicates through after {@code flatMap}. Applied to the compiler's stream
 * implementation base class.
 */
@PatchFor("java.util.stream.impl.SimpleStreamImpl")
public final class StreamDistinctPatch {
    private StreamDistinctPatch() {
    }

    @InstanceMethod
    public static <T> Stream<T> distinct(Stream<T> self) {
        Set<T> seen = new HashSet<>();
        return self.filter(seen::add);
    }
}
