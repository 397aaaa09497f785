package dev.mayfly.vmm.kvm;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/** The system calls through the one syscall(3) handle: results, errno, and pointer arguments. */
class LibcTest {
    @Test
    void aFailedCallCarriesItsErrnoAndTheCLibrarysText() {
        KvmCallException e = assertThrows(KvmCallException.class,
                () -> Libc.openReadWrite("/nonexistent/mayfly-libc-test", "open test"));
        assertEquals(Errno.ENOENT, e.errno());
        assertEquals("open test failed: ENOENT (No such file or directory)", e.getMessage());
    }

    @Test
    void readAndWriteMoveBytesThroughPointerArguments() {
        try (EventFd event = new EventFd()) {
            event.signal();
            event.signal();
            assertEquals(2, event.await());
        }
        assertEquals(-Errno.EBADF, Libc.read(-1, Arena.ofAuto().allocate(8)));
    }

    @Test
    void mappedMemoryBecomesResidentOnlyWhereTouched() {
        try (Arena arena = Arena.ofShared()) {
            MemorySegment ram = Libc.map(1 << 20, Libc.MAP_PRIVATE | Libc.MAP_ANONYMOUS | Libc.MAP_NORESERVE, -1, arena, "mmap test");
            assertEquals(0, Libc.residentBytes(ram));
            ram.set(JAVA_BYTE, 8192, (byte) 1);
            assertEquals(4096, Libc.residentBytes(ram));
        }
    }

    @Test
    void aBlockedSignalSentToThisThreadStaysPendingUntilTaken() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment set = arena.allocate(8, 8);
            MemorySegment previous = arena.allocate(8, 8);
            MemorySegment zeroTimeout = arena.allocate(16, 8);
            set.set(JAVA_LONG, 0, 1L << (ThreadKick.SIGNAL - 1));
            Libc.blockSignals(set, previous);
            assertEquals(0, Libc.signalThread(Libc.threadId(), ThreadKick.SIGNAL));
            assertEquals(ThreadKick.SIGNAL, Libc.takePendingSignal(set, zeroTimeout));
            assertEquals(-Errno.EAGAIN, Libc.takePendingSignal(set, zeroTimeout));
        }
    }

    @Test
    void threadIdsDifferBetweenThreads() throws InterruptedException {
        int[] other = new int[1];
        Thread t = Thread.ofPlatform().start(() -> other[0] = Libc.threadId());
        t.join();
        assertTrue(other[0] > 0 && Libc.threadId() > 0);
        assertTrue(other[0] != Libc.threadId());
    }
}
