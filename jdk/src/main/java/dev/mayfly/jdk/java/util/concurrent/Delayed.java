package dev.mayfly.jdk.java.util.concurrent;

import java.util.concurrent.TimeUnit;

/** java.util.concurrent.Delayed on Mayfly: an object to act upon after a delay, ordered by that delay. */
public interface Delayed extends Comparable<Delayed> {
    long getDelay(TimeUnit unit);
}
