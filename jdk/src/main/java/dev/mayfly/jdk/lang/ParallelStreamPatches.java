package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * {@code parallel()} of the compiler's four stream implementations: it returned the stream itself,
 * which then said it was sequential; now it returns the stream wrapped as a parallel one
 * (ParallelIntStream and its siblings), which runs sequentially but reports
 * {@code isParallel()} as the JDK does.
 */
public final class ParallelStreamPatches {
    private ParallelStreamPatches() {
    }

    /** The object stream's. */
    @PatchFor("java.util.stream.impl.SimpleStreamImpl")
    public static final class OfObject {
        private OfObject() {
        }

        @InstanceMethod
        public static <T> Stream<T> parallel(Stream<T> self) {
            return new ParallelStream<>(self);
        }
    }

    /** The int stream's. */
    @PatchFor("java.util.stream.intimpl.SimpleIntStreamImpl")
    public static final class OfInt {
        private OfInt() {
        }

        @InstanceMethod
        public static IntStream parallel(IntStream self) {
            return new ParallelIntStream(self);
        }
    }

    /** The long stream's. */
    @PatchFor("java.util.stream.longimpl.SimpleLongStreamImpl")
    public static final class OfLong {
        private OfLong() {
        }

        @InstanceMethod
        public static LongStream parallel(LongStream self) {
            return new ParallelLongStream(self);
        }
    }

    /** The double stream's. */
    @PatchFor("java.util.stream.doubleimpl.SimpleDoubleStreamImpl")
    public static final class OfDouble {
        private OfDouble() {
        }

        @InstanceMethod
        public static DoubleStream parallel(DoubleStream self) {
            return new ParallelDoubleStream(self);
        }
    }
}
