package dev.mayfly.conformance.programs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

/**
 * Exercises the Java 9+ java.time methods a service uses for timeouts, schedules and reports, with
 * fixed instants (never the clock): Duration parts, sign, division and truncation, Instant.until,
 * LocalDate/LocalTime.ofInstant and toEpochSecond, and LocalDate.datesUntil.
 */
public class TimeNewerApis {

    static String parts(Duration d) {
        return String.format("%s = %dd %02dh %02dm %02ds %03dms (%dns) seconds=%d positive=%b", d, d.toDaysPart(), d.toHoursPart(), d.toMinutesPart(),
                d.toSecondsPart(), d.toMillisPart(), d.toNanosPart(), d.toSeconds(), d.isPositive());
    }

    public static void main(String[] args) {
        Instant started = Instant.ofEpochSecond(1_700_000_000L, 250_000_000);
        Instant finished = Instant.ofEpochSecond(1_700_093_784L, 905_000_123);
        Duration took = started.until(finished);
        System.out.println("job took " + parts(took));
        System.out.println("negated " + parts(took.negated()));
        System.out.println("zero " + parts(Duration.ZERO) + " tiny " + parts(Duration.ofNanos(-1)));
        System.out.println("batches of 90s " + took.dividedBy(Duration.ofSeconds(90)) + " of -7ms " + took.dividedBy(Duration.ofMillis(-7)));
        try {
            took.dividedBy(Duration.ZERO);
        } catch (ArithmeticException e) {
            System.out.println("divide by zero: " + e.getMessage());
        }
        for (ChronoUnit unit : new ChronoUnit[] {ChronoUnit.MILLIS, ChronoUnit.SECONDS, ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.DAYS}) {
            System.out.println("truncated to " + unit + " " + took.truncatedTo(unit) + " / " + took.negated().truncatedTo(unit));
        }
        try {
            took.truncatedTo(ChronoUnit.WEEKS);
        } catch (RuntimeException e) {
            System.out.println("truncate to weeks: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        ZoneOffset tokyo = ZoneOffset.ofHours(9);
        ZoneOffset honolulu = ZoneOffset.ofHours(-10);
        System.out.println("finished on " + LocalDate.ofInstant(finished, tokyo) + " " + LocalTime.ofInstant(finished, tokyo) + " in Tokyo, "
                + LocalDate.ofInstant(finished, honolulu) + " " + LocalTime.ofInstant(finished, honolulu) + " in Honolulu");
        LocalDate day = LocalDate.of(2024, 2, 28);
        LocalTime noon = LocalTime.NOON;
        System.out.println("epoch seconds " + day.toEpochSecond(noon, tokyo) + " " + noon.toEpochSecond(day, ZoneOffset.UTC));
        System.out.println("week " + day.datesUntil(day.plusDays(7)).map(d -> d.getDayOfMonth() + "/" + d.getMonthValue()).collect(Collectors.joining(" ")));
        System.out.println("month ends " + LocalDate.of(2024, 1, 31).datesUntil(LocalDate.of(2024, 8, 1), Period.ofMonths(1))
                .map(LocalDate::toString).collect(Collectors.joining(" ")));
        System.out.println("fortnights back " + day.datesUntil(LocalDate.of(2024, 1, 1), Period.ofWeeks(-2)).map(LocalDate::toString)
                .collect(Collectors.joining(" ")));
        try {
            day.datesUntil(LocalDate.of(2024, 1, 1));
        } catch (IllegalArgumentException e) {
            System.out.println("backwards range: " + e.getMessage());
        }
        try {
            day.datesUntil(day.plusDays(3), Period.of(0, 1, -1));
        } catch (IllegalArgumentException e) {
            System.out.println("mixed step: " + e.getMessage());
        }
    }
}
