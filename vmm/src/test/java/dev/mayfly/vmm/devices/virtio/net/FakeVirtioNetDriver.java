package dev.mayfly.vmm.devices.virtio.net;

import dev.mayfly.virtio.DeviceStatus;
import dev.mayfly.virtio.FeatureBit;
import dev.mayfly.virtio.MmioRegister;
import dev.mayfly.virtio.SplitRing;
import dev.mayfly.vmm.devices.InterruptLine;
import dev.mayfly.vmm.devices.virtio.VirtioMmioTransport;
import dev.mayfly.vmm.vstate.GuestMemory;
import java.lang.foreign.Arena;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A virtio-net driver written against fake guest memory (a 1 MiB host segment): it negotiates, sets up
 * both queues, places descriptor chains as a test dictates — well-formed or hostile — and reads the
 * used rings. Queue processing runs synchronously on the test's thread.
 */
final class FakeVirtioNetDriver implements AutoCloseable {
    static final int RAM = 1 << 20;
    static final int QUEUE_SIZE = 16;
    static final long GUEST_MAC = 0x52_54_00_12_34_56L;
    /** Per queue: descriptor table, available ring, used ring. */
    static final long[] DESC = {0x1000, 0x4000};
    static final long[] AVAIL = {0x2000, 0x5000};
    static final long[] USED = {0x3000, 0x6000};
    /** Where tests put buffers. */
    static final long BUFFERS = 0x10000;

    final Arena arena = Arena.ofShared();
    final GuestMemory memory = new GuestMemory(arena.allocate(RAM, 4096));
    final NetLink link = new NetLink(VirtioNetSpec.MAX_FRAME_LENGTH, 16);
    final VirtioNet device = new VirtioNet(GUEST_MAC, link);
    final AtomicInteger interrupts = new AtomicInteger();
    final AtomicInteger wakeups = new AtomicInteger();
    final AtomicInteger backendWakeups = new AtomicInteger();
    final VirtioMmioTransport transport = new VirtioMmioTransport(device, memory, new InterruptLine() {
        @Override
        public void setLevel(boolean high) {
        }

        @Override
        public void pulse() {
            interrupts.incrementAndGet();
        }
    }, wakeups::incrementAndGet);
    private final int[] nextDescriptor = new int[2];
    private final int[] availIdx = new int[2];

    FakeVirtioNetDriver() {
        link.onWakeBackend(backendWakeups::incrementAndGet);
    }

    int read(int register) {
        return (int) transport.read(register, 4);
    }

    void write(int register, int value) {
        transport.write(register, 4, Integer.toUnsignedLong(value));
    }

    /** Negotiates VERSION_1 and MAC, makes both queues ready and sets DRIVER_OK. */
    FakeVirtioNetDriver start() {
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER);
        write(MmioRegister.DRIVER_FEATURES_SEL, 0);
        write(MmioRegister.DRIVER_FEATURES, (int) FeatureBit.mask(VirtioNetSpec.F_MAC));
        write(MmioRegister.DRIVER_FEATURES_SEL, 1);
        write(MmioRegister.DRIVER_FEATURES, 1);
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK);
        for (int q = 0; q < 2; q++) {
            write(MmioRegister.QUEUE_SEL, q);
            write(MmioRegister.QUEUE_NUM, QUEUE_SIZE);
            write(MmioRegister.QUEUE_DESC_LOW, (int) DESC[q]);
            write(MmioRegister.QUEUE_DRIVER_LOW, (int) AVAIL[q]);
            write(MmioRegister.QUEUE_DEVICE_LOW, (int) USED[q]);
            write(MmioRegister.QUEUE_READY, 1);
        }
        write(MmioRegister.STATUS, DeviceStatus.ACKNOWLEDGE | DeviceStatus.DRIVER | DeviceStatus.FEATURES_OK | DeviceStatus.DRIVER_OK);
        if (!transport.isActive()) {
            throw new IllegalStateException("device did not activate: status " + read(MmioRegister.STATUS));
        }
        return this;
    }

    /** One buffer of a chain: guest address, length, device-writable or not. */
    record Segment(long address, int length, boolean writable) {
        static Segment readable(long address, int length) {
            return new Segment(address, length, false);
        }

        static Segment writable(long address, int length) {
            return new Segment(address, length, true);
        }
    }

    /** Writes a descriptor {@code index} of queue {@code q} as given (for hostile tables). */
    void putDescriptor(int q, int index, long address, int length, int flags, int next) {
        long at = DESC[q] + (long) SplitRing.DESCRIPTOR_SIZE * index;
        memory.putLong(at + SplitRing.DESCRIPTOR_ADDR, address);
        memory.putInt(at + SplitRing.DESCRIPTOR_LEN, length);
        memory.putShort(at + SplitRing.DESCRIPTOR_FLAGS, (short) flags);
        memory.putShort(at + SplitRing.DESCRIPTOR_NEXT, (short) next);
    }

    /** Chains the segments into fresh descriptors and makes the chain available; returns its head. */
    int offer(int q, Segment... segments) {
        int head = nextDescriptor[q] % QUEUE_SIZE;
        for (int i = 0; i < segments.length; i++) {
            int index = (nextDescriptor[q] + i) % QUEUE_SIZE;
            int flags = (segments[i].writable() ? SplitRing.F_WRITE : 0) | (i + 1 < segments.length ? SplitRing.F_NEXT : 0);
            putDescriptor(q, index, segments[i].address(), segments[i].length(), flags, (index + 1) % QUEUE_SIZE);
        }
        nextDescriptor[q] += segments.length;
        makeAvailable(q, head);
        return head;
    }

    /** Puts {@code head} into the available ring and bumps its index. */
    void makeAvailable(int q, int head) {
        memory.putShort(AVAIL[q] + SplitRing.AVAIL_RING + 2L * (availIdx[q] % QUEUE_SIZE), (short) head);
        availIdx[q] = (availIdx[q] + 1) & 0xFFFF;
        memory.putShort(AVAIL[q] + SplitRing.AVAIL_IDX, (short) availIdx[q]);
    }

    /** Sets the available index directly (for hostile rings). */
    void setAvailIndex(int q, int index) {
        memory.putShort(AVAIL[q] + SplitRing.AVAIL_IDX, (short) index);
    }

    void suppressInterrupts(int q) {
        memory.putShort(AVAIL[q] + SplitRing.AVAIL_FLAGS, (short) SplitRing.AVAIL_F_NO_INTERRUPT);
    }

    /** A queue notification, processed at once (what the device's thread does on the ioeventfd). */
    void notifyQueues() {
        transport.processNotifications();
    }

    int usedIdx(int q) {
        return Short.toUnsignedInt(memory.getShort(USED[q] + SplitRing.USED_IDX));
    }

    int usedId(int q, int i) {
        return memory.getInt(USED[q] + SplitRing.USED_RING + (long) SplitRing.USED_ELEMENT_SIZE * (i % QUEUE_SIZE));
    }

    int usedLength(int q, int i) {
        return memory.getInt(USED[q] + SplitRing.USED_RING + (long) SplitRing.USED_ELEMENT_SIZE * (i % QUEUE_SIZE) + 4);
    }

    boolean needsReset() {
        return (read(MmioRegister.STATUS) & DeviceStatus.DEVICE_NEEDS_RESET) != 0;
    }

    /** Puts a frame for the guest into the link, as a backend does. */
    void frameForGuest(byte[] frame) {
        var slot = link.toGuest().claim();
        if (slot == null) {
            throw new IllegalStateException("link full");
        }
        System.arraycopy(frame, 0, slot.data(), slot.offset(), frame.length);
        slot.setLength(frame.length);
        link.toGuest().commit();
    }

    /** Takes the next frame the guest sent, or null. */
    byte[] frameFromGuest() {
        var f = link.fromGuest().peek();
        if (f == null) {
            return null;
        }
        byte[] copy = java.util.Arrays.copyOfRange(f.data(), f.offset(), f.offset() + f.length());
        link.fromGuest().release();
        return copy;
    }

    byte[] guestBytes(long address, int length) {
        byte[] b = new byte[length];
        memory.read(address, b, 0, length);
        return b;
    }

    void putGuestBytes(long address, byte[] bytes) {
        memory.write(address, bytes, 0, bytes.length);
    }

    /** A test frame of {@code length} bytes: broadcast destination, the guest's source, then a pattern. */
    static byte[] frame(int length, int seed) {
        byte[] f = new byte[length];
        for (int i = 0; i < length; i++) {
            f[i] = (byte) (seed * 31 + i * 7);
        }
        for (int i = 0; i < 6; i++) {
            f[i] = (byte) 0xFF;
        }
        f[12] = (byte) 0x88;
        f[13] = (byte) 0xB5;
        return f;
    }

    /** The 12-byte header followed by {@code frame}, as a driver transmits it. */
    static byte[] withHeader(byte[] frame) {
        byte[] b = new byte[VirtioNetSpec.HEADER_LENGTH + frame.length];
        System.arraycopy(frame, 0, b, VirtioNetSpec.HEADER_LENGTH, frame.length);
        return b;
    }

    @Override
    public void close() {
        arena.close();
    }
}
