package dev.mayfly.cli.bench;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one {@code wrk --latency} run reports: requests per second, the 50th and 99th latency
 * percentiles, and the requests that failed (socket errors, non-2xx/3xx responses).
 *
 * @param requestsPerSecond the {@code Requests/sec:} line
 * @param p50Millis         the {@code 50%} line of the latency distribution, in milliseconds
 * @param p99Millis         the {@code 99%} line, in milliseconds
 * @param requests          the total of the {@code N requests in} line
 * @param errors            socket errors (connect, read, write, timeout) plus non-2xx/3xx responses
 */
public record WrkReport(double requestsPerSecond, double p50Millis, double p99Millis, long requests, long errors) {
    private static final Pattern RPS = Pattern.compile("(?m)^Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("(?m)^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$");
    private static final Pattern REQUESTS = Pattern.compile("(?m)^\\s+(\\d+) requests in ");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    /** Parses wrk's output; IllegalArgumentException naming what is missing if it is not a --latency report. */
    public static WrkReport parse(String output) {
        Matcher rps = RPS.matcher(output);
        if (!rps.find()) {
            throw new IllegalArgumentException("no Requests/sec line in wrk's output:\n" + output);
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher p = PERCENTILE.matcher(output);
        while (p.find()) {
            double ms = toMillis(Double.parseDouble(p.group(2)), p.group(3));
            if (p.group(1).equals("50")) {
                p50 = ms;
            } else {
                p99 = ms;
            }
        }
        if (Double.isNaN(p50) || Double.isNaN(p99)) {
            throw new IllegalArgumentException("no latency distribution (run wrk with --latency):\n" + output);
        }
        Matcher n = REQUESTS.matcher(output);
        long requests = n.find() ? Long.parseLong(n.group(1)) : 0;
        long errors = 0;
        Matcher s = SOCKET_ERRORS.matcher(output);
        if (s.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(s.group(i));
            }
        }
        Matcher bad = NON_2XX.matcher(output);
        if (bad.find()) {
            errors += Long.parseLong(bad.group(1));
        }
        return new WrkReport(Double.parseDouble(rps.group(1)), p50, p99, requests, errors);
    }

    private static double toMillis(double value, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            default -> value * 1000;
        };
    }
}
