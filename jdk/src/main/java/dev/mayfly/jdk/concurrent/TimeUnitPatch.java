package dev.mayfly.jdk.concurrent;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

/** java.util.concurrent.TimeUnit's java.time bridges (JDK 9/11), which TeaVM lacks. */
@PatchFor("java.util.concurrent.TimeUnit")
public final class TimeUnitPatch {
    private TimeUnitPatch() {
    }

    /** The ChronoUnit of the same length. */
    @InstanceMethod
    public static ChronoUnit toChronoUnit(TimeUnit self) {
        if (self == TimeUnit.NANOSECONDS) {
            return ChronoUnit.NANOS;
        } else if (self == TimeUnit.MICROSECONDS) {
            return ChronoUnit.MICROS;
        } else if (self == TimeUnit.MILLISECONDS) {
            return ChronoUnit.MILLIS;
        } else if (self == TimeUnit.SECONDS) {
            return ChronoUnit.SECONDS;
        } else if (self == TimeUnit.MINUTES) {
            return ChronoUnit.MINUTES;
        } else if (self == TimeUnit.HOURS) {
            return ChronoUnit.HOURS;
        }
        return ChronoUnit.DAYS;
    }

    /** The TimeUnit of the same length; IllegalArgumentException for a ChronoUnit without one. */
    public static TimeUnit of(ChronoUnit chronoUnit) {
        if (chronoUnit == null) {
            throw new NullPointerException("chronoUnit");
        }
        if (chronoUnit == ChronoUnit.NANOS) {
            return TimeUnit.NANOSECONDS;
        } else if (chronoUnit == ChronoUnit.MICROS) {
            return TimeUnit.MICROSECONDS;
        } else if (chronoUnit == ChronoUnit.MILLIS) {
            return TimeUnit.MILLISECONDS;
        } else if (chronoUnit == ChronoUnit.SECONDS) {
            return TimeUnit.SECONDS;
        } else if (chronoUnit == ChronoUnit.MINUTES) {
            return TimeUnit.MINUTES;
        } else if (chronoUnit == ChronoUnit.HOURS) {
            return TimeUnit.HOURS;
        } else if (chronoUnit == ChronoUnit.DAYS) {
            return TimeUnit.DAYS;
        }
        throw new IllegalArgumentException("No TimeUnit equivalent for " + chronoUnit);
    }

    /**
     * The duration in this unit, truncated toward zero and saturated at Long.MIN_VALUE and
     * Long.MAX_VALUE (as {@code convert(long, TimeUnit)} saturates).
     */
    @InstanceMethod
    public static long convert(TimeUnit self, Duration duration) {
        long secs = duration.getSeconds();
        int nano = duration.getNano();
        if (secs < 0 && nano > 0) {
            secs++;
            nano -= 1_000_000_000;
        }
        long whole = self.convert(secs, TimeUnit.SECONDS);
        long part = self.convert(nano, TimeUnit.NANOSECONDS);
        long sum = whole + part;
        if (((whole ^ sum) & (part ^ sum)) < 0) {
            return whole < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }
}
