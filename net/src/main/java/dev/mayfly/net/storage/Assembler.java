package dev.mayfly.net.storage;

/**
 * A record of which byte ranges past a moving front have arrived, for reassembling out-of-order
 * TCP data (RFC 9293 §3.10.7.4, "segments with higher beginning sequence numbers may be held").
 *
 * <p>Offsets are relative to the front (the next byte expected). It holds at most a fixed number
 * of disjoint ranges; a range that would need one more is refused and the data must be dropped.
 */
public final class Assembler {
    private final int[] starts;
    private final int[] ends;
    private int count;

    /** Creates an assembler that tracks up to {@code maxRanges} disjoint ranges. */
    public Assembler(int maxRanges) {
        starts = new int[maxRanges];
        ends = new int[maxRanges];
    }

    /** Returns the number of disjoint ranges held. */
    public int rangeCount() { return count; }
    public boolean isEmpty() { return count == 0; }

    /** Records that [offset, offset+length) arrived; returns false (recording nothing) if out of ranges. */
    public boolean add(int offset, int length) {
        if (length <= 0 || offset < 0) {
            return length == 0;
        }
        int start = offset;
        int end = offset + length;
        int first = 0;
        while (first < count && ends[first] < start) {
            first++;
        }
        int last = first;
        while (last < count && starts[last] <= end) {
            start = Math.min(start, starts[last]);
            end = Math.max(end, ends[last]);
            last++;
        }
        int merged = last - first;
        if (merged == 0) {
            if (count == starts.length) {
                return false;
            }
            System.arraycopy(starts, first, starts, first + 1, count - first);
            System.arraycopy(ends, first, ends, first + 1, count - first);
            count++;
        } else if (merged > 1) {
            System.arraycopy(starts, last, starts, first + 1, count - last);
            System.arraycopy(ends, last, ends, first + 1, count - last);
            count -= merged - 1;
        }
        starts[first] = start;
        ends[first] = end;
        return true;
    }

    /** Returns how many bytes from the front have arrived contiguously, and moves the front past them. */
    public int takeFront() {
        if (count == 0 || starts[0] != 0) {
            return 0;
        }
        int n = ends[0];
        System.arraycopy(starts, 1, starts, 0, count - 1);
        System.arraycopy(ends, 1, ends, 0, count - 1);
        count--;
        for (int i = 0; i < count; i++) {
            starts[i] -= n;
            ends[i] -= n;
        }
        return n;
    }

    /** Returns the start offset of range {@code i} (ranges are sorted and disjoint). */
    public int rangeStart(int i) { return starts[i]; }

    /** Returns the end offset (exclusive) of range {@code i}. */
    public int rangeEnd(int i) { return ends[i]; }

    /** Returns the number of bytes inside the ranges. */
    public int coveredBytes() {
        int n = 0;
        for (int i = 0; i < count; i++) {
            n += ends[i] - starts[i];
        }
        return n;
    }

    /** Moves the front forward by {@code n} bytes, forgetting what falls behind it. */
    public void advanceFront(int n) {
        if (n <= 0) {
            return;
        }
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int s = starts[i] - n;
            int e = ends[i] - n;
            if (e > 0) {
                starts[kept] = Math.max(0, s);
                ends[kept] = e;
                kept++;
            }
        }
        count = kept;
    }

    /** Returns the index of the range holding byte {@code offset}, or -1. */
    public int rangeContaining(int offset) {
        for (int i = 0; i < count; i++) {
            if (offset >= starts[i] && offset < ends[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Returns whether byte {@code offset} past the front has arrived. */
    public boolean contains(int offset) {
        for (int i = 0; i < count; i++) {
            if (offset >= starts[i] && offset < ends[i]) {
                return true;
            }
        }
        return false;
    }

    /** Forgets every range. */
    public void clear() {
        count = 0;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : " ").append(starts[i]).append("..").append(ends[i]);
        }
        return sb.append(']').toString();
    }
}
