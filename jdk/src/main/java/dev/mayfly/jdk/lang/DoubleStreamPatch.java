package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.stream.DoubleStream;

/**
 * DoubleStream's {@code parallel()} and {@code sequential()}: Mayfly has one processor, so a parallel
 * stream runs sequentially (the JDK allows it; results are the same for correct pipelines), but it
 * says it is parallel ({@link ParallelDoubleStream}).
 */
@PatchFor("java.util.stream.DoubleStream")
public final class DoubleStreamPatch {
    private DoubleStreamPatch() {
    }

    @InstanceMethod
    public static DoubleStream parallel(DoubleStream self) {
        return self.isParallel() ? self : new ParallelDoubleStream(self);
    }

    @InstanceMethod
    public static DoubleStream sequential(DoubleStream self) {
        return self;
    }
}
