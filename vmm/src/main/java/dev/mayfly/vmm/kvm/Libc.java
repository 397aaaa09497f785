package dev.mayfly.vmm.kvm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The libc functions the VMM calls, as downcall handles; each wrapper throws
 * {@link KvmCallException} on failure and retries nothing on its own.
 *
 * <p>errno is captured per call into a thread-local segment (the FFM runtime may clobber the real
 * errno between the call and a later read).
 */
public final class Libc {
    private Libc() {}

    public static final int O_RDWR = 2;
    public static final int O_CLOEXEC = 0x80000;
    public static final int O_NONBLOCK = 0x800;
    /** poll(2) event bits. */
    public static final short POLLIN = 0x1;
    public static final short POLLOUT = 0x4;
    public static final int PROT_READ_WRITE = 3;
    public static final int MAP_SHARED = 0x01;
    public static final int MAP_PRIVATE = 0x02;
    public static final int MAP_ANONYMOUS = 0x20;
    public static final int MAP_NORESERVE = 0x4000;
    public static final int EFD_CLOEXEC = 0x80000;
    public static final int SIG_BLOCK = 0;
    /** glibc's sigset_t is 1024 bits. */
    public static final int SIGSET_T_BYTES = 128;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");
    private static final ThreadLocal<MemorySegment> ERRNO_SLOT =
            ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(CAPTURE));

    private static final MethodHandle OPEN = downcall("open",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), CAPTURE_ERRNO, Linker.Option.firstVariadicArg(2));
    private static final MethodHandle CLOSE = downcall("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT), CAPTURE_ERRNO);
    private static final MethodHandle IOCTL_VALUE = downcall("ioctl",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG), CAPTURE_ERRNO, Linker.Option.firstVariadicArg(2));
    private static final MethodHandle IOCTL_POINTER = downcall("ioctl",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), CAPTURE_ERRNO, Linker.Option.firstVariadicArg(2));
    private static final MethodHandle MMAP = downcall("mmap",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG), CAPTURE_ERRNO);
    private static final MethodHandle MUNMAP = downcall("munmap", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG), CAPTURE_ERRNO);
    private static final MethodHandle MADVISE = downcall("madvise", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT), CAPTURE_ERRNO);
    private static final long PAGE_SIZE = 4096;
    private static final MethodHandle MINCORE = downcall("mincore", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS), CAPTURE_ERRNO);
    private static final MethodHandle EVENTFD = downcall("eventfd", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), CAPTURE_ERRNO);
    private static final MethodHandle READ = downcall("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), CAPTURE_ERRNO);
    private static final MethodHandle WRITE = downcall("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), CAPTURE_ERRNO);
    private static final MethodHandle POLL = downcall("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT), CAPTURE_ERRNO);
    private static final MethodHandle PTHREAD_SELF = downcall("pthread_self", FunctionDescriptor.of(JAVA_LONG));
    private static final MethodHandle PTHREAD_KILL = downcall("pthread_kill", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT));
    private static final MethodHandle PTHREAD_SIGMASK = downcall("pthread_sigmask",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle SIGTIMEDWAIT = downcall("sigtimedwait",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS), CAPTURE_ERRNO);
    private static final MethodHandle STRERROR = downcall("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));

    private static MethodHandle downcall(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        MemorySegment symbol = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new IllegalStateException("libc has no " + name));
        return LINKER.downcallHandle(symbol, descriptor, options);
    }

    private static int errno(MemorySegment slot) {
        return (int) ERRNO.get(slot, 0L);
    }

    /** The C library's text for {@code errno}. */
    public static String describe(int errno) {
        try {
            return ((MemorySegment) STRERROR.invokeExact(errno)).reinterpret(256).getString(0);
        } catch (Throwable t) {
            return "unknown error";
        }
    }

    /** open(2) with O_RDWR | O_CLOEXEC; {@code call} names the call in the exception. */
    public static int openReadWrite(String path, String call) {
        MemorySegment slot = ERRNO_SLOT.get();
        int fd;
        try (Arena arena = Arena.ofConfined()) {
            fd = (int) OPEN.invokeExact(slot, arena.allocateFrom(path), O_RDWR | O_CLOEXEC, 0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (fd < 0) {
            throw new KvmCallException(call, errno(slot));
        }
        return fd;
    }

    /** open(2) with O_RDWR | O_CLOEXEC | {@code extraFlags}; {@code call} names the call in the exception. */
    public static int openReadWrite(String path, int extraFlags, String call) {
        MemorySegment slot = ERRNO_SLOT.get();
        int fd;
        try (Arena arena = Arena.ofConfined()) {
            fd = (int) OPEN.invokeExact(slot, arena.allocateFrom(path), O_RDWR | O_CLOEXEC | extraFlags, 0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (fd < 0) {
            throw new KvmCallException(call, errno(slot));
        }
        return fd;
    }

    /** ioctl(2) with a pointer argument and a request number of another subsystem than KVM; {@code call} names it. */
    public static int ioctl(int fd, long request, MemorySegment argument, String call) {
        MemorySegment slot = ERRNO_SLOT.get();
        int result;
        try {
            result = (int) IOCTL_POINTER.invokeExact(slot, fd, request, argument);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (result < 0) {
            throw new KvmCallException(call, errno(slot));
        }
        return result;
    }

    /** poll(2) over {@code count} {@code struct pollfd} (8 bytes each) in {@code fds}; returns the result or {@code -errno}. */
    public static int poll(MemorySegment fds, int count, int timeoutMillis) {
        MemorySegment slot = ERRNO_SLOT.get();
        int n;
        try {
            n = (int) POLL.invokeExact(slot, fds, (long) count, timeoutMillis);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        return n < 0 ? -errno(slot) : n;
    }

    /** close(2); errors are ignored, as there is nothing useful to do about them. */
    public static void close(int fd) {
        if (fd < 0) {
            return;
        }
        try {
            int ignored = (int) CLOSE.invokeExact(ERRNO_SLOT.get(), fd);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** ioctl(2) with an integer argument; returns the non-negative result. */
    public static int ioctl(int fd, KvmIoctl request, long argument) {
        int result = ioctlOrErrno(fd, request, argument);
        if (result < 0) {
            throw new KvmCallException(request.name(), -result);
        }
        return result;
    }

    /** ioctl(2) with a pointer argument; returns the non-negative result. */
    public static int ioctl(int fd, KvmIoctl request, MemorySegment argument) {
        MemorySegment slot = ERRNO_SLOT.get();
        int result;
        try {
            result = (int) IOCTL_POINTER.invokeExact(slot, fd, request.number(), argument);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (result < 0) {
            throw new KvmCallException(request.name(), errno(slot));
        }
        return result;
    }

    /** ioctl(2) with an integer argument; returns the result, or {@code -errno} instead of throwing. */
    public static int ioctlOrErrno(int fd, KvmIoctl request, long argument) {
        MemorySegment slot = ERRNO_SLOT.get();
        int result;
        try {
            result = (int) IOCTL_VALUE.invokeExact(slot, fd, request.number(), argument);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        return result < 0 ? -errno(slot) : result;
    }

    /**
     * mmap(2) of {@code length} bytes, bound to {@code arena}: closing the arena unmaps it, after the
     * JVM has made sure no thread still accesses the segment.
     */
    public static MemorySegment map(long length, int flags, int fd, Arena arena, String call) {
        MemorySegment slot = ERRNO_SLOT.get();
        MemorySegment address;
        try {
            address = (MemorySegment) MMAP.invokeExact(slot, MemorySegment.NULL, length, PROT_READ_WRITE, flags, fd, 0L);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (address.address() == -1L) {
            throw new KvmCallException(call, errno(slot));
        }
        long start = address.address();
        return address.reinterpret(length, arena, segment -> unmap(start, length));
    }

    private static void unmap(long start, long length) {
        try {
            int ignored = (int) MUNMAP.invokeExact(ERRNO_SLOT.get(), MemorySegment.ofAddress(start), length);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** madvise(2) advice: back the range with transparent huge pages where possible. */
    public static final int MADV_HUGEPAGE = 14;

    /** madvise(2); returns 0 or {@code -errno} (advice is only advice: callers may ignore failure). */
    public static int advise(MemorySegment range, int advice) {
        MemorySegment slot = ERRNO_SLOT.get();
        int result;
        try {
            result = (int) MADVISE.invokeExact(slot, range, range.byteSize(), advice);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        return result < 0 ? -errno(slot) : 0;
    }

    /**
     * The bytes of a page-aligned mapping that are resident in host RAM now (mincore(2)): for guest
     * RAM, the memory the guest has touched. Returns {@code -errno} on failure.
     */
    public static long residentBytes(MemorySegment range) {
        long pages = (range.byteSize() + PAGE_SIZE - 1) / PAGE_SIZE;
        MemorySegment slot = ERRNO_SLOT.get();
        try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
            MemorySegment vector = arena.allocate(pages);
            int result;
            try {
                result = (int) MINCORE.invokeExact(slot, range, range.byteSize(), vector);
            } catch (Throwable t) {
                throw rethrow(t);
            }
            if (result < 0) {
                return -errno(slot);
            }
            long resident = 0;
            for (long i = 0; i < pages; i++) {
                resident += vector.get(java.lang.foreign.ValueLayout.JAVA_BYTE, i) & 1;
            }
            return resident * PAGE_SIZE;
        }
    }

    /** eventfd(2) with EFD_CLOEXEC, counter mode. */
    public static int eventfd() {
        MemorySegment slot = ERRNO_SLOT.get();
        int fd;
        try {
            fd = (int) EVENTFD.invokeExact(slot, 0, EFD_CLOEXEC);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (fd < 0) {
            throw new KvmCallException("eventfd", errno(slot));
        }
        return fd;
    }

    /** read(2); returns the byte count or {@code -errno}. */
    public static long read(int fd, MemorySegment buffer) {
        MemorySegment slot = ERRNO_SLOT.get();
        long n;
        try {
            n = (long) READ.invokeExact(slot, fd, buffer, buffer.byteSize());
        } catch (Throwable t) {
            throw rethrow(t);
        }
        return n < 0 ? -errno(slot) : n;
    }

    /** write(2); returns the byte count or {@code -errno}. */
    public static long write(int fd, MemorySegment buffer) {
        MemorySegment slot = ERRNO_SLOT.get();
        long n;
        try {
            n = (long) WRITE.invokeExact(slot, fd, buffer, buffer.byteSize());
        } catch (Throwable t) {
            throw rethrow(t);
        }
        return n < 0 ? -errno(slot) : n;
    }

    /** pthread_self(3). */
    public static long pthreadSelf() {
        try {
            return (long) PTHREAD_SELF.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** pthread_kill(3); returns 0 or an error number. */
    public static int pthreadKill(long thread, int signal) {
        try {
            return (int) PTHREAD_KILL.invokeExact(thread, signal);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** pthread_sigmask(3) with SIG_BLOCK; {@code previous} receives the mask before the call. */
    public static void blockSignals(MemorySegment set, MemorySegment previous) {
        int error;
        try {
            error = (int) PTHREAD_SIGMASK.invokeExact(SIG_BLOCK, set, previous);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (error != 0) {
            throw new KvmCallException("pthread_sigmask", error);
        }
    }

    /** sigtimedwait(2) with a zero timeout: consumes one pending signal of {@code set}; returns it, or -1 if none. */
    public static int takePendingSignal(MemorySegment set, MemorySegment zeroTimeout) {
        try {
            return (int) SIGTIMEDWAIT.invokeExact(ERRNO_SLOT.get(), set, MemorySegment.NULL, zeroTimeout);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
