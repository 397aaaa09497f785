package dev.mayfly.jdk.java.util.concurrent.atomic;

import java.io.Serializable;

/**
 * java.util.concurrent.atomic.DoubleAdder on Mayfly: a double sum that many threads add to. With
 * one processor there is no contention to spread over cells, so the sum is one double, added to in
 * call order (the order the JDK's uncontended adder adds in).
 */
public class DoubleAdder extends Number implements Serializable {
    private double sum;

    public DoubleAdder() {
    }

    public void add(double x) {
        sum += x;
    }

    public double sum() {
        return sum;
    }

    public void reset() {
        sum = 0.0;
    }

    public double sumThenReset() {
        double s = sum;
        sum = 0.0;
        return s;
    }

    @Override
    public String toString() {
        return Double.toString(sum());
    }

    @Override
    public double doubleValue() {
        return sum();
    }

    @Override
    public long longValue() {
        return (long) sum();
    }

    @Override
    public int intValue() {
        return (int) sum();
    }

    @Override
    public float floatValue() {
        return (float) sum();
    }
}
