package dev.mayfly.jdk.time;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

/**
 * java.time.Duration's Java 9+ methods, which the compiler's java.time (the ThreeTen backport)
 * lacks: the parts of a duration (days, hours of the day, minutes of the hour, ...), whole
 * seconds, sign, division by a duration and truncation, as Duration's Javadoc defines them.
 */
@PatchFor("java.time.Duration")
public final class DurationPatch {
    static final long SECONDS_PER_MINUTE = 60;
    static final long SECONDS_PER_DAY = 86_400;
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final long NANOS_PER_DAY = SECONDS_PER_DAY * NANOS_PER_SECOND;

    private DurationPatch() {
    }

    @InstanceMethod
    public static long toSeconds(Duration self) {
        return self.getSeconds();
    }

    @InstanceMethod
    public static long toDaysPart(Duration self) {
        return self.getSeconds() / SECONDS_PER_DAY;
    }

    @InstanceMethod
    public static int toHoursPart(Duration self) {
        return (int) (self.toHours() % 24);
    }

    @InstanceMethod
    public static int toMinutesPart(Duration self) {
        return (int) (self.toMinutes() % 60);
    }

    @InstanceMethod
    public static int toSecondsPart(Duration self) {
        return (int) (self.getSeconds() % SECONDS_PER_MINUTE);
    }

    @InstanceMethod
    public static int toMillisPart(Duration self) {
        return self.getNano() / 1_000_000;
    }

    @InstanceMethod
    public static int toNanosPart(Duration self) {
        return self.getNano();
    }

    /** Whether the duration is longer than zero (the nanosecond part is never negative). */
    @InstanceMethod
    public static boolean isPositive(Duration self) {
        return (self.getSeconds() | self.getNano()) > 0;
    }

    /** How many whole times {@code divisor} fits in this duration, rounded toward zero. */
    @InstanceMethod
    public static long dividedBy(Duration self, Duration divisor) {
        if (divisor == null) {
            throw new NullPointerException("divisor");
        }
        BigDecimal dividend = BigDecimal.valueOf(self.getSeconds()).add(BigDecimal.valueOf(self.getNano(), 9));
        BigDecimal by = BigDecimal.valueOf(divisor.getSeconds()).add(BigDecimal.valueOf(divisor.getNano(), 9));
        if (by.signum() == 0) {
            throw new ArithmeticException("Division by zero");
        }
        return dividend.divideToIntegralValue(by).longValueExact();
    }

    /** The duration truncated to a whole number of {@code unit}s of the day (toward the start of the day, as the JDK does). */
    @InstanceMethod
    public static Duration truncatedTo(Duration self, TemporalUnit unit) {
        if (unit == ChronoUnit.NANOS) {
            return self;
        }
        Duration unitDuration = unit.getDuration();
        if (unitDuration.getSeconds() > SECONDS_PER_DAY) {
            throw new UnsupportedTemporalTypeException("Unit is too large to be used for truncation");
        }
        long unitNanos = unitDuration.toNanos();
        if (NANOS_PER_DAY % unitNanos != 0) {
            throw new UnsupportedTemporalTypeException("Unit must divide into a standard day without remainder");
        }
        long nanoOfDay = (self.getSeconds() % SECONDS_PER_DAY) * NANOS_PER_SECOND + self.getNano();
        long truncated = (nanoOfDay / unitNanos) * unitNanos;
        return self.plusNanos(truncated - nanoOfDay);
    }
}
