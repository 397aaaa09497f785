package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.stream.DoubleStream;

/**
 * DoubleStream's {@code sum} and {@code average} as the JDK computes them: Kahan (compensated)
 * summation alongside a simple sum that decides the result when the compensated one is NaN
 * because of infinities. Applied to the compiler's stream implementation base class.
 */
@PatchFor("java.util.stream.doubleimpl.SimpleDoubleStreamImpl")
public final class StreamPatches {
    private StreamPatches() {
    }

    /** {@link DoubleStream#sum()}. */
    @InstanceMethod
    public static double sum(DoubleStream self) {
        PrimitiveIterator.OfDouble it = self.iterator();
        double high = 0;
        double compensation = 0;
        double simple = 0;
        while (it.hasNext()) {
            double value = it.nextDouble();
            double tmp = value - compensation;
            double velvel = high + tmp;
            compensation = (velvel - high) - tmp;
            high = velvel;
            simple += value;
        }
        double result = high - compensation;
        return Double.isNaN(result) && Double.isInfinite(simple) ? simple : result;
    }

    /** {@link DoubleStream#average()}. */
    @InstanceMethod
    public static OptionalDouble average(DoubleStream self) {
        PrimitiveIterator.OfDouble it = self.iterator();
        double high = 0;
        double compensation = 0;
        double simple = 0;
        long count = 0;
        while (it.hasNext()) {
            double value = it.nextDouble();
            double tmp = value - compensation;
            double velvel = high + tmp;
            compensation = (velvel - high) - tmp;
            high = velvel;
            simple += value;
            count++;
        }
        if (count == 0) {
            return OptionalDouble.empty();
        }
        double result = high - compensation;
        double sum = Double.isNaN(result) && Double.isInfinite(simple) ? simple : result;
        return OptionalDouble.of(sum / count);
    }
}
