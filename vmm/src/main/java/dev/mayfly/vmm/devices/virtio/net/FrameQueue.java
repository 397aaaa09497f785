package dev.mayfly.vmm.devices.virtio.net;

import dev.mayfly.net.phy.FrameBuffer;

/**
 * A bounded single-producer, single-consumer queue of Ethernet frames in preallocated buffers: the
 * hand-off between a virtio-net device's thread and its backend's thread, without allocation or
 * locks per frame.
 *
 * <p>The producer {@link #claim}s the free slot at the tail, fills it and {@link #commit}s it; the
 * consumer {@link #peek}s the slot at the head, uses it and {@link #release}s it. Exactly one thread
 * produces and one consumes; the volatile indices publish the slot contents between them.
 */
public final class FrameQueue {
    private final FrameBuffer[] slots;
    private final int mask;
    /** Next slot to consume; written by the consumer only. */
    private volatile long head;
    /** Next slot to produce; written by the producer only. */
    private volatile long tail;

    /** A queue of {@code slots} (a power of two) frames of up to {@code frameCapacity} bytes each. */
    public FrameQueue(int slots, int frameCapacity) {
        if (slots <= 0 || Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.slots = new FrameBuffer[slots];
        for (int i = 0; i < slots; i++) {
            this.slots[i] = new FrameBuffer(frameCapacity);
        }
        this.mask = slots - 1;
    }

    /** How many frames the queue holds at most. */
    public int capacity() {
        return slots.length;
    }

    /** How many frames wait to be consumed. */
    public int size() {
        return (int) (tail - head);
    }

    public boolean isEmpty() {
        return tail == head;
    }

    public boolean isFull() {
        return tail - head == slots.length;
    }

    /** Producer: the free slot at the tail, to fill and {@link #commit}, or null when the queue is full. */
    public FrameBuffer claim() {
        long t = tail;
        if (t - head == slots.length) {
            return null;
        }
        return slots[(int) (t & mask)];
    }

    /** Producer: publishes the slot {@link #claim} returned, with the length set on it. */
    public void commit() {
        long t = tail;
        if (t - head == slots.length) {
            throw new IllegalStateException("commit without a claimed slot");
        }
        tail = t + 1;
    }

    /** Consumer: the oldest frame, which stays valid until {@link #release}, or null when empty. */
    public FrameBuffer peek() {
        long h = head;
        if (h == tail) {
            return null;
        }
        return slots[(int) (h & mask)];
    }

    /** Consumer: frees the slot {@link #peek} returned. */
    public void release() {
        long h = head;
        if (h == tail) {
            throw new IllegalStateException("release of an empty queue");
        }
        head = h + 1;
    }
}
