package dev.mayfly.jdk.concurrent;

import dev.mayfly.jdk.patch.PatchFor;

/** java.util.concurrent.Flow's {@code defaultBufferSize()} (JDK 9): the JDK's 256. */
@PatchFor("java.util.concurrent.Flow")
public final class FlowPatch {
    private static final int DEFAULT_BUFFER_SIZE = 256;

    private FlowPatch() {
    }

    public static int defaultBufferSize() {
        return DEFAULT_BUFFER_SIZE;
    }
}
