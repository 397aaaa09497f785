package dev.mayfly.vmm.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mayfly.vmm.devices.legacy.CmosRtc;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CmosRtcTest {
    // 2025-12-03 21:07:09 UTC, a Wednesday
    private final CmosRtc rtc = new CmosRtc(Clock.fixed(Instant.parse("2025-12-03T21:07:09Z"), ZoneOffset.UTC));

    private int register(int index) {
        rtc.write(CmosRtc.INDEX_PORT, 1, index);
        return (int) rtc.read(CmosRtc.INDEX_PORT + 1, 1);
    }

    @Test
    void readsTheTimeInBcdAnd24HourModeByDefault() {
        assertEquals(0x09, register(0x00));
        assertEquals(0x07, register(0x02));
        assertEquals(0x21, register(0x04));
        assertEquals(0x04, register(0x06));
        assertEquals(0x03, register(0x07));
        assertEquals(0x12, register(0x08));
        assertEquals(0x25, register(0x09));
        assertEquals(0x20, register(0x32));
    }

    @Test
    void neverReportsAnUpdateInProgressAndReportsValidTime() {
        assertEquals(0, register(0x0A) & 0x80);
        assertEquals(0x80, register(0x0D));
    }

    @Test
    void honoursBinaryAnd12HourModes() {
        register(0x0B);
        rtc.write(CmosRtc.INDEX_PORT + 1, 1, 0x04);
        assertEquals(0x80 | 9, register(0x04), "9 PM in binary 12-hour mode");
        assertEquals(2025 % 100, register(0x09));
    }

    @Test
    void ignoresTheNmiBitOfTheIndexAndKeepsOtherBytes() {
        rtc.write(CmosRtc.INDEX_PORT, 1, 0x80 | 0x40);
        rtc.write(CmosRtc.INDEX_PORT + 1, 1, 0x5A);
        assertEquals(0x5A, register(0x40));
        rtc.write(CmosRtc.INDEX_PORT, 1, 0x00);
        rtc.write(CmosRtc.INDEX_PORT + 1, 1, 0x59);
        assertEquals(0x09, register(0x00), "time registers are read-only");
    }
}
