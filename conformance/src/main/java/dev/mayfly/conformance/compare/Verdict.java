package dev.mayfly.conformance.compare;

/**
 * What comparing one program's output on Mayfly with HotSpot's found.
 *
 * @param program the program's simple name
 * @param outcome the kind of result
 * @param detail for a difference, where the outputs part; for an expected failure, its reason
 */
public record Verdict(String program, Outcome outcome, String detail) {
    /** The kinds of result; only {@link #PASS} and {@link #EXPECTED_FAILURE} keep the run green. */
    public enum Outcome {
        /** Byte-identical to HotSpot. */
        PASS,
        /** Differs, and expected-failures.txt says it does, and why. */
        EXPECTED_FAILURE,
        /** Differs (or is missing) although it is not listed as failing. */
        FAILURE,
        /** Identical to HotSpot although expected-failures.txt still lists it: the list is stale. */
        UNEXPECTED_PASS;

        /** Whether this outcome leaves the conformance run green. */
        public boolean acceptable() {
            return this == PASS || this == EXPECTED_FAILURE;
        }
    }
}
