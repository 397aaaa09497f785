package dev.mayfly.vmm.devices.virtio.net;

import dev.mayfly.net.phy.FrameBuffer;
import dev.mayfly.virtio.DeviceType;
import dev.mayfly.virtio.FeatureBit;
import dev.mayfly.vmm.devices.virtio.ChainBuffer;
import dev.mayfly.vmm.devices.virtio.VirtioDevice;
import dev.mayfly.vmm.devices.virtio.VirtioDeviceContext;
import dev.mayfly.vmm.devices.virtio.Virtqueue;
import dev.mayfly.vmm.vstate.GuestMemory;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A virtio network device (virtio 1.2 §5.1): one receive and one transmit queue, a MAC address in its
 * configuration space, and a {@link NetBackend} behind a {@link NetLink}.
 *
 * <p>It offers VIRTIO_F_VERSION_1 and VIRTIO_NET_F_MAC only — no checksum offload, no GSO, no merged
 * receive buffers — so every buffer carries the 12-byte {@code virtio_net_hdr} with flags 0, gso_type
 * NONE and num_buffers 1, and frames are at most 1514 bytes. It runs on the transport's notification
 * thread: woken by the guest's queue notifications (an ioeventfd) and by the backend; each run moves
 * everything it can and then interrupts the guest once.
 *
 * <p>Descriptors are hostile: {@link Virtqueue} checks every buffer against guest RAM (a chain outside
 * RAM, a loop, or an index out of range marks the device DEVICE_NEEDS_RESET), and this class never
 * trusts a length: malformed but in-bounds chains are returned to the driver unused and counted in
 * {@link VirtioNetCounter}.
 */
public final class VirtioNet implements VirtioDevice {
    /** The largest queue size the driver may choose. */
    public static final int MAX_QUEUE_SIZE = 256;
    /** Passes of transmit and receive processing per run before the device lets its thread rest. */
    private static final int MAX_PASSES_PER_RUN = 8;
    /** Transmit frames in one run from which the device leaves notifications off for a while (see queuesNotifiedMayLinger). */
    static final int LINGER_MIN_FRAMES = 2;

    private final long mac;
    private final NetLink link;
    private final AtomicLongArray counters = new AtomicLongArray(VirtioNetCounter.values().length);
    private final byte[] header = new byte[VirtioNetSpec.HEADER_LENGTH];
    private final byte[] receiveHeader = new byte[VirtioNetSpec.HEADER_LENGTH];
    /** The chain being handled, reused (runs are serialized by the transport). */
    private final ChainBuffer chain = new ChainBuffer();
    /** Set on the vCPU thread by activate, read on the notification thread; reset never runs concurrently with either. */
    private volatile VirtioDeviceContext context;

    /** A device with MAC {@code mac} (a unicast address in the low 48 bits) whose frames go through {@code link}. */
    public VirtioNet(long mac, NetLink link) {
        if ((mac >>> 48) != 0 || ((mac >>> 40) & 1) != 0 || mac == 0) {
            throw new IllegalArgumentException("not a unicast MAC address: 0x" + Long.toHexString(mac));
        }
        if (link.maxFrameLength() < VirtioNetSpec.MAX_FRAME_LENGTH) {
            throw new IllegalArgumentException("the link must carry " + VirtioNetSpec.MAX_FRAME_LENGTH + "-byte frames");
        }
        this.mac = mac;
        this.link = link;
        // the 12-byte header of every received frame: no flags, GSO_NONE, one buffer (§5.1.6.4)
        receiveHeader[VirtioNetSpec.HEADER_NUM_BUFFERS] = 1;
    }

    public long macAddress() {
        return mac;
    }

    public NetLink link() {
        return link;
    }

    /** The value of one counter. */
    public long count(VirtioNetCounter counter) {
        return counters.get(counter.ordinal());
    }

    private void increment(VirtioNetCounter counter) {
        counters.incrementAndGet(counter.ordinal());
    }

    @Override
    public int deviceType() {
        return DeviceType.NETWORK;
    }

    @Override
    public long offeredFeatures() {
        return FeatureBit.mask(VirtioNetSpec.F_MAC);
    }

    @Override
    public int queueCount() {
        return 2;
    }

    @Override
    public int maxQueueSize() {
        return MAX_QUEUE_SIZE;
    }

    /** The configuration space is the 6-byte {@code mac} (§5.1.4), in the order it goes on the wire. */
    @Override
    public long readConfig(int offset, int size) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            int at = offset + i;
            if (at >= VirtioNetSpec.CONFIG_MAC && at < VirtioNetSpec.CONFIG_MAC + VirtioNetSpec.MAC_LENGTH) {
                long b = (mac >>> (8 * (VirtioNetSpec.MAC_LENGTH - 1 - (at - VirtioNetSpec.CONFIG_MAC)))) & 0xFF;
                value |= b << (8 * i);
            }
        }
        return value;
    }

    @Override
    public void activate(VirtioDeviceContext context) {
        this.context = context;
        link.onWakeDevice(context::requestProcessing);
        link.onRunDevice(context::processNow);
        context.requestProcessing(); // frames may have waited for the driver
    }

    @Override
    public void reset() {
        link.onWakeDevice(() -> { });
        link.onRunDevice(() -> { });
        context = null;
    }

    @Override
    public void queuesNotified() {
        run(false);
    }

    /**
     * A run on the notification thread: when it moved at least {@link #LINGER_MIN_FRAMES} transmit
     * frames (the guest is busy), it leaves the driver's notifications off and returns true — the
     * thread runs again shortly ({@code VirtioMmioSlot}), taking what the driver made available
     * meanwhile without one trapped MMIO write per chain.
     */
    @Override
    public boolean queuesNotifiedMayLinger() {
        return run(true);
    }

    private boolean run(boolean mayLinger) {
        VirtioDeviceContext ctx = context;
        if (ctx == null) {
            return false;
        }
        int transmitted = 0;
        boolean linger = false;
        increment(VirtioNetCounter.RUNS);
        GuestMemory memory = ctx.memory();
        Virtqueue rx = ctx.queues().get(VirtioNetSpec.RECEIVE_QUEUE);
        Virtqueue tx = ctx.queues().get(VirtioNetSpec.TRANSMIT_QUEUE);
        boolean rxUsed = false;
        boolean txUsed = false;
        boolean moreWork = true;
        // the driver need not notify while this run looks at the rings anyway (§2.7.10)
        suppressNotifications(tx, rx);
        for (int pass = 0; pass < MAX_PASSES_PER_RUN && moreWork; pass++) {
            moreWork = false;
            if (tx.isReady()) {
                FrameQueue out = link.fromGuest();
                FrameBuffer slot;
                boolean sent = false;
                while ((slot = out.claim()) != null && tx.pop(chain)) {
                    if (transmit(memory, chain, slot)) {
                        out.commit();
                        sent = true;
                        transmitted++;
                    }
                    tx.addUsed(chain.head(), 0);
                    txUsed = true;
                    moreWork = true;
                }
                if (sent) {
                    // now, not after the run: a backend that answers on this thread (the user-mode
                    // gateway) puts its replies into toGuest in time for the receive step below
                    link.wakeBackend();
                }
            }
            if (rx.isReady()) {
                FrameQueue in = link.toGuest();
                FrameBuffer frame;
                boolean freed = false;
                while ((frame = in.peek()) != null) {
                    if (!rx.pop(chain)) {
                        increment(VirtioNetCounter.RX_NO_BUFFER);
                        break;
                    }
                    int written = receive(memory, chain, frame);
                    rx.addUsed(chain.head(), written);
                    rxUsed = true;
                    moreWork = true;
                    if (written != 0 || !chain.hasReadable()) {
                        in.release(); // delivered, or dropped as too big for the buffer
                        freed = true;
                    }
                }
                if (freed) {
                    link.wakeBackend(); // room again: a backend that waited for it may produce more (next pass)
                }
            }
        }
        if (!moreWork) {
            linger = mayLinger && transmitted >= LINGER_MIN_FRAMES;
            if (!linger) {
                moreWork = askForNotifications(tx, rx);
            }
        }
        if (moreWork) {
            ctx.requestProcessing(); // the pass limit stopped this run, or buffers came un-notified: continue in the next one
        }
        if ((rxUsed && rx.driverWantsInterrupt()) || (txUsed && tx.driverWantsInterrupt())) {
            increment(VirtioNetCounter.INTERRUPTS);
            ctx.signalUsedBuffers();
        }
        return linger;
    }

    private static void suppressNotifications(Virtqueue tx, Virtqueue rx) {
        if (tx.isReady()) {
            tx.suppressNotifications(true);
        }
        if (rx.isReady()) {
            rx.suppressNotifications(true);
        }
    }

    /**
     * At the end of a run: asks for the notifications the device needs while it sleeps, and returns
     * whether buffers came un-notified meanwhile (then the device runs again). Transmit chains always
     * need one. New receive buffers only when frames wait for want of them: otherwise the device is
     * woken by its backend, finds the buffers itself, and every receive notification the driver
     * sends after re-posting a buffer would be a trapped MMIO write for nothing.
     */
    private boolean askForNotifications(Virtqueue tx, Virtqueue rx) {
        boolean more = false;
        if (tx.isReady()) {
            tx.suppressNotifications(false);
            more = tx.hasAvailable();
        }
        if (rx.isReady() && link.toGuest().peek() != null && !rx.hasAvailable()) {
            rx.suppressNotifications(false);
            more |= rx.hasAvailable();
        }
        return more;
    }

    /** Copies a transmit chain's frame into {@code slot}; false (counted) when the chain is malformed. */
    private boolean transmit(GuestMemory memory, ChainBuffer chain, FrameBuffer slot) {
        if (chain.writableLength() != 0) {
            increment(VirtioNetCounter.TX_DROP_WRITABLE_BUFFER);
            return false;
        }
        long total = chain.readableLength();
        if (total < VirtioNetSpec.HEADER_LENGTH) {
            increment(VirtioNetCounter.TX_DROP_SHORT_HEADER);
            return false;
        }
        long frameLength = total - VirtioNetSpec.HEADER_LENGTH;
        if (frameLength < VirtioNetSpec.MIN_FRAME_LENGTH) {
            increment(VirtioNetCounter.TX_DROP_RUNT);
            return false;
        }
        if (frameLength > VirtioNetSpec.MAX_FRAME_LENGTH || frameLength > slot.capacity()) {
            increment(VirtioNetCounter.TX_DROP_OVERSIZED);
            return false;
        }
        gather(memory, chain, 0, header, 0, VirtioNetSpec.HEADER_LENGTH);
        if ((header[VirtioNetSpec.HEADER_FLAGS] & VirtioNetSpec.HDR_F_NEEDS_CSUM) != 0
                || header[VirtioNetSpec.HEADER_GSO_TYPE] != VirtioNetSpec.GSO_NONE) {
            increment(VirtioNetCounter.TX_DROP_UNNEGOTIATED_OFFLOAD);
            return false;
        }
        gather(memory, chain, VirtioNetSpec.HEADER_LENGTH, slot.data(), slot.offset(), (int) frameLength);
        slot.setLength((int) frameLength);
        increment(VirtioNetCounter.TX_FRAMES);
        return true;
    }

    /**
     * Writes header and {@code frame} into a receive chain; returns the bytes written, or 0 when the
     * chain is malformed or too small (the chain then goes back to the driver unused).
     */
    private int receive(GuestMemory memory, ChainBuffer chain, FrameBuffer frame) {
        if (chain.hasReadable()) {
            increment(VirtioNetCounter.RX_DROP_READABLE_BUFFER);
            return 0;
        }
        int total = VirtioNetSpec.HEADER_LENGTH + frame.length();
        if (chain.writableLength() < total) {
            increment(VirtioNetCounter.RX_DROP_BUFFER_TOO_SMALL);
            return 0;
        }
        scatter(memory, chain, 0, receiveHeader, 0, VirtioNetSpec.HEADER_LENGTH);
        scatter(memory, chain, VirtioNetSpec.HEADER_LENGTH, frame.data(), frame.offset(), frame.length());
        increment(VirtioNetCounter.RX_FRAMES);
        return total;
    }

    /** Copies {@code length} bytes starting {@code skip} bytes into the chain's buffers to {@code target}. */
    private static void gather(GuestMemory memory, ChainBuffer chain, long skip, byte[] target, int offset, int length) {
        long position = 0;
        int done = 0;
        for (int i = 0; i < chain.size() && done < length; i++) {
            long bufferLength = chain.length(i);
            long start = Math.max(skip + done - position, 0);
            if (start < bufferLength) {
                int n = (int) Math.min(bufferLength - start, length - done);
                memory.read(chain.address(i) + start, target, offset + done, n);
                done += n;
            }
            position += bufferLength;
        }
    }

    /** Copies {@code length} bytes of {@code source} into the chain's buffers, from {@code skip} bytes in. */
    private static void scatter(GuestMemory memory, ChainBuffer chain, long skip, byte[] source, int offset, int length) {
        long position = 0;
        int done = 0;
        for (int i = 0; i < chain.size() && done < length; i++) {
            long bufferLength = chain.length(i);
            long start = Math.max(skip + done - position, 0);
            if (start < bufferLength) {
                int n = (int) Math.min(bufferLength - start, length - done);
                memory.write(chain.address(i) + start, source, offset + done, n);
                done += n;
            }
            position += bufferLength;
        }
    }
}
