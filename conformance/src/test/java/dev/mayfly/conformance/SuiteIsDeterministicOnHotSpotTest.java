package dev.mayfly.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HotSpot is the oracle, so its output must be reproducible: runs the Suite twice in forked JVMs
 * with the 64 MB heap of a Mayfly guest and checks the outputs are byte-identical, that every
 * program ran in list order and printed something, and that none threw. Also checks that
 * expected-failures.txt names only real programs.
 */
class SuiteIsDeterministicOnHotSpotTest {

    private static String first;
    private static String second;

    @BeforeAll
    static void runTwice() throws Exception {
        first = runSuite();
        second = runSuite();
    }

    private static String runSuite() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Suite.class.getName());
        Path out = Files.createTempFile("mayfly-suite", ".out");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail("the suite did not finish within 5 minutes on HotSpot");
            }
            assertEquals(0, p.exitValue(), "exit status of the suite on HotSpot");
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static Map<String, List<String>> sections(String output) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : output.split("\n", -1)) {
            if (line.startsWith("=== ") && line.endsWith(" ===")) {
                String name = line.substring(4, line.length() - 4);
                current = new ArrayList<>();
                sections.put(name, current);
            } else if (current != null) {
                current.add(line);
            }
        }
        return sections;
    }

    @Test
    void twoRunsPrintTheSameBytes() {
        if (!first.equals(second)) {
            Map<String, List<String>> a = sections(first);
            Map<String, List<String>> b = sections(second);
            List<String> differing = new ArrayList<>();
            for (String name : a.keySet()) {
                if (!a.get(name).equals(b.get(name))) {
                    differing.add(name);
                }
            }
            fail("two HotSpot runs differ in: " + differing);
        }
    }

    @Test
    void everyProgramRanInOrderAndPrintedSomething() {
        Map<String, List<String>> sections = sections(first);
        List<String> expected = new ArrayList<>();
        for (Suite.Entry e : Suite.PROGRAMS) {
            expected.add(e.name());
        }
        expected.add("end");
        assertEquals(expected, new ArrayList<>(sections.keySet()), "program sections in output order");
        assertTrue(first.endsWith("=== end ===\n"), "output ends with the end delimiter");
        for (Suite.Entry e : Suite.PROGRAMS) {
            List<String> body = sections.get(e.name());
            assertTrue(body.stream().anyMatch(l -> !l.isBlank()), e.name() + " printed nothing");
            for (String line : body) {
                assertFalse(line.startsWith("!!! "), "on HotSpot no program may throw: " + line);
            }
        }
    }

    @Test
    void suiteHasAtLeastEightyProgramsWithUniqueNames() {
        assertTrue(Suite.PROGRAMS.size() >= 80, "programs: " + Suite.PROGRAMS.size());
        assertEquals(Suite.PROGRAMS.size(), Suite.PROGRAMS.stream().map(Suite.Entry::name).distinct().count());
        for (Suite.Entry e : Suite.PROGRAMS) {
            Path source = Path.of("src/main/java/dev/mayfly/conformance/programs", e.name() + ".java");
            assertTrue(Files.isRegularFile(source), "entry " + e.name() + " has no source file " + source);
        }
    }

    @Test
    void expectedFailuresNameRealPrograms() throws IOException {
        Path file = Path.of("expected-failures.txt");
        assertTrue(Files.isRegularFile(file), "conformance/expected-failures.txt exists");
        List<String> names = Suite.PROGRAMS.stream().map(Suite.Entry::name).toList();
        List<String> seen = new ArrayList<>();
        for (ExpectedFailures.Failure f : ExpectedFailures.read(file)) {
            assertTrue(names.contains(f.program()), "expected-failures.txt names unknown program " + f.program());
            assertFalse(seen.contains(f.program()), "listed twice: " + f.program());
            assertFalse(f.reason().isBlank(), "no reason for " + f.program());
            seen.add(f.program());
        }
    }

    @Test
    void selectingAndExcludingProgramsByName() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Suite.class.getName(),
                "ExpressionParser", "BankAccounts", "-BankAccounts", "NoSuchProgram").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertTrue(out.startsWith("!!! NoSuchProgram is not a conformance program\n=== ExpressionParser ===\n"), out);
        assertFalse(out.contains("=== BankAccounts ==="), out);
        assertTrue(out.endsWith("=== end ===\n"), out);
        assertEquals(sections(first).get("ExpressionParser"), sections(out).get("ExpressionParser"));
        assertTrue(new File(java).canExecute());
    }
}
