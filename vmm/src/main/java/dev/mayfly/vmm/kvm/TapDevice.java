package dev.mayfly.vmm.kvm;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/**
 * A Linux TAP interface opened through {@code /dev/net/tun} with {@code TUNSETIFF}
 * (IFF_TAP | IFF_NO_PI: whole Ethernet frames, no packet-information prefix), non-blocking.
 *
 * <p>Creating a TAP device needs CAP_NET_ADMIN (root); attaching to an existing persistent one owned
 * by the user does not.
 */
public final class TapDevice implements AutoCloseable {
    /** The clone device. */
    public static final String CLONE_DEVICE = "/dev/net/tun";
    /** {@code TUNSETIFF = _IOW('T', 202, int)} from {@code <linux/if_tun.h>}. */
    static final long TUNSETIFF = 0x400454CAL;
    /** {@code IFF_TAP} and {@code IFF_NO_PI} from {@code <linux/if_tun.h>}. */
    static final short IFF_TAP = 0x0002;
    static final short IFF_NO_PI = 0x1000;
    /** {@code struct ifreq}: 16 bytes of name, then a union whose first member is the flags (short). */
    static final int IFREQ_SIZE = 40;
    static final int IFNAMSIZ = 16;

    private final int fd;
    private final String name;
    private boolean closed;

    private TapDevice(int fd, String name) {
        this.fd = fd;
        this.name = name;
    }

    /** Opens (creating if needed) TAP interface {@code name}; throws {@link KvmCallException} when the kernel refuses. */
    public static TapDevice open(String name) {
        byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
        if (nameBytes.length == 0 || nameBytes.length >= IFNAMSIZ) {
            throw new IllegalArgumentException("a TAP interface name has 1 to " + (IFNAMSIZ - 1) + " characters: '" + name + "'");
        }
        int fd = Libc.openReadWrite(CLONE_DEVICE, Libc.O_NONBLOCK, "open " + CLONE_DEVICE);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ifreq = arena.allocate(IFREQ_SIZE);
            MemorySegment.copy(nameBytes, 0, ifreq, JAVA_BYTE, 0, nameBytes.length);
            ifreq.set(JAVA_SHORT, IFNAMSIZ, (short) (IFF_TAP | IFF_NO_PI));
            Libc.ioctl(fd, TUNSETIFF, ifreq, "TUNSETIFF " + name);
            String actual = ifreq.getString(0, StandardCharsets.US_ASCII);
            return new TapDevice(fd, actual);
        } catch (RuntimeException e) {
            Libc.close(fd);
            throw e;
        }
    }

    public int fd() {
        return fd;
    }

    /** The interface's name as the kernel reports it. */
    public String name() {
        return name;
    }

    /** Reads one frame into {@code buffer}; returns its length, 0 when none is waiting, or throws on an error. */
    public int read(MemorySegment buffer) {
        long n = Libc.read(fd, buffer);
        if (n >= 0) {
            return (int) n;
        }
        if (n == -Errno.EAGAIN || n == -Errno.EINTR) {
            return 0;
        }
        throw new KvmCallException("read " + name, (int) -n);
    }

    /** Writes one frame; returns false when the interface cannot take it now (EAGAIN) or is down (EIO). */
    public boolean write(MemorySegment frame) {
        long n = Libc.write(fd, frame);
        if (n >= 0) {
            return true;
        }
        if (n == -Errno.EAGAIN || n == -Errno.EINTR || n == -Errno.EIO) {
            return false;
        }
        throw new KvmCallException("write " + name, (int) -n);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            Libc.close(fd);
        }
    }
}
