package dev.mayfly.jdk.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ThreadSleepPatchTest {
    @Test
    void pendingInterruptThrowsAndClearsTheStatusLikeTheJdk() {
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> ThreadSleepPatch.sleep(10));
        assertFalse(Thread.currentThread().isInterrupted());
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> Thread.sleep(10));
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void negativeTimeIsRejectedWithTheJdksMessage() {
        IllegalArgumentException patched = assertThrows(IllegalArgumentException.class,
                () -> ThreadSleepPatch.sleep(-1));
        IllegalArgumentException jdk = assertThrows(IllegalArgumentException.class, () -> Thread.sleep(-1));
        assertEquals(jdk.getMessage(), patched.getMessage());
    }

    @Test
    void withoutInterruptThePrologueLetsTheSleepRun() throws InterruptedException {
        ThreadSleepPatch.sleep(0);
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
