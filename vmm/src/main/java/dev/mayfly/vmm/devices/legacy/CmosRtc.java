package dev.mayfly.vmm.devices.legacy;

import dev.mayfly.vmm.devices.PortIoDevice;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;

/**
 * The PC's CMOS real-time clock (Motorola MC146818A): an index port at {@link #INDEX_PORT} and a data
 * port after it, through which the guest reads the wall-clock time in UTC.
 *
 * <p>KVM emulates the PIT and interrupt controllers in the kernel but not the RTC. This one answers
 * the time and date registers from a {@link Clock}, never reports an update in progress, honours the
 * binary/BCD and 12/24-hour format bits of status register B, and keeps the other CMOS bytes as plain
 * storage. It raises no interrupts (alarm, periodic and update-ended interrupts are not emulated) and
 * ignores writes to the time registers.
 */
public final class CmosRtc implements PortIoDevice {
    public static final int INDEX_PORT = 0x70;
    public static final int PORT_COUNT = 2;

    static final int SECONDS = 0x00;
    static final int MINUTES = 0x02;
    static final int HOURS = 0x04;
    static final int DAY_OF_WEEK = 0x06;
    static final int DAY_OF_MONTH = 0x07;
    static final int MONTH = 0x08;
    static final int YEAR = 0x09;
    static final int STATUS_A = 0x0A;
    static final int STATUS_B = 0x0B;
    static final int STATUS_C = 0x0C;
    static final int STATUS_D = 0x0D;
    /** The century byte most BIOSes keep at 0x32 (ACPI FADT "CENTURY" default). */
    static final int CENTURY = 0x32;
    /** Status A: 32.768 kHz time base, 1024 Hz rate, update-in-progress (bit 7) never set. */
    static final int STATUS_A_VALUE = 0x26;
    /** Status B bit 1: 24-hour mode. */
    static final int STATUS_B_24_HOUR = 0x02;
    /** Status B bit 2: binary (rather than BCD) data mode. */
    static final int STATUS_B_BINARY = 0x04;
    /** Status D bit 7: valid RAM and time (the battery is fine). */
    static final int STATUS_D_VALID = 0x80;
    /** Index port bit 7 disables NMI on a real PC; it is not part of the register number. */
    static final int NMI_DISABLE = 0x80;
    static final int CMOS_BYTES = 128;

    private final Clock clock;
    private final byte[] cmos = new byte[CMOS_BYTES];
    private int index;

    /** An RTC reading the system clock. */
    public CmosRtc() {
        this(Clock.systemUTC());
    }

    /** An RTC reading {@code clock} (tests use a fixed one). */
    public CmosRtc(Clock clock) {
        this.clock = clock;
        cmos[STATUS_B] = STATUS_B_24_HOUR;
    }

    @Override
    public synchronized long read(int port, int size) {
        if (port == INDEX_PORT) {
            return 0xFF;
        }
        return registerValue(index) & 0xFF;
    }

    @Override
    public synchronized void write(int port, int size, long value) {
        int v = (int) value & 0xFF;
        if (port == INDEX_PORT) {
            index = v & ~NMI_DISABLE;
            return;
        }
        switch (index) {
            case SECONDS, MINUTES, HOURS, DAY_OF_WEEK, DAY_OF_MONTH, MONTH, YEAR, CENTURY, STATUS_A, STATUS_C, STATUS_D -> { }
            default -> cmos[index] = (byte) v;
        }
    }

    private int registerValue(int register) {
        int statusB = cmos[STATUS_B] & 0xFF;
        boolean binary = (statusB & STATUS_B_BINARY) != 0;
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC));
        return switch (register) {
            case SECONDS -> encode(now.getSecond(), binary);
            case MINUTES -> encode(now.getMinute(), binary);
            case HOURS -> hours(now.getHour(), binary, (statusB & STATUS_B_24_HOUR) != 0);
            case DAY_OF_WEEK -> encode(now.getDayOfWeek().getValue() % 7 + 1, binary);
            case DAY_OF_MONTH -> encode(now.getDayOfMonth(), binary);
            case MONTH -> encode(now.getMonthValue(), binary);
            case YEAR -> encode(now.getYear() % 100, binary);
            case CENTURY -> encode(now.getYear() / 100, binary);
            case STATUS_A -> STATUS_A_VALUE;
            case STATUS_C -> 0;
            case STATUS_D -> STATUS_D_VALID;
            default -> cmos[register] & 0xFF;
        };
    }

    private static int hours(int hour, boolean binary, boolean twentyFour) {
        if (twentyFour) {
            return encode(hour, binary);
        }
        int twelve = hour % 12 == 0 ? 12 : hour % 12;
        return encode(twelve, binary) | (hour >= 12 ? 0x80 : 0);
    }

    private static int encode(int value, boolean binary) {
        return binary ? value : (value / 10) << 4 | value % 10;
    }
}
