package dev.mayfly.vmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExitReasonTest {
    @Test
    void everyVmmReasonHasItsOwnDocumentedStatus() {
        assertEquals(121, ExitReason.SHUTDOWN.status());
        assertEquals(122, ExitReason.INTERNAL_ERROR.status());
        assertEquals(123, ExitReason.FAIL_ENTRY.status());
        assertEquals(124, ExitReason.TIMEOUT.status());
        assertEquals(125, ExitReason.VMM_ERROR.status());
        assertEquals(143, ExitReason.STOPPED.status());
        long distinct = Arrays.stream(ExitReason.values()).mapToInt(ExitReason::status).distinct().count();
        assertEquals(ExitReason.values().length, distinct);
    }

    @Test
    void onlyAGuestExitWithZeroIsSuccess() {
        assertTrue(ExitResult.guestExit(0).isSuccess());
        assertFalse(ExitResult.guestExit(1).isSuccess());
        assertFalse(ExitResult.of(ExitReason.STOPPED, "").isSuccess());
    }
}
