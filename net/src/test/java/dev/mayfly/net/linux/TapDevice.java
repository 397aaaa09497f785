package dev.mayfly.net.linux;

import dev.mayfly.net.phy.Device;
import dev.mayfly.net.phy.FrameBuffer;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.*;

/**
 * A Linux TAP device opened through /dev/net/tun with the foreign-function API (test only: the
 * stack itself never touches native code). Non-blocking; one frame per read/write (IFF_NO_PI).
 */
final class TapDevice implements Device, AutoCloseable {
    private static final int O_RDWR = 2;
    private static final int O_NONBLOCK = 0x800;
    private static final long TUNSETIFF = 0x400454caL;
    private static final short IFF_TAP = 0x0002;
    private static final short IFF_NO_PI = 0x1000;
    private static final int FRAME = 1514;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final MethodHandle OPEN = LINKER.downcallHandle(LIBC.find("open").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle IOCTL = LINKER.downcallHandle(LIBC.find("ioctl").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle READ = LINKER.downcallHandle(LIBC.find("read").orElseThrow(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle WRITE = LINKER.downcallHandle(LIBC.find("write").orElseThrow(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle CLOSE = LINKER.downcallHandle(LIBC.find("close").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    private final Arena arena = Arena.ofShared();
    private final MemorySegment io = arena.allocate(65536);
    private final FrameBuffer rx = new FrameBuffer(65536);
    private final FrameBuffer tx = new FrameBuffer(FRAME);
    private final int fd;

    /** Attaches to the existing persistent TAP device {@code name}. */
    TapDevice(String name) throws Throwable {
        fd = (int) OPEN.invokeExact(arena.allocateFrom("/dev/net/tun"), O_RDWR | O_NONBLOCK);
        if (fd < 0) {
            throw new IllegalStateException("open /dev/net/tun failed");
        }
        MemorySegment ifr = arena.allocate(40);
        byte[] n = name.getBytes();
        MemorySegment.copy(n, 0, ifr, JAVA_BYTE, 0, n.length);
        ifr.set(JAVA_SHORT, 16, (short) (IFF_TAP | IFF_NO_PI));
        int rc = (int) IOCTL.invokeExact(fd, TUNSETIFF, ifr);
        if (rc < 0) {
            close();
            throw new IllegalStateException("TUNSETIFF " + name + " failed");
        }
    }

    @Override
    public int maxFrameLength() { return FRAME; }

    @Override
    public FrameBuffer receive(long nowMillis) {
        try {
            long n = (long) READ.invokeExact(fd, io, io.byteSize());
            if (n <= 0) {
                return null;
            }
            MemorySegment.copy(io, JAVA_BYTE, 0, rx.data(), 0, (int) n);
            rx.setLength((int) n);
            return rx;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public FrameBuffer transmitBuffer(long nowMillis, int length) {
        return length > FRAME ? null : tx;
    }

    @Override
    public void transmit(long nowMillis, FrameBuffer frame) {
        try {
            MemorySegment.copy(frame.data(), frame.offset(), io, JAVA_BYTE, 0, frame.length());
            long n = (long) WRITE.invokeExact(fd, io, (long) frame.length());
            if (n < 0) {
                // The kernel's queue is full: the frame is lost, as on a real link.
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void close() {
        try {
            int rc = (int) CLOSE.invokeExact(fd);
        } catch (Throwable ignored) {
        }
        arena.close();
    }
}
