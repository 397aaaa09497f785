package dev.mayfly.vmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VmmThreadsTest {
    /** A console that remembers the thread that first wrote to it: the vCPU thread, whose UART exit completes the first line. */
    private static final class ThreadRecordingConsole extends OutputStream {
        volatile Thread writer;
        volatile String writerName;

        @Override
        public void write(int b) {
            record();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            record();
        }

        private void record() {
            if (writer == null) {
                writer = Thread.currentThread();
                writerName = writer.getName();
            }
        }
    }

    private static ThreadRecordingConsole boot(Path image, String name) throws InterruptedException {
        ThreadRecordingConsole console = new ThreadRecordingConsole();
        try (MicroVm vm = MicroVm.builder().kernel(image).name(name).console(console).timeout(Duration.ofSeconds(30)).build()) {
            vm.start();
            assertEquals(ExitResult.guestExit(0), vm.awaitExit());
        }
        return console;
    }

    @Test
    void aVmStartedAfterAnotherEndedRunsOnAnIdleThreadUnderItsOwnName() throws InterruptedException {
        KvmAssumptions.assumeKvm();
        Path image = TestGuests.image("hello");
        ThreadRecordingConsole first = boot(image, "first");
        Set<Thread> threadsAfterFirst = Thread.getAllStackTraces().keySet();
        ThreadRecordingConsole second = boot(image, "second");
        assertTrue(threadsAfterFirst.contains(second.writer), second.writer + " was created for the second VM");
        assertEquals("first-vcpu0", first.writerName);
        assertEquals("second-vcpu0", second.writerName);
    }
}
