package dev.mayfly.conformance.compare;

import dev.mayfly.conformance.ExpectedFailures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the sections of a Mayfly run with HotSpot's, program by program, against the list of
 * expected failures. HotSpot's run names the programs; a program Mayfly did not print (cut off by
 * a crash, or run separately and merged in by the caller) counts as a difference.
 *
 * <p>Host-only.
 */
public final class ConformanceComparison {
    private static final int CONTEXT = 160;

    private ConformanceComparison() {
    }

    /** One verdict per program of the HotSpot run, in its order. */
    public static List<Verdict> compare(SuiteOutput hotspot, Map<String, String> mayfly,
                                        List<ExpectedFailures.Failure> expected) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (ExpectedFailures.Failure f : expected) {
            reasons.put(f.program(), f.reason());
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Map.Entry<String, String> e : hotspot.sections().entrySet()) {
            String program = e.getKey();
            String actual = mayfly.get(program);
            String reason = reasons.get(program);
            boolean same = e.getValue().equals(actual);
            if (same && reason == null) {
                verdicts.add(new Verdict(program, Verdict.Outcome.PASS, ""));
            } else if (same) {
                verdicts.add(new Verdict(program, Verdict.Outcome.UNEXPECTED_PASS,
                        "now prints what HotSpot prints: remove it from expected-failures.txt (" + reason + ")"));
            } else if (reason != null) {
                verdicts.add(new Verdict(program, Verdict.Outcome.EXPECTED_FAILURE, reason));
            } else {
                verdicts.add(new Verdict(program, Verdict.Outcome.FAILURE, difference(e.getValue(), actual)));
            }
        }
        return verdicts;
    }

    /** Where two outputs part, as one readable line. */
    static String difference(String expected, String actual) {
        if (actual == null) {
            return "did not run on Mayfly (the run ended before it, or it was not part of the run)";
        }
        int i = 0;
        int n = Math.min(expected.length(), actual.length());
        while (i < n && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int lineStart = expected.lastIndexOf('\n', i - 1) + 1;
        int line = 1;
        for (int k = 0; k < lineStart; k++) {
            if (expected.charAt(k) == '\n') {
                line++;
            }
        }
        return "line " + line + ": HotSpot " + excerpt(expected, lineStart) + ", Mayfly " + excerpt(actual, lineStart);
    }

    private static String excerpt(String s, int from) {
        if (from >= s.length()) {
            return "<end of output>";
        }
        int end = s.indexOf('\n', from);
        String line = s.substring(from, end < 0 ? s.length() : end);
        if (line.length() > CONTEXT) {
            line = line.substring(0, CONTEXT) + "...";
        }
        return "\"" + line.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    }
}
