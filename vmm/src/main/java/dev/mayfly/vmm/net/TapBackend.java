package dev.mayfly.vmm.net;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.mayfly.net.phy.FrameBuffer;
import dev.mayfly.vmm.devices.virtio.net.FrameQueue;
import dev.mayfly.vmm.devices.virtio.net.NetBackend;
import dev.mayfly.vmm.devices.virtio.net.NetLink;
import dev.mayfly.vmm.devices.virtio.net.VirtioNetSpec;
import dev.mayfly.vmm.kvm.EventFd;
import dev.mayfly.vmm.kvm.Errno;
import dev.mayfly.vmm.kvm.KvmCallException;
import dev.mayfly.vmm.kvm.Libc;
import dev.mayfly.vmm.kvm.TapDevice;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The running TAP backend: one thread that waits in poll(2) on the TAP file descriptor and on an
 * eventfd the device signals, reads frames from the TAP into the guest's queue while it has room, and
 * writes the guest's frames to the TAP.
 */
public final class TapBackend implements NetBackend {
    /** Frames read from the TAP per wake-up of the device. */
    private static final int READ_BATCH = 64;
    private static final int POLLFD_SIZE = 8;

    private final TapDevice tap;
    private final NetLink link;
    private final EventFd wake = new EventFd();
    private final Arena arena = Arena.ofShared();
    private final MemorySegment buffer;
    private final MemorySegment pollFds;
    private final Thread thread;
    private volatile boolean closing;
    private volatile Throwable failure;
    private volatile long framesToGuest, framesFromGuest, framesDroppedFromGuest;

    private TapBackend(TapDevice tap, NetLink link, String vmName) {
        this.tap = tap;
        this.link = link;
        this.buffer = arena.allocate(Math.max(link.maxFrameLength(), 65536));
        this.pollFds = arena.allocate(2L * POLLFD_SIZE, 8);
        link.onWakeBackend(wake::signal);
        this.thread = Thread.ofPlatform().daemon().name(vmName + "-tap").unstarted(this::run);
    }

    /** Opens TAP interface {@code name} and starts serving a new link. */
    static TapBackend open(String name, String vmName) {
        return open(name, new NetLink(VirtioNetSpec.MAX_FRAME_LENGTH, NetLink.DEFAULT_QUEUE_FRAMES), vmName);
    }

    /** Opens TAP interface {@code name} and starts serving {@code link} (tests drive its other end). */
    public static TapBackend open(String name, NetLink link, String vmName) {
        TapDevice tap;
        try {
            tap = TapDevice.open(name);
        } catch (KvmCallException e) {
            String hint = e.errno() == Errno.EPERM || e.errno() == Errno.EACCES
                    ? " (creating a TAP device needs root; the default user-mode network needs no privileges)" : "";
            throw new NetworkSetupException("--net tap:" + name + ": " + e.getMessage() + hint, e);
        }
        TapBackend backend = new TapBackend(tap, link, vmName);
        backend.thread.start();
        return backend;
    }

    @Override
    public NetLink link() {
        return link;
    }

    /** The TAP interface's name. */
    public String interfaceName() {
        return tap.name();
    }

    public long framesToGuest() { return framesToGuest; }
    public long framesFromGuest() { return framesFromGuest; }
    public long framesDroppedFromGuest() { return framesDroppedFromGuest; }

    public Throwable failure() {
        return failure;
    }

    private void run() {
        try {
            while (!closing) {
                writeFromGuest();
                boolean room = !link.toGuest().isFull();
                if (room && readToGuest()) {
                    continue;
                }
                pollFds.set(JAVA_INT, 0, tap.fd());
                pollFds.set(JAVA_SHORT, 4, (short) (room ? Libc.POLLIN : 0));
                pollFds.set(JAVA_SHORT, 6, (short) 0);
                pollFds.set(JAVA_INT, POLLFD_SIZE, wake.fd());
                pollFds.set(JAVA_SHORT, POLLFD_SIZE + 4, Libc.POLLIN);
                pollFds.set(JAVA_SHORT, POLLFD_SIZE + 6, (short) 0);
                int n = Libc.poll(pollFds, 2, -1);
                if (n < 0 && n != -Errno.EINTR) {
                    throw new KvmCallException("poll", -n);
                }
                if ((pollFds.get(JAVA_SHORT, POLLFD_SIZE + 6) & Libc.POLLIN) != 0) {
                    wake.await(); // clears the counter; cannot block: poll said it is readable
                }
            }
        } catch (Throwable t) {
            failure = t;
            if (!closing) {
                System.err.println("mayfly: the TAP network " + tap.name() + " stopped: " + t);
            }
        }
    }

    /**
     * Writes every frame the guest sent. A frame the TAP refuses (EAGAIN: its queue is full; EIO: the
     * interface is down) is dropped and counted, as a NIC without a link drops it.
     */
    private void writeFromGuest() {
        FrameQueue out = link.fromGuest();
        boolean wasFull = out.isFull();
        boolean drained = false;
        FrameBuffer frame;
        while ((frame = out.peek()) != null) {
            MemorySegment.copy(frame.data(), frame.offset(), buffer, JAVA_BYTE, 0, frame.length());
            if (tap.write(buffer.asSlice(0, frame.length()))) {
                framesFromGuest++;
            } else {
                framesDroppedFromGuest++;
            }
            out.release();
            drained = true;
        }
        if (drained && wasFull) {
            link.wakeDevice();
        }
    }

    /** Reads frames from the TAP into the guest's queue; returns whether it read any. */
    private boolean readToGuest() {
        FrameQueue in = link.toGuest();
        int count = 0;
        FrameBuffer slot;
        while (count < READ_BATCH && (slot = in.claim()) != null) {
            int n = tap.read(buffer);
            if (n == 0) {
                break;
            }
            if (n > slot.capacity()) {
                continue; // larger than the link's MTU: dropped
            }
            MemorySegment.copy(buffer, JAVA_BYTE, 0, slot.data(), slot.offset(), n);
            slot.setLength(n);
            in.commit();
            framesToGuest++;
            count++;
        }
        if (count > 0) {
            link.wakeDevice();
        }
        return count > 0;
    }

    @Override
    public void close() {
        closing = true;
        wake.signal();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        wake.close();
        tap.close();
        arena.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
