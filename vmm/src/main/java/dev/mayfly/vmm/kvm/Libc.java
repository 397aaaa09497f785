package dev.mayfly.vmm.kvm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Reference;
import java.util.Objects;

/**
 * The Linux system calls the VMM makes, through one downcall handle on glibc's syscall(3); each
 * wrapper throws {@link KvmCallException} or returns {@code -errno} on failure and retries nothing on
 * its own.
 *
 * <p>The handle is linked on first use (a holder class), so code that never calls the kernel links
 * nothing. errno is captured per call into a thread-local segment (the FFM runtime may clobber the real
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

    /**
     * Linux x86-64 system call numbers (arch/x86/entry/syscalls/syscall_64.tbl): every call below goes
     * through glibc's {@code long syscall(long number, ...)}, so that one downcall handle, of one shape,
     * serves them all. Linking a downcall handle costs tens of milliseconds per distinct shape at start-up
     * (the FFM runtime spins classes for each), and `mayfly run` is on the boot-time path.
     */
    static final long SYS_READ = 0;
    static final long SYS_WRITE = 1;
    static final long SYS_CLOSE = 3;
    static final long SYS_POLL = 7;
    static final long SYS_MMAP = 9;
    static final long SYS_MUNMAP = 11;
    static final long SYS_RT_SIGPROCMASK = 14;
    static final long SYS_IOCTL = 16;
    static final long SYS_MINCORE = 27;
    static final long SYS_MADVISE = 28;
    static final long SYS_GETPID = 39;
    static final long SYS_RT_SIGTIMEDWAIT = 128;
    static final long SYS_GETTID = 186;
    static final long SYS_TGKILL = 234;
    static final long SYS_OPENAT = 257;
    static final long SYS_EVENTFD2 = 290;
    /** openat(2)'s "relative to the working directory" (include/uapi/linux/fcntl.h). */
    private static final long AT_FDCWD = -100;
    /** The kernel's sigset_t: 64 signals, the size rt_sigprocmask(2) and rt_sigtimedwait(2) take. */
    private static final long KERNEL_SIGSET_BYTES = 8;

    /**
     * Where each thread's downcalls capture errno: a segment of the FFM runtime's capture-state layout
     * per thread. A holder class of its own, so that {@link #linkInBackground} can start the link
     * before this is set up; building the layout costs milliseconds of the FFM runtime's cold code.
     */
    private static final class ErrnoCapture {
        static final StructLayout LAYOUT = Linker.Option.captureStateLayout();
        static final long ERRNO_OFFSET = KvmStructs.offset(LAYOUT, "errno");
        static final ThreadLocal<MemorySegment> SLOT = ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(LAYOUT));
    }

    /**
     * glibc's syscall(3) with six arguments: it returns the kernel's result, or -1 with errno set.
     * Arguments are passed as longs; a pointer argument is the address of a segment the caller keeps
     * alive for the call (its own confined arena, or an arena closed only after every thread using it
     * ended), so the kernel never sees a freed address.
     *
     * <p>syscall(3) is declared variadic, but it is linked as a function of seven longs: in the x86-64
     * System V ABI (§3.5.7) a variadic call differs from a fixed one only in %al, the count of vector
     * registers used, which matters only to a callee reading floating-point variadic arguments; glibc's
     * syscall reads integer registers only. A variadic downcall handle costs start-up time a fixed one
     * does not (measured here: tens of milliseconds more to link).
     */
    private static final class Syscall {
        static final MethodHandle HANDLE = linkAndCallOnce();

        /**
         * Links the handle and makes one call (gettid) through it before any other thread may: threads
         * wait for this class's initialisation (JVMS §5.5), and the FFM runtime spins the last of its
         * method-handle forms on the first call, so it happens once, here, rather than in every thread
         * that raced to make the first call.
         */
        private static MethodHandle linkAndCallOnce() {
            MethodHandle handle = link();
            try {
                long threadId = (long) handle.invokeExact(ErrnoCapture.SLOT.get(), SYS_GETTID, 0L, 0L, 0L, 0L, 0L, 0L);
                if (threadId <= 0) {
                    throw new IllegalStateException("gettid through syscall(3) returned " + threadId);
                }
            } catch (Throwable t) {
                throw rethrow(t);
            }
            return handle;
        }

        private static MethodHandle link() {
            Linker linker = Linker.nativeLinker();
            MemorySegment symbol = linker.defaultLookup().find("syscall")
                    .orElseThrow(() -> new IllegalStateException("libc has no syscall"));
            return linker.downcallHandle(symbol,
                    FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG),
                    Linker.Option.captureCallState("errno"));
        }
    }

    /** strerror(3), linked only when an error is described. */
    private static final class Strerror {
        static final MethodHandle HANDLE = link();

        private static MethodHandle link() {
            Linker linker = Linker.nativeLinker();
            MemorySegment symbol = linker.defaultLookup().find("strerror")
                    .orElseThrow(() -> new IllegalStateException("libc has no strerror"));
            return linker.downcallHandle(symbol, FunctionDescriptor.of(ADDRESS, JAVA_INT));
        }
    }

    /** A system call; returns its result, or {@code -errno} on failure. */
    static long syscall(long number, long a1, long a2, long a3, long a4, long a5, long a6) {
        MemorySegment slot = ErrnoCapture.SLOT.get();
        long result;
        try {
            result = (long) Syscall.HANDLE.invokeExact(slot, number, a1, a2, a3, a4, a5, a6);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        return result == -1 ? -errno(slot) : result;
    }

    /**
     * Links the system-call handle on a background thread while this thread sets up the errno capture,
     * so that the first real call, soon after, waits less (or not at all) for the FFM runtime's one-time
     * work.
     *
     * <p>Both halves run the FFM runtime's cold code (class initialisers, method-handle forms spun at
     * run time), most of it different for each, so on a machine with a free core they overlap.
     */
    public static void linkInBackground() {
        // The handle alone, not a call: a call would set up the background thread's errno capture before
        // linking, and so wait for this thread, which is setting up the capture's layout meanwhile.
        Thread.ofPlatform().daemon().name("mayfly-libc-link").start(() -> Objects.requireNonNull(Syscall.HANDLE));
        Objects.requireNonNull(ErrnoCapture.SLOT.get());
    }

    private static long syscall(long number, long a1, long a2, long a3) {
        return syscall(number, a1, a2, a3, 0, 0, 0);
    }

    private static int errno(MemorySegment slot) {
        return slot.get(JAVA_INT, ErrnoCapture.ERRNO_OFFSET);
    }

    /** The C library's text for {@code errno}. */
    public static String describe(int errno) {
        try {
            return ((MemorySegment) Strerror.HANDLE.invokeExact(errno)).reinterpret(256).getString(0);
        } catch (Throwable t) {
            return "unknown error";
        }
    }

    /** open(2) with O_RDWR | O_CLOEXEC; {@code call} names the call in the exception. */
    public static int openReadWrite(String path, String call) {
        return openReadWrite(path, 0, call);
    }

    /** open(2) with O_RDWR | O_CLOEXEC | {@code extraFlags}; {@code call} names the call in the exception. */
    public static int openReadWrite(String path, int extraFlags, String call) {
        long fd;
        try (Arena arena = Arena.ofConfined()) {
            fd = syscall(SYS_OPENAT, AT_FDCWD, arena.allocateFrom(path).address(), O_RDWR | O_CLOEXEC | extraFlags);
        }
        if (fd < 0) {
            throw new KvmCallException(call, (int) -fd);
        }
        return (int) fd;
    }

    /** ioctl(2) with a pointer argument and a request number of another subsystem than KVM; {@code call} names it. */
    public static int ioctl(int fd, long request, MemorySegment argument, String call) {
        long result = syscall(SYS_IOCTL, fd, request, argument.address());
        Reference.reachabilityFence(argument);
        if (result < 0) {
            throw new KvmCallException(call, (int) -result);
        }
        return (int) result;
    }

    /** poll(2) over {@code count} {@code struct pollfd} (8 bytes each) in {@code fds}; returns the result or {@code -errno}. */
    public static int poll(MemorySegment fds, int count, int timeoutMillis) {
        long n = syscall(SYS_POLL, fds.address(), count, timeoutMillis);
        Reference.reachabilityFence(fds);
        return (int) n;
    }

    /** close(2); errors are ignored, as there is nothing useful to do about them. */
    public static void close(int fd) {
        if (fd >= 0) {
            syscall(SYS_CLOSE, fd, 0, 0);
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
        long result = syscall(SYS_IOCTL, fd, request.number(), argument.address());
        Reference.reachabilityFence(argument);
        if (result < 0) {
            throw new KvmCallException(request.name(), (int) -result);
        }
        return (int) result;
    }

    /** ioctl(2) with an integer argument; returns the result, or {@code -errno} instead of throwing. */
    public static int ioctlOrErrno(int fd, KvmIoctl request, long argument) {
        return (int) syscall(SYS_IOCTL, fd, request.number(), argument);
    }

    /**
     * mmap(2) of {@code length} bytes, bound to {@code arena}: closing the arena unmaps it, after the
     * JVM has made sure no thread still accesses the segment.
     */
    public static MemorySegment map(long length, int flags, int fd, Arena arena, String call) {
        long start = syscall(SYS_MMAP, 0, length, PROT_READ_WRITE, flags, fd, 0);
        if (start < 0 && start >= -MAX_ERRNO) {
            throw new KvmCallException(call, (int) -start);
        }
        return MemorySegment.ofAddress(start).reinterpret(length, arena, segment -> unmap(start, length));
    }

    /** The largest errno value: a raw result in [-4095, -1] is an error (include/linux/err.h MAX_ERRNO). */
    private static final long MAX_ERRNO = 4095;

    private static void unmap(long start, long length) {
        syscall(SYS_MUNMAP, start, length, 0);
    }

    /** madvise(2) advice: back the range with transparent huge pages where possible. */
    public static final int MADV_HUGEPAGE = 14;

    /** madvise(2); returns 0 or {@code -errno} (advice is only advice: callers may ignore failure). */
    public static int advise(MemorySegment range, int advice) {
        long result = syscall(SYS_MADVISE, range.address(), range.byteSize(), advice);
        Reference.reachabilityFence(range);
        return result < 0 ? (int) result : 0;
    }

    /**
     * The bytes of a page-aligned mapping that are resident in host RAM now (mincore(2)): for guest
     * RAM, the memory the guest has touched. Returns {@code -errno} on failure.
     */
    public static long residentBytes(MemorySegment range) {
        long pages = (range.byteSize() + PAGE_SIZE - 1) / PAGE_SIZE;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment vector = arena.allocate(pages);
            long result = syscall(SYS_MINCORE, range.address(), range.byteSize(), vector.address());
            Reference.reachabilityFence(range);
            if (result < 0) {
                return result;
            }
            long resident = 0;
            for (long i = 0; i < pages; i++) {
                resident += vector.get(JAVA_BYTE, i) & 1;
            }
            return resident * PAGE_SIZE;
        }
    }

    private static final long PAGE_SIZE = 4096;

    /** eventfd(2) with EFD_CLOEXEC, counter mode. */
    public static int eventfd() {
        long fd = syscall(SYS_EVENTFD2, 0, EFD_CLOEXEC, 0);
        if (fd < 0) {
            throw new KvmCallException("eventfd", (int) -fd);
        }
        return (int) fd;
    }

    /** read(2); returns the byte count or {@code -errno}. */
    public static long read(int fd, MemorySegment buffer) {
        long n = syscall(SYS_READ, fd, buffer.address(), buffer.byteSize());
        Reference.reachabilityFence(buffer);
        return n;
    }

    /** write(2); returns the byte count or {@code -errno}. */
    public static long write(int fd, MemorySegment buffer) {
        long n = syscall(SYS_WRITE, fd, buffer.address(), buffer.byteSize());
        Reference.reachabilityFence(buffer);
        return n;
    }

    /** gettid(2): the calling thread's kernel thread id, the target of {@link #signalThread}. */
    public static int threadId() {
        return (int) syscall(SYS_GETTID, 0, 0, 0);
    }

    /** tgkill(2) to a thread of this process; returns 0 or {@code -errno}. */
    public static int signalThread(int threadId, int signal) {
        return (int) syscall(SYS_TGKILL, syscall(SYS_GETPID, 0, 0, 0), threadId, signal);
    }

    /** rt_sigprocmask(2) with SIG_BLOCK for the calling thread; {@code previous} receives the mask before the call. */
    public static void blockSignals(MemorySegment set, MemorySegment previous) {
        long result = syscall(SYS_RT_SIGPROCMASK, SIG_BLOCK, set.address(), previous.address(), KERNEL_SIGSET_BYTES, 0, 0);
        Reference.reachabilityFence(set);
        Reference.reachabilityFence(previous);
        if (result < 0) {
            throw new KvmCallException("rt_sigprocmask", (int) -result);
        }
    }

    /** rt_sigtimedwait(2) with a zero timeout: consumes one pending signal of {@code set}; returns it, or a negative errno if none. */
    public static int takePendingSignal(MemorySegment set, MemorySegment zeroTimeout) {
        long result = syscall(SYS_RT_SIGTIMEDWAIT, set.address(), 0, zeroTimeout.address(), KERNEL_SIGSET_BYTES, 0, 0);
        Reference.reachabilityFence(set);
        Reference.reachabilityFence(zeroTimeout);
        return (int) result;
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
