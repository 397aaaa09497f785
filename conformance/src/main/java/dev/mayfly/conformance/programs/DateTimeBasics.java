package dev.mayfly.conformance.programs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Probes java.time with fixed dates (never the clock): LocalDate arithmetic across month ends and
 * leap years, day of week, Period and Duration, Instant from epoch seconds, and ISO and pattern
 * formatting, in a subscription billing calendar.
 */
public class DateTimeBasics {

    public static void main(String[] args) {
        LocalDate start = LocalDate.of(2024, 1, 31);
        for (int m = 0; m <= 4; m++) {
            LocalDate bill = start.plusMonths(m);
            System.out.println("bill " + m + ": " + bill + " " + bill.getDayOfWeek() + " day-of-year " + bill.getDayOfYear() + " leap " + bill.isLeapYear());
        }
        LocalDate a = LocalDate.of(2023, 12, 25);
        LocalDate b = LocalDate.of(2025, 3, 1);
        System.out.println("period " + Period.between(a, b) + " days " + ChronoUnit.DAYS.between(a, b) + " weeks " + ChronoUnit.WEEKS.between(a, b));
        System.out.println("parse " + LocalDate.parse("2000-02-29").plusYears(1) + " " + LocalDate.of(2024, Month.FEBRUARY, 1).lengthOfMonth()
                + " " + LocalDate.of(1970, 1, 1).toEpochDay() + " " + LocalDate.ofEpochDay(19_999) + " " + DayOfWeek.MONDAY.plus(10));
        LocalDateTime meeting = LocalDateTime.of(2024, 3, 10, 9, 30);
        System.out.println("meeting " + meeting + " +90min " + meeting.plusMinutes(90) + " " + meeting.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                + " pattern " + meeting.format(DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm")));
        Duration d = Duration.ofSeconds(3_725, 500_000_000);
        System.out.println("duration " + d + " minutes " + d.toMinutes() + " plus " + d.plusHours(25) + " between "
                + Duration.between(LocalTime.of(8, 15), LocalTime.of(17, 5)));
        Instant i = Instant.ofEpochSecond(1_700_000_000L);
        System.out.println("instant " + i + " +1d " + i.plus(1, ChronoUnit.DAYS) + " millis " + i.toEpochMilli() + " compare " + i.isBefore(Instant.EPOCH));
        System.out.println("compare " + a.isBefore(b) + " " + a.compareTo(b) + " equals " + LocalDate.of(2024, 2, 29).equals(LocalDate.parse("2024-02-29")));
    }
}
