package dev.mayfly.kernel.virtio;

import dev.mayfly.net.phy.Device;
import dev.mayfly.net.phy.FrameBuffer;
import dev.mayfly.virtio.DeviceType;
import dev.mayfly.virtio.FeatureBit;

/**
 * A virtio-net driver (virtio 1.2 §5.1) as the network stack's {@link Device}: one receive queue
 * and one transmit queue, each buffer a single descriptor holding the 12-byte
 * {@code virtio_net_hdr} followed by the Ethernet frame (with VIRTIO_F_VERSION_1 the header always
 * carries {@code num_buffers}, §5.1.6, and header and frame may share a descriptor, §5.1.6.6).
 *
 * <p>Features: VIRTIO_F_VERSION_1 and VIRTIO_NET_F_MAC only. Without checksum or segmentation
 * offload the stack computes checksums itself and every frame fits a 2 KiB buffer, so neither
 * mergeable receive buffers nor GSO are needed; the header the driver sends is all zeros
 * (VIRTIO_NET_HDR_GSO_NONE, no NEEDS_CSUM) and the one it receives is skipped.
 *
 * <p>Memory: rings and buffers come from the kernel's {@link DmaAllocator} once, at start; all
 * receive buffers are posted up front and re-posted as soon as their frame is copied out; transmit
 * buffers are reclaimed from the used ring when a new one is needed. The device is told about new
 * buffers in batches ({@link #flush}), and only when it has not set VIRTQ_USED_F_NO_NOTIFY;
 * transmit completions raise no interrupt (VIRTQ_AVAIL_F_NO_INTERRUPT). Nothing allocates per frame.
 */
public final class VirtioNetDevice implements Device {
    /** VIRTIO_NET_F_MAC: the device has a MAC address in its configuration space (§5.1.3). */
    public static final int F_MAC = 5;
    /** Bytes of struct virtio_net_hdr with num_buffers, as VIRTIO_F_VERSION_1 lays it out (§5.1.6). */
    public static final int HEADER_LENGTH = 12;
    /** Offset of {@code mac} in struct virtio_net_config (§5.1.4). */
    public static final int CONFIG_MAC = 0;
    /** receiveq1 and transmitq1 (§5.1.2). */
    public static final int RECEIVE_QUEUE = 0;
    public static final int TRANSMIT_QUEUE = 1;
    /** Ethernet header plus a 1500-byte payload: the frames this driver carries. */
    public static final int MAX_FRAME_LENGTH = 1514;
    /** Bytes of one buffer: header and the largest frame, rounded up. */
    public static final int BUFFER_SIZE = 2048;
    /** Frames queued for transmission before the driver publishes them without waiting for {@link #flush}. */
    public static final int TRANSMIT_BATCH = 32;

    private final VirtioMmioTransport transport;
    private final DmaMemory memory;
    /** Whether the receive queue lets the device interrupt (see {@link #suppressReceiveInterrupts}). */
    private boolean receiveInterruptsOn = true;
    private final SplitVirtqueue rx;
    private final SplitVirtqueue tx;
    private final long rxBuffers;
    private final long txBuffers;
    private final int[] txFreeSlots;
    private int txFreeCount;
    private int txUnpublished;
    private boolean rxUnpublished;
    private final long mac;
    private final FrameBuffer rxFrame = new FrameBuffer(BUFFER_SIZE);
    private final FrameBuffer txFrame = new FrameBuffer(BUFFER_SIZE);
    private long framesReceived;
    private long framesSent;
    private long runtFrames;
    private long notifications;

    /**
     * Initializes the device behind {@code transport} (§3.1.1, §5.1.5) with queues of at most
     * {@code maxQueueSize} entries. {@code fallbackMac} is used when the device offers none.
     */
    public VirtioNetDevice(VirtioMmioTransport transport, DmaAllocator dma, int maxQueueSize, long fallbackMac) {
        if (transport.deviceId() != DeviceType.NETWORK) {
            throw new VirtioException("device " + transport.deviceId() + " is not a network device");
        }
        this.transport = transport;
        this.memory = dma.memory();
        long features = transport.negotiate(FeatureBit.mask(F_MAC));
        int size = Math.min(maxQueueSize, Math.min(transport.queueSizeMax(RECEIVE_QUEUE), transport.queueSizeMax(TRANSMIT_QUEUE)));
        if (size < 2) {
            transport.fail();
            throw new VirtioException("virtio-net queues too small: " + size);
        }
        size = Integer.highestOneBit(size);
        this.rx = new SplitVirtqueue(memory, dma.allocate(SplitVirtqueue.bytesNeeded(size)), size);
        this.tx = new SplitVirtqueue(memory, dma.allocate(SplitVirtqueue.bytesNeeded(size)), size);
        this.rxBuffers = dma.allocate((long) size * BUFFER_SIZE);
        this.txBuffers = dma.allocate((long) size * BUFFER_SIZE);
        this.txFreeSlots = new int[size];
        for (int i = 0; i < size; i++) {
            txFreeSlots[i] = size - 1 - i;
        }
        this.txFreeCount = size;
        transport.setUpQueue(RECEIVE_QUEUE, rx);
        transport.setUpQueue(TRANSMIT_QUEUE, tx);
        tx.setInterruptsSuppressed(true);
        for (int i = 0; i < size; i++) {
            rx.add(rxBuffers + (long) i * BUFFER_SIZE, BUFFER_SIZE, true);
        }
        if ((features & FeatureBit.mask(F_MAC)) != 0) {
            long m = 0;
            for (int i = 0; i < 6; i++) {
                m = (m << 8) | transport.configByte(CONFIG_MAC + i);
            }
            this.mac = m;
        } else {
            this.mac = fallbackMac;
        }
        transport.driverOk();
        rxUnpublished = true;
        flush();
    }

    @Override
    public int maxFrameLength() { return MAX_FRAME_LENGTH; }

    @Override
    public long macAddress() { return mac; }

    public int queueSize() { return rx.size(); }
    public long framesReceived() { return framesReceived; }
    public long framesSent() { return framesSent; }
    public long runtFrames() { return runtFrames; }
    /** QueueNotify writes so far (each is an exit to the hypervisor). */
    public long notifications() { return notifications; }

    /** Why the device is unusable (it broke a ring's rules), or null. */
    public String brokenReason() {
        return rx.isBroken() ? "receive queue: " + rx.brokenReason() : tx.isBroken() ? "transmit queue: " + tx.brokenReason() : null;
    }

    /** Acknowledges the device's interrupt; the queues are read by {@link #receive} and {@link #transmitBuffer}. */
    public void acknowledgeInterrupt() {
        transport.takeInterruptStatus();
    }

    /**
     * Asks the device not to interrupt for received frames (VIRTQ_AVAIL_F_NO_INTERRUPT, §2.7.7):
     * while the kernel is busy it polls the receive queue anyway, and an interrupt would only
     * record a bit — at 40–100 µs each on this CPL-0-emulating KVM.
     */
    public void suppressReceiveInterrupts() {
        if (receiveInterruptsOn) {
            receiveInterruptsOn = false;
            rx.setInterruptsSuppressed(true);
        }
    }

    /**
     * Before the CPU idles: lets the device interrupt for received frames again, and says whether
     * frames arrived that no poll has taken yet (then the caller must not sleep). The flag is
     * written before the used index is read, with a barrier between, so a frame the device used
     * while it still saw the old flag is found here, and any later one raises an interrupt
     * (§2.7.7.2). Does not allocate; runs inside the idle wait, outside any thread.
     */
    public boolean enableReceiveInterruptsBeforeIdle() {
        if (!receiveInterruptsOn) {
            receiveInterruptsOn = true;
            rx.setInterruptsSuppressed(false);
        }
        memory.barrier();
        return rx.hasUsed();
    }

    @Override
    public FrameBuffer receive(long nowMillis) {
        while (true) {
            if (rx.takeUsed() < 0) {
                return null;
            }
            long buffer = rx.lastAddress();
            int length = rx.lastLength();         // checked by the queue: at most BUFFER_SIZE
            int frameLength = length - HEADER_LENGTH;
            boolean usable = frameLength >= 14;
            if (usable) {
                memory.copyOut(buffer + HEADER_LENGTH, rxFrame.data(), 0, frameLength);
                rxFrame.setLength(frameLength);
            } else {
                runtFrames++;
            }
            rx.add(buffer, BUFFER_SIZE, true);    // the descriptor just came free: never fails
            rxUnpublished = true;
            if (usable) {
                framesReceived++;
                return rxFrame;
            }
        }
    }

    @Override
    public FrameBuffer transmitBuffer(long nowMillis, int length) {
        if (length > MAX_FRAME_LENGTH) {
            return null;
        }
        reclaimTransmitted();
        if (txFreeCount == 0 && txUnpublished > 0) {
            flush();
            reclaimTransmitted();
        }
        if (txFreeCount == 0 || tx.isBroken()) {
            return null;
        }
        txFrame.setLength(0);
        return txFrame;
    }

    @Override
    public void transmit(long nowMillis, FrameBuffer frame) {
        int length = Math.min(frame.length(), MAX_FRAME_LENGTH);
        if (txFreeCount == 0 || length <= 0) {
            return;
        }
        int slot = txFreeSlots[--txFreeCount];
        long buffer = txBuffers + (long) slot * BUFFER_SIZE;
        // The header bytes [0, HEADER_LENGTH) of every transmit buffer stay zero from allocation on.
        memory.copyIn(buffer + HEADER_LENGTH, frame.data(), frame.offset(), length);
        tx.add(buffer, HEADER_LENGTH + length, false);
        framesSent++;
        if (++txUnpublished >= TRANSMIT_BATCH) {
            flush();
        }
    }

    /** Makes queued transmissions and re-posted receive buffers visible to the device, notifying it if it asks. */
    public void flush() {
        if (txUnpublished > 0) {
            txUnpublished = 0;
            if (tx.publish()) {
                notifications++;
                transport.notifyQueue(TRANSMIT_QUEUE);
            }
        }
        if (rxUnpublished) {
            rxUnpublished = false;
            if (rx.publish()) {
                notifications++;
                transport.notifyQueue(RECEIVE_QUEUE);
            }
        }
    }

    private void reclaimTransmitted() {
        while (tx.takeUsed() >= 0) {
            long offset = tx.lastAddress() - txBuffers;   // an address this driver posted
            txFreeSlots[txFreeCount++] = (int) (offset / BUFFER_SIZE);
        }
    }
}
