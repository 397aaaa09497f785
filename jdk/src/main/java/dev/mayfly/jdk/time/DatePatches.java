package dev.mayfly.jdk.time;

import dev.mayfly.jdk.patch.InstanceMethod;
import dev.mayfly.jdk.patch.PatchFor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The Java 9+ methods of java.time's Instant, LocalDate, LocalTime and Clock that the compiler's
 * java.time (the ThreeTen backport) lacks, as their Javadoc defines them.
 */
public final class DatePatches {
    static final long SECONDS_PER_DAY = 86_400;
    static final long NANOS_PER_SECOND = 1_000_000_000L;

    private DatePatches() {
    }

    private static long localSecond(Instant instant, ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(instant);
        return instant.getEpochSecond() + offset.getTotalSeconds();
    }

    /** Instant's. */
    @PatchFor("java.time.Instant")
    public static final class OfInstant {
        private OfInstant() {
        }

        @InstanceMethod
        public static Duration until(Instant self, Instant endExclusive) {
            return Duration.between(self, endExclusive);
        }
    }

    /** LocalDate's. */
    @PatchFor("java.time.LocalDate")
    public static final class OfLocalDate {
        private OfLocalDate() {
        }

        public static LocalDate ofInstant(Instant instant, ZoneId zone) {
            return LocalDate.ofEpochDay(Math.floorDiv(localSecond(instant, zone), SECONDS_PER_DAY));
        }

        @InstanceMethod
        public static long toEpochSecond(LocalDate self, LocalTime time, ZoneOffset offset) {
            return self.toEpochDay() * SECONDS_PER_DAY + time.toSecondOfDay() - offset.getTotalSeconds();
        }

        /** The days from this one (inclusive) to {@code endExclusive}. */
        @InstanceMethod
        public static Stream<LocalDate> datesUntil(LocalDate self, LocalDate endExclusive) {
            long start = self.toEpochDay();
            long end = endExclusive.toEpochDay();
            if (end < start) {
                throw new IllegalArgumentException(endExclusive + " < " + self);
            }
            return LongStream.range(start, end).mapToObj(LocalDate::ofEpochDay);
        }

        /** This date plus n steps, n = 0, 1, ..., while before {@code endExclusive} (after, for a negative step). */
        @InstanceMethod
        public static Stream<LocalDate> datesUntil(LocalDate self, LocalDate endExclusive, Period step) {
            if (step.isZero()) {
                throw new IllegalArgumentException("step is zero");
            }
            long months = step.toTotalMonths();
            int days = step.getDays();
            if ((months < 0 && days > 0) || (months > 0 && days < 0)) {
                throw new IllegalArgumentException("period months and days are of opposite sign");
            }
            long until = endExclusive.toEpochDay() - self.toEpochDay();
            if (until == 0) {
                return Stream.empty();
            }
            int sign = months > 0 || days > 0 ? 1 : -1;
            if (sign < 0 ^ until < 0) {
                throw new IllegalArgumentException(endExclusive + (sign < 0 ? " > " : " < ") + self);
            }
            long end = endExclusive.toEpochDay();
            Stream.Builder<LocalDate> dates = Stream.builder();
            for (long n = 0;; n++) {
                LocalDate date = self.plusMonths(months * n).plusDays(days * n);
                if (sign > 0 ? date.toEpochDay() >= end : date.toEpochDay() <= end) {
                    break;
                }
                dates.add(date);
            }
            return dates.build();
        }
    }

    /** LocalTime's. */
    @PatchFor("java.time.LocalTime")
    public static final class OfLocalTime {
        private OfLocalTime() {
        }

        public static LocalTime ofInstant(Instant instant, ZoneId zone) {
            long secondOfDay = Math.floorMod(localSecond(instant, zone), SECONDS_PER_DAY);
            return LocalTime.ofNanoOfDay(secondOfDay * NANOS_PER_SECOND + instant.getNano());
        }

        @InstanceMethod
        public static long toEpochSecond(LocalTime self, LocalDate date, ZoneOffset offset) {
            return date.toEpochDay() * SECONDS_PER_DAY + self.toSecondOfDay() - offset.getTotalSeconds();
        }
    }

    /** Clock's. */
    @PatchFor("java.time.Clock")
    public static final class OfClock {
        private OfClock() {
        }

        /** The system clock in {@code zone}, ticking in whole milliseconds. */
        public static Clock tickMillis(ZoneId zone) {
            return Clock.tick(Clock.system(zone), Duration.ofMillis(1));
        }
    }
}
