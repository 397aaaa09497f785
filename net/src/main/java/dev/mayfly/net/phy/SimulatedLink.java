package dev.mayfly.net.phy;

/**
 * A simulated point-to-point Ethernet link between two {@link End}s, with configurable loss,
 * duplication, reordering and delay, driven by a seeded generator and the caller's virtual clock.
 *
 * <p>Each direction holds a fixed number of frames in flight; a frame sent while it is full is
 * dropped (a queue overflow, counted separately from random loss). The same seed and the same
 * sequence of calls replay the same run.
 */
public final class SimulatedLink {
    /** Loss, duplication and reordering in percent; delays in milliseconds. */
    public static final class Settings {
        public double lossPercent;
        public double duplicatePercent;
        public double reorderPercent;
        public int delayMillis = 1;
        /** A reordered frame is held back by up to this many extra milliseconds. */
        public int reorderDelayMillis = 5;
        public int queueLength = 512;
        public int maxFrameLength = 1514;

        public Settings loss(double percent) { lossPercent = percent; return this; }
        public Settings duplicate(double percent) { duplicatePercent = percent; return this; }
        public Settings reorder(double percent) { reorderPercent = percent; return this; }
        public Settings delay(int millis) { delayMillis = millis; return this; }
        public Settings queue(int frames) { queueLength = frames; return this; }
    }

    private final Settings settings;
    private final SeededRandom random;
    private final End a;
    private final End b;
    private long sequence;

    /** Counters for what the link did to frames. */
    public long sent, lost, duplicated, reordered, overflowed, delivered;

    /** Creates a link with the given settings and seed. */
    public SimulatedLink(Settings settings, long seed) {
        this.settings = settings;
        this.random = new SeededRandom(seed);
        a = new End();
        b = new End();
        a.peer = b;
        b.peer = a;
    }

    public End a() { return a; }
    public End b() { return b; }

    /** Returns the earliest time a frame becomes deliverable on either end, or Long.MAX_VALUE. */
    public long nextDeliveryAt() {
        return Math.min(a.nextDeliveryAt(), b.nextDeliveryAt());
    }

    /** One end of the link: a {@link Device}. */
    public final class End implements Device {
        private final FrameBuffer[] inFlight = new FrameBuffer[settings.queueLength];
        private final long[] deliverAt = new long[settings.queueLength];
        private final long[] order = new long[settings.queueLength];
        private final boolean[] used = new boolean[settings.queueLength];
        private final FrameBuffer transmitSlot = new FrameBuffer(settings.maxFrameLength);
        private final FrameBuffer receiveSlot = new FrameBuffer(settings.maxFrameLength);
        private int usedCount;
        private End peer;

        End() {
            for (int i = 0; i < inFlight.length; i++) {
                inFlight[i] = new FrameBuffer(settings.maxFrameLength);
            }
        }

        @Override
        public int maxFrameLength() { return settings.maxFrameLength; }

        @Override
        public FrameBuffer receive(long nowMillis) {
            int best = -1;
            for (int i = 0; i < inFlight.length; i++) {
                if (used[i] && deliverAt[i] <= nowMillis
                        && (best < 0 || deliverAt[i] < deliverAt[best] || (deliverAt[i] == deliverAt[best] && order[i] < order[best]))) {
                    best = i;
                }
            }
            if (best < 0) {
                return null;
            }
            FrameBuffer f = inFlight[best];
            System.arraycopy(f.data(), 0, receiveSlot.data(), 0, f.length());
            receiveSlot.setLength(f.length());
            used[best] = false;
            usedCount--;
            delivered++;
            return receiveSlot;
        }

        @Override
        public FrameBuffer transmitBuffer(long nowMillis, int length) {
            return length > settings.maxFrameLength ? null : transmitSlot;
        }

        @Override
        public void transmit(long nowMillis, FrameBuffer frame) {
            sent++;
            if (random.chance(settings.lossPercent)) {
                lost++;
                return;
            }
            int copies = 1;
            if (random.chance(settings.duplicatePercent)) {
                duplicated++;
                copies = 2;
            }
            for (int c = 0; c < copies; c++) {
                long at = nowMillis + settings.delayMillis;
                if (random.chance(settings.reorderPercent)) {
                    reordered++;
                    at += 1 + random.nextInt(Math.max(1, settings.reorderDelayMillis));
                }
                peer.enqueue(frame, at);
            }
        }

        /** Queues a frame for this end to receive at time {@code at}; used by tests to inject raw frames. */
        public void inject(byte[] data, int offset, int length, long at) {
            FrameBuffer tmp = new FrameBuffer(data, offset);
            tmp.setLength(length);
            enqueue(tmp, at);
        }

        private void enqueue(FrameBuffer frame, long at) {
            if (usedCount == inFlight.length) {
                overflowed++;
                return;
            }
            for (int i = 0; i < inFlight.length; i++) {
                if (!used[i]) {
                    System.arraycopy(frame.data(), frame.offset(), inFlight[i].data(), 0, frame.length());
                    inFlight[i].setLength(frame.length());
                    deliverAt[i] = at;
                    order[i] = sequence++;
                    used[i] = true;
                    usedCount++;
                    return;
                }
            }
        }

        long nextDeliveryAt() {
            long next = Long.MAX_VALUE;
            for (int i = 0; i < inFlight.length; i++) {
                if (used[i] && deliverAt[i] < next) {
                    next = deliverAt[i];
                }
            }
            return next;
        }

        /** Returns the number of frames in flight toward this end. */
        public int pending() { return usedCount; }
    }
}
