package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.stream.IntStream;

/**
 * IntStream's {@code parallel()} and {@code sequential()}: Mayfly has one processor, so a parallel
 * stream runs sequentially (the JDK allows it; results are the same for correct pipelines), but it
 * says it is parallel ({@link ParallelIntStream}).
 */
@PatchFor("java.util.stream.IntStream")
public final class IntStreamPatch {
    private IntStreamPatch() {
    }

    @InstanceMethod
    public static IntStream parallel(IntStream self) {
        return self.isParallel() ? self : new ParallelIntStream(self);
    }

    @InstanceMethod
    public static IntStream sequential(IntStream self) {
        return self;
    }
}
