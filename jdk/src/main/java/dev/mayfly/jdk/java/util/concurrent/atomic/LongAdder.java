package dev.mayfly.jdk.java.util.concurrent.atomic;

import java.io.Serializable;

/**
 * java.util.concurrent.atomic.LongAdder on Mayfly (compiled under the JDK name): a sum that many
 * threads add to. Mayfly's threads are cooperative and never switch inside these methods, so one
 * long is the whole state (the JDK spreads contention over cells; with one processor there is none).
 */
public class LongAdder extends Number implements Serializable {
    private long sum;

    public LongAdder() {
    }

    public void add(long x) {
        sum += x;
    }

    public void increment() {
        sum++;
    }

    public void decrement() {
        sum--;
    }

    public long sum() {
        return sum;
    }

    public void reset() {
        sum = 0;
    }

    public long sumThenReset() {
        long s = sum;
        sum = 0;
        return s;
    }

    @Override
    public String toString() {
        return Long.toString(sum);
    }

    @Override
    public long longValue() {
        return sum;
    }

    @Override
    public int intValue() {
        return (int) sum;
    }

    @Override
    public float floatValue() {
        return (float) sum;
    }

    @Override
    public double doubleValue() {
        return (double) sum;
    }
}
