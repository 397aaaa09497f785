package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.stream.LongStream;

/**
 * LongStream's {@code parallel()} and {@code sequential()}: Mayfly has one processor, so a parallel
 * stream runs sequentially (the JDK allows it; results are the same for correct pipelines), but it
 * says it is parallel ({@link ParallelLongStream}).
 */
@PatchFor("java.util.stream.LongStream")
public final class LongStreamPatch {
    private LongStreamPatch() {
    }

    @InstanceMethod
    public static LongStream parallel(LongStream self) {
        return self.isParallel() ? self : new ParallelLongStream(self);
    }

    @InstanceMethod
    public static LongStream sequential(LongStream self) {
        return self;
    }
}
