package dev.mayfly.net;

/** The statistics counters of one interface and its sockets, indexed by {@link NetCounter}. */
public final class NetStatistics {
    private static final NetCounter[] COUNTERS = NetCounter.values();
    private final long[] values = new long[COUNTERS.length];

    /** Adds one to {@code counter}. */
    public void count(NetCounter counter) {
        values[counter.ordinal()]++;
    }

    /** Returns the value of {@code counter}. */
    public long get(NetCounter counter) {
        return values[counter.ordinal()];
    }

    /** Sets every counter to zero. */
    public void reset() {
        java.util.Arrays.fill(values, 0);
    }

    /** Returns the nonzero counters, one "NAME value" per line. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (NetCounter c : COUNTERS) {
            long v = values[c.ordinal()];
            if (v != 0) {
                sb.append(c.name()).append(' ').append(v).append('\n');
            }
        }
        return sb.toString();
    }
}
