package dev.mayfly.jdk.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The java.time patches answer as the host JDK's own methods do. */
class TimePatchesTest {

    private static List<Duration> durations() {
        Random random = new Random(7);
        List<Duration> list = new java.util.ArrayList<>(List.of(Duration.ZERO, Duration.ofNanos(-1), Duration.ofSeconds(-1, 5), Duration.ofDays(3).plusMillis(1234),
                Duration.ofSeconds(Long.MAX_VALUE / 2, 999_999_999)));
        for (int i = 0; i < 200; i++) {
            list.add(Duration.ofSeconds(random.nextLong(-10_000_000_000L, 10_000_000_000L), random.nextInt(1_000_000_000)));
        }
        return list;
    }

    @Test
    void durationPartsSignAndDivisionAreTheJdks() {
        for (Duration d : durations()) {
            assertEquals(d.toSeconds(), DurationPatch.toSeconds(d), d::toString);
            assertEquals(d.toDaysPart(), DurationPatch.toDaysPart(d), d::toString);
            assertEquals(d.toHoursPart(), DurationPatch.toHoursPart(d), d::toString);
            assertEquals(d.toMinutesPart(), DurationPatch.toMinutesPart(d), d::toString);
            assertEquals(d.toSecondsPart(), DurationPatch.toSecondsPart(d), d::toString);
            assertEquals(d.toMillisPart(), DurationPatch.toMillisPart(d), d::toString);
            assertEquals(d.toNanosPart(), DurationPatch.toNanosPart(d), d::toString);
            assertEquals(d.isPositive(), DurationPatch.isPositive(d), d::toString);
            for (Duration by : List.of(Duration.ofMillis(7), Duration.ofSeconds(-3, 1), Duration.ofHours(5))) {
                long quotient;
                try {
                    quotient = d.dividedBy(by);
                } catch (ArithmeticException overflow) {
                    assertThrows(ArithmeticException.class, () -> DurationPatch.dividedBy(d, by));
                    continue;
                }
                assertEquals(quotient, DurationPatch.dividedBy(d, by), () -> d + " / " + by);
            }
            for (TemporalUnit unit : List.of(ChronoUnit.NANOS, ChronoUnit.MICROS, ChronoUnit.MILLIS, ChronoUnit.SECONDS, ChronoUnit.MINUTES,
                    ChronoUnit.HOURS, ChronoUnit.HALF_DAYS, ChronoUnit.DAYS)) {
                assertEquals(d.truncatedTo(unit), DurationPatch.truncatedTo(d, unit), () -> d + " to " + unit);
            }
        }
        assertThrows(ArithmeticException.class, () -> DurationPatch.dividedBy(Duration.ofSeconds(1), Duration.ZERO));
        assertEquals(assertThrows(ArithmeticException.class, () -> Duration.ofSeconds(1).dividedBy(Duration.ZERO)).getMessage(),
                assertThrows(ArithmeticException.class, () -> DurationPatch.dividedBy(Duration.ofSeconds(1), Duration.ZERO)).getMessage());
    }

    @Test
    void instantConversionsAreTheJdks() {
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 5_000_000_000L), random.nextInt(1_000_000_000));
            for (ZoneId zone : List.of(ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(-9, -30), ZoneOffset.ofHours(14))) {
                assertEquals(LocalDate.ofInstant(instant, zone), DatePatches.OfLocalDate.ofInstant(instant, zone));
                assertEquals(LocalTime.ofInstant(instant, zone), DatePatches.OfLocalTime.ofInstant(instant, zone));
            }
            LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
            LocalTime time = LocalTime.ofInstant(instant, ZoneOffset.UTC);
            assertEquals(date.toEpochSecond(time, ZoneOffset.ofHours(3)), DatePatches.OfLocalDate.toEpochSecond(date, time, ZoneOffset.ofHours(3)));
            assertEquals(time.toEpochSecond(date, ZoneOffset.ofHours(-3)), DatePatches.OfLocalTime.toEpochSecond(time, date, ZoneOffset.ofHours(-3)));
            assertEquals(instant.until(Instant.EPOCH), DatePatches.OfInstant.until(instant, Instant.EPOCH));
        }
    }

    @Test
    void datesUntilStepsAsTheJdk() {
        LocalDate start = LocalDate.of(2024, 1, 31);
        for (LocalDate end : List.of(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 2), LocalDate.of(2025, 7, 1), LocalDate.of(2023, 6, 30))) {
            if (!end.isBefore(start)) {
                assertEquals(start.datesUntil(end).toList(), DatePatches.OfLocalDate.datesUntil(start, end).toList());
            }
            for (Period step : List.of(Period.ofDays(3), Period.ofMonths(1), Period.of(0, 2, 5), Period.ofWeeks(-2), Period.ofMonths(-1))) {
                List<LocalDate> jdk;
                try {
                    jdk = start.datesUntil(end, step).toList();
                } catch (IllegalArgumentException e) {
                    assertEquals(e.getMessage(), assertThrows(IllegalArgumentException.class,
                            () -> DatePatches.OfLocalDate.datesUntil(start, end, step)).getMessage());
                    continue;
                }
                assertEquals(jdk, DatePatches.OfLocalDate.datesUntil(start, end, step).toList(), () -> end + " by " + step);
            }
        }
    }
}
