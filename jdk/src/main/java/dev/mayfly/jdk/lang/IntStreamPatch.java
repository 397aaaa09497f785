package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.stream.IntStream;

/**
 * IntStream's {@code parallel()} and {@code sequential()}: Mayfly has one processor, so a parallel
 * stream is the sequential one (the JDK allows it; results are the same for correct pipelines).
 */
@PatchFor("java.util.stream.IntStream")
public final class IntStreamPatch {
    private IntStreamPatch() {
    }

    @InstanceMethod
    public static IntStream parallel(IntStream self) {
        return self;
    }

    @InstanceMethod
    public static IntStream sequential(IntStream self) {
        return self;
    }
}
