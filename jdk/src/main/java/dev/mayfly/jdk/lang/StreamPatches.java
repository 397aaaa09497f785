package dev.mayfly.jdk.lang;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.util.OptionalDouble;
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
        double[] s = new double[4];
        self.forEach(v -> add(s, v));
        return finalSum(s);
    }

    /** {@link DoubleStream#average()}. */
    @InstanceMethod
    public static OptionalDouble average(DoubleStream self) {
        double[] s = new double[4];
        self.forEach(v -> {
            add(s, v);
            s[3]++;
        });
        return s[3] > 0 ? OptionalDouble.of(finalSum(s) / s[3]) : OptionalDouble.empty();
    }

    /** s[0] high-order sum, s[1] compensation, s[2] simple sum. */
    static void add(double[] s, double value) {
        double tmp = value - s[1];
        double sum = s[0];
        double velvel = sum + tmp;
        s[1] = (velvel - sum) - tmp;
        s[0] = velvel;
        s[2] += value;
    }

    static double finalSum(double[] s) {
        double tmp = s[0] - s[1];
        double simple = s[2];
        if (Double.isNaN(tmp) && Double.isInfinite(simple)) {
            return simple;
        }
        return tmp;
    }
}
