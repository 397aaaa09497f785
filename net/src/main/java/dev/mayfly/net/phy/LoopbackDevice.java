package dev.mayfly.net.phy;

/**
 * A device whose transmitted frames come back as received frames, in order, through a fixed queue.
 */
public final class LoopbackDevice implements Device {
    private final int maxFrameLength;
    private final FrameBuffer[] slots;
    private final FrameBuffer transmitSlot;
    private FrameBuffer lent;
    private int head;
    private int count;

    /** Creates a loopback with room for {@code queueLength} frames of {@code maxFrameLength} bytes. */
    public LoopbackDevice(int maxFrameLength, int queueLength) {
        this.maxFrameLength = maxFrameLength;
        slots = new FrameBuffer[queueLength];
        for (int i = 0; i < queueLength; i++) {
            slots[i] = new FrameBuffer(maxFrameLength);
        }
        transmitSlot = new FrameBuffer(maxFrameLength);
        lent = new FrameBuffer(maxFrameLength);
    }

    @Override
    public int maxFrameLength() { return maxFrameLength; }

    /** Returns the number of frames waiting to be received. */
    public int pending() { return count; }

    @Override
    public FrameBuffer receive(long nowMillis) {
        if (count == 0) {
            return null;
        }
        FrameBuffer frame = slots[head];
        slots[head] = lent; // swap: the previously lent buffer returns to the pool
        lent = frame;
        head = (head + 1) % slots.length;
        count--;
        return frame;
    }

    @Override
    public FrameBuffer transmitBuffer(long nowMillis, int length) {
        return count == slots.length || length > maxFrameLength ? null : transmitSlot;
    }

    @Override
    public void transmit(long nowMillis, FrameBuffer frame) {
        if (count == slots.length) {
            return;
        }
        FrameBuffer slot = slots[(head + count) % slots.length];
        System.arraycopy(frame.data(), frame.offset(), slot.data(), slot.offset(), frame.length());
        slot.setLength(frame.length());
        count++;
    }
}
