package dev.mayfly.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mayfly.cli.run.RunSpec;
import dev.mayfly.conformance.ExpectedFailures;
import dev.mayfly.conformance.Suite;
import dev.mayfly.conformance.compare.ConformanceComparison;
import dev.mayfly.conformance.compare.SuiteOutput;
import dev.mayfly.conformance.compare.Verdict;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The conformance suite on Mayfly against HotSpot, the oracle: every program is compiled into one
 * image and booted once; the programs expected-failures.txt says crash or hang are booted again,
 * each alone, from the same image. Each program's section must equal HotSpot's byte for byte,
 * unless expected-failures.txt lists it — and a listed program that now passes fails the run too,
 * so the list stays true. Every run prints the verdicts and the expected-failures list.
 */
class ConformanceTest {
    private static String hotspot;
    private static List<ExpectedFailures.Failure> expected;

    @BeforeAll
    static void runOnHotSpot() throws IOException, InterruptedException {
        expected = ExpectedFailures.read(TestImages.EXPECTED_FAILURES);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = Files.createTempFile("mayfly-conformance", ".out");
        try {
            Process p = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp",
                    TestImages.CONFORMANCE_CLASSES.toString(), Suite.class.getName())
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail("the suite did not finish within 5 minutes on HotSpot");
            }
            assertEquals(0, p.exitValue(), "exit status of the suite on HotSpot");
            hotspot = Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @ParameterizedTest
    @EnumSource(Guest.On.class)
    void everyProgramPrintsWhatHotSpotPrints(Guest.On on) {
        Path image = TestImages.conformance();
        List<String> alone = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (ExpectedFailures.Failure f : expected) {
            if (f.crashes() || f.reason().startsWith("[hang]")) {
                alone.add(f.program());
                args.add("-" + f.program());
            }
        }
        Guest suite = Guest.boot(on, image, args.toArray(new String[0]));
        SuiteOutput main = SuiteOutput.parse(suite.console());
        assertTrue(main.complete() && suite.status() == 0,
                "the suite run did not reach its end (status " + suite.status() + ", " + suite.outcome().description()
                        + "):\n" + tail(suite.console()));
        Map<String, String> mayfly = new LinkedHashMap<>(main.sections());
        for (String program : alone) {
            Guest one = Guest.boot(on, image, program);
            String section = SuiteOutput.parse(one.console()).section(program);
            mayfly.put(program, section == null ? "" : section);
        }

        List<Verdict> verdicts = ConformanceComparison.compare(SuiteOutput.parse(hotspot), mayfly, expected);
        StringBuilder report = new StringBuilder("conformance on Mayfly (" + on + "), against HotSpot "
                + Runtime.version() + ":\n");
        int passed = 0;
        List<Verdict> bad = new ArrayList<>();
        for (Verdict v : verdicts) {
            if (v.outcome() == Verdict.Outcome.PASS) {
                passed++;
            } else {
                report.append(String.format("  %-16s %-26s %s%n", v.outcome(), v.program(), v.detail()));
            }
            if (!v.outcome().acceptable()) {
                bad.add(v);
            }
        }
        report.append(String.format("  %d of %d programs print what HotSpot prints; %d expected to fail (expected-failures.txt)%n",
                passed, verdicts.size(), expected.size()));
        System.out.print(report);
        assertTrue(bad.isEmpty(), bad.size() + " program(s) differ from HotSpot or are wrongly listed:\n" + report);
    }

    private static String tail(String console) {
        return console.length() <= 4000 ? console : "..." + console.substring(console.length() - 4000);
    }
}
