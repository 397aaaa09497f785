package dev.mayfly.net.storage;

/**
 * A fixed-capacity byte ring buffer: a FIFO of bytes that never grows.
 *
 * <p>Besides plain {@link #write}/{@link #read}, it supports what TCP needs: {@link #peek} at an
 * offset (to retransmit unacknowledged data), and {@link #writeAt} beyond the end followed by
 * {@link #commit} (to store out-of-order segments). The backing array is allocated on first
 * write and can be dropped with {@link #release}, so an idle connection costs no buffer memory.
 */
public final class RingBuffer {
    private final int capacity;
    private byte[] storage;
    private int readPosition;
    private int length;

    /** Creates an empty ring that holds at most {@code capacity} bytes. */
    public RingBuffer(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
    }

    public int capacity() { return capacity; }
    /** Returns the number of committed bytes waiting to be read. */
    public int length() { return length; }
    /** Returns the number of bytes that can still be written. */
    public int free() { return capacity - length; }
    public boolean isEmpty() { return length == 0; }
    public boolean isFull() { return length == capacity; }

    /** Appends up to {@code len} bytes and returns how many fit. */
    public int write(byte[] src, int off, int len) {
        int n = writeAt(0, src, off, len);
        length += n;
        return n;
    }

    /**
     * Copies up to {@code len} bytes to the uncommitted space {@code offset} bytes past the end of
     * the committed data, without committing them; returns how many fit.
     */
    public int writeAt(int offset, byte[] src, int off, int len) {
        if (offset < 0 || len <= 0 || offset >= free()) {
            return 0;
        }
        int n = Math.min(len, free() - offset);
        ensureStorage();
        int start = wrap(readPosition + length + offset);
        int first = Math.min(n, capacity - start);
        System.arraycopy(src, off, storage, start, first);
        if (first < n) {
            System.arraycopy(src, off + first, storage, 0, n - first);
        }
        return n;
    }

    /** Makes {@code n} bytes previously stored with {@link #writeAt} readable. */
    public void commit(int n) {
        if (n < 0 || n > free()) {
            throw new IllegalArgumentException("commit " + n + " with " + free() + " free");
        }
        length += n;
    }

    /** Removes up to {@code len} bytes into {@code dst} and returns how many were read. */
    public int read(byte[] dst, int off, int len) {
        int n = peek(0, dst, off, len);
        discard(n);
        return n;
    }

    /** Copies up to {@code len} bytes starting {@code offset} bytes into the data, without removing them. */
    public int peek(int offset, byte[] dst, int off, int len) {
        if (offset < 0 || offset >= length || len <= 0) {
            return 0;
        }
        int n = Math.min(len, length - offset);
        int start = wrap(readPosition + offset);
        int first = Math.min(n, capacity - start);
        System.arraycopy(storage, start, dst, off, first);
        if (first < n) {
            System.arraycopy(storage, 0, dst, off + first, n - first);
        }
        return n;
    }

    /** Removes up to {@code n} bytes from the front and returns how many were removed. */
    public int discard(int n) {
        int d = Math.max(0, Math.min(n, length));
        length -= d;
        readPosition = wrap(readPosition + d); // not reset when empty: data may wait past the end (writeAt)
        return d;
    }

    /** Empties the ring and drops its backing array; the next write allocates it again. */
    public void release() {
        storage = null;
        readPosition = 0;
        length = 0;
    }

    /** Empties the ring, keeping its backing array. */
    public void clear() {
        readPosition = 0;
        length = 0;
    }

    private void ensureStorage() {
        if (storage == null) {
            storage = new byte[capacity];
        }
    }

    private int wrap(int position) {
        return position >= capacity ? position - capacity : position;
    }
}
