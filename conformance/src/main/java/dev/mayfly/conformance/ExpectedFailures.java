package dev.mayfly.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code conformance/expected-failures.txt}: one line per program known to fail on the
 * compiled runtime, {@code <SimpleName> <reason>}; blank lines and lines starting with {@code #}
 * are comments. A reason starting with {@code [build]} means the program uses a class-library
 * class or method the compiled runtime lacks, so it cannot be part of the image at all and must
 * be replaced by a stub (see {@link dev.mayfly.conformance.tools.StubExcludedPrograms});
 * {@code [crash]} means it takes the whole process down; {@code [output]} means it runs but prints
 * something other than HotSpot does; {@code [hang]} means the process does not end when it should.
 *
 * <p>Host-only helper (uses java.nio.file); never part of the image.
 */
public final class ExpectedFailures {

    /** One line of the file. */
    public record Failure(String program, String reason) {
        public boolean buildExcluded() {
            return reason.startsWith("[build]");
        }

        public boolean crashes() {
            return reason.startsWith("[crash]");
        }
    }

    private ExpectedFailures() {
    }

    public static List<Failure> parse(List<String> lines) {
        List<Failure> out = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("expected '<SimpleName> <reason>': " + line);
            }
            out.add(new Failure(line.substring(0, space), line.substring(space + 1).strip()));
        }
        return out;
    }

    public static List<Failure> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }
}
