package dev.mayfly.jdk.java.util.concurrent.atomic;

import java.io.Serializable;
import java.util.function.DoubleBinaryOperator;

/**
 * java.util.concurrent.atomic.DoubleAccumulator on Mayfly: a double that threads fold values into
 * with an accumulator function, starting from an identity (one field: Mayfly's cooperative threads
 * never switch inside these methods).
 */
public class DoubleAccumulator extends Number implements Serializable {
    private final DoubleBinaryOperator function;
    private final double identity;
    private double value;

    public DoubleAccumulator(DoubleBinaryOperator accumulatorFunction, double identity) {
        this.function = accumulatorFunction;
        this.identity = identity;
        this.value = identity;
    }

    public void accumulate(double x) {
        value = function.applyAsDouble(value, x);
    }

    public double get() {
        return value;
    }

    public void reset() {
        value = identity;
    }

    public double getThenReset() {
        double v = value;
        value = identity;
        return v;
    }

    @Override
    public String toString() {
        return Double.toString(get());
    }

    @Override
    public double doubleValue() {
        return get();
    }

    @Override
    public long longValue() {
        return (long) get();
    }

    @Override
    public int intValue() {
        return (int) get();
    }

    @Override
    public float floatValue() {
        return (float) get();
    }
}
