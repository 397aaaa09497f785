package dev.mayfly.vmm.net;

import dev.mayfly.net.phy.Device;
import dev.mayfly.net.phy.FrameBuffer;
import dev.mayfly.vmm.devices.virtio.net.FrameQueue;

/**
 * A {@code net} {@link Device} over a pair of {@link FrameQueue}s, lending the queues' own buffers:
 * the gateway's side of a virtio-net link (and, in tests, a guest's side).
 *
 * <p>Used from one thread. It remembers whether frames were sent and whether it consumed from a full
 * queue, so its owner can wake the other side once per batch.
 */
public final class QueueDevice implements Device {
    private final FrameQueue receiveQueue;
    private final FrameQueue transmitQueue;
    private final int maxFrameLength;
    private final long mac;
    private boolean lent;
    private boolean transmitted;
    private boolean drainedFullQueue;

    /** A device receiving from {@code receiveQueue} and transmitting into {@code transmitQueue}. */
    public QueueDevice(FrameQueue receiveQueue, FrameQueue transmitQueue, int maxFrameLength, long mac) {
        this.receiveQueue = receiveQueue;
        this.transmitQueue = transmitQueue;
        this.maxFrameLength = maxFrameLength;
        this.mac = mac;
    }

    @Override
    public int maxFrameLength() {
        return maxFrameLength;
    }

    @Override
    public long macAddress() {
        return mac;
    }

    @Override
    public FrameBuffer receive(long nowMillis) {
        if (lent) {
            if (receiveQueue.isFull()) {
                drainedFullQueue = true;
            }
            receiveQueue.release();
            lent = false;
        }
        FrameBuffer frame = receiveQueue.peek();
        lent = frame != null;
        return frame;
    }

    @Override
    public FrameBuffer transmitBuffer(long nowMillis, int length) {
        return length > maxFrameLength ? null : transmitQueue.claim();
    }

    @Override
    public void transmit(long nowMillis, FrameBuffer frame) {
        transmitQueue.commit();
        transmitted = true;
    }

    /** Whether frames were transmitted since the last call. */
    public boolean takeTransmitted() {
        boolean t = transmitted;
        transmitted = false;
        return t;
    }

    /** Whether a frame was taken from a full receive queue since the last call (the producer may be waiting for room). */
    public boolean takeDrainedFullQueue() {
        boolean d = drainedFullQueue;
        drainedFullQueue = false;
        return d;
    }
}
