package dev.mayfly.conformance.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mayfly.conformance.ExpectedFailures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConformanceComparisonTest {
    private static final String HOTSPOT = "=== A ===\na1\n=== B ===\nb1\nb2\n=== C ===\n=== end ===\n";

    @Test
    void splitsSectionsAndIgnoresTextBeforeTheFirstHeader() {
        SuiteOutput out = SuiteOutput.parse("mayfly: boot 3 ms\n" + HOTSPOT);
        assertTrue(out.complete());
        assertEquals(Map.of("A", "a1\n", "B", "b1\nb2\n", "C", ""), out.sections());
        assertEquals(List.of("A", "B", "C"), List.copyOf(out.sections().keySet()));
    }

    @Test
    void aCutOffRunKeepsItsPartialLastSection() {
        SuiteOutput out = SuiteOutput.parse("=== A ===\na1\n=== B ===\nb1");
        assertFalse(out.complete());
        assertEquals("b1", out.section("B"));
        assertNull(out.section("C"));
    }

    @Test
    void identicalSectionsPassAndDifferencesNameTheLine() {
        SuiteOutput mayfly = SuiteOutput.parse("=== A ===\na1\n=== B ===\nb1\nbX\n=== C ===\n=== end ===\n");
        List<Verdict> v = ConformanceComparison.compare(SuiteOutput.parse(HOTSPOT), mayfly.sections(), List.of());
        assertEquals(Verdict.Outcome.PASS, v.get(0).outcome());
        assertEquals(Verdict.Outcome.FAILURE, v.get(1).outcome());
        assertEquals("line 2: HotSpot \"b2\", Mayfly \"bX\"", v.get(1).detail());
        assertEquals(Verdict.Outcome.PASS, v.get(2).outcome());
    }

    @Test
    void listedFailuresAreExpectedAndListedPassesAreStale() {
        SuiteOutput mayfly = SuiteOutput.parse("=== A ===\nwrong\n=== B ===\nb1\nb2\n");
        List<ExpectedFailures.Failure> expected = List.of(new ExpectedFailures.Failure("A", "[output] reason a"),
                new ExpectedFailures.Failure("B", "[output] reason b"));
        List<Verdict> v = ConformanceComparison.compare(SuiteOutput.parse(HOTSPOT), mayfly.sections(), expected);
        assertEquals(Verdict.Outcome.EXPECTED_FAILURE, v.get(0).outcome());
        assertEquals("[output] reason a", v.get(0).detail());
        assertEquals(Verdict.Outcome.UNEXPECTED_PASS, v.get(1).outcome());
        assertFalse(v.get(1).outcome().acceptable());
        assertEquals(Verdict.Outcome.FAILURE, v.get(2).outcome(), "C did not run");
        assertTrue(v.get(2).detail().startsWith("did not run"));
    }

    @Test
    void anExtraOrMissingLineIsReportedAsTheEndOfOutput() {
        assertEquals("line 2: HotSpot \"b\", Mayfly <end of output>", ConformanceComparison.difference("a\nb\n", "a\n"));
    }
}
