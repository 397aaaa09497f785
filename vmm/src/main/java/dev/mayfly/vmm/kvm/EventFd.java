package dev.mayfly.vmm.kvm;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * A Linux eventfd in counter mode: the kernel side of ioeventfd (the guest's write signals it) and
 * irqfd (signalling it injects an interrupt).
 *
 * <p>One thread may {@link #await} while others {@link #signal}; close only after the waiter is gone,
 * because closing an fd does not wake a thread blocked reading it.
 */
public final class EventFd implements AutoCloseable {
    private final int fd;
    private boolean closed;
    private final MemorySegment readBuffer = Arena.ofAuto().allocate(JAVA_LONG);
    private final MemorySegment writeBuffer = Arena.ofAuto().allocate(JAVA_LONG);

    public EventFd() {
        this.fd = Libc.eventfd();
    }

    public int fd() {
        return fd;
    }

    /** Adds one to the counter, waking a waiter (or injecting an interrupt, for an irqfd); nothing once closed. */
    public synchronized void signal() {
        if (closed) {
            return;
        }
        writeBuffer.set(JAVA_LONG, 0, 1L);
        long n = Libc.write(fd, writeBuffer);
        if (n < 0 && n != -Errno.EAGAIN) {
            throw new KvmCallException("write eventfd", (int) -n);
        }
    }

    /** Blocks until the counter is non-zero, then returns and clears it; retries when interrupted by a signal. */
    public long await() {
        while (true) {
            long n = Libc.read(fd, readBuffer);
            if (n == JAVA_LONG.byteSize()) {
                return readBuffer.get(JAVA_LONG, 0);
            }
            if (n != -Errno.EINTR) {
                throw new KvmCallException("read eventfd", (int) -n);
            }
        }
    }

    /** Closes the fd; later signals do nothing, so a stray one cannot reach a reused fd number. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            Libc.close(fd);
        }
    }
}
