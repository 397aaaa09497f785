package dev.mayfly.conformance.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The console output of one {@link dev.mayfly.conformance.Suite} run, split into each program's
 * section: the text between its {@code === Name ===} header and the next header. A run that
 * reached {@code === end ===} is complete; one that was cut off (a crash, a timeout) keeps the
 * sections it printed, the last one possibly partial.
 *
 * <p>Host-only (never part of an image). Accepts any text: lines outside a section, such as the
 * kernel's boot messages before the first header, are ignored.
 */
public final class SuiteOutput {
    static final String END = "end";

    private final Map<String, String> sections;
    private final boolean complete;

    private SuiteOutput(Map<String, String> sections, boolean complete) {
        this.sections = Collections.unmodifiableMap(sections);
        this.complete = complete;
    }

    /** Splits a run's output; never throws. */
    public static SuiteOutput parse(String output) {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        boolean complete = false;
        int start = 0;
        while (start < output.length()) {
            int newline = output.indexOf('\n', start);
            int end = newline < 0 ? output.length() : newline + 1;
            String line = output.substring(start, end);
            start = end;
            String header = headerName(line);
            if (header != null) {
                if (current != null) {
                    sections.put(current, body.toString());
                }
                body.setLength(0);
                if (header.equals(END)) {
                    current = null;
                    complete = true;
                    break;
                }
                current = header;
            } else if (current != null) {
                body.append(line);
            }
        }
        if (current != null) {
            sections.put(current, body.toString());
        }
        return new SuiteOutput(sections, complete);
    }

    private static String headerName(String line) {
        String stripped = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        if (stripped.length() > 8 && stripped.startsWith("=== ") && stripped.endsWith(" ===")) {
            return stripped.substring(4, stripped.length() - 4);
        }
        return null;
    }

    /** Each program's section, in the order they ran. */
    public Map<String, String> sections() {
        return sections;
    }

    /** Whether the run reached the {@code === end ===} line. */
    public boolean complete() {
        return complete;
    }

    /** A program's section, or {@code null} when it did not run. */
    public String section(String program) {
        return sections.get(program);
    }
}
