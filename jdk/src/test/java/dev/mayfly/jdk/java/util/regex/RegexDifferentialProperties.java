package dev.mayfly.jdk.java.util.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Mayfly's java.util.regex against the JDK's: for random patterns of a grammar (nested and counted
 * quantifiers, alternation, groups of every kind, back references, anchors, classes), random
 * flags and random inputs over a small alphabet, both must give the same compile outcome,
 * matches/lookingAt, find sequence with every group span, hitEnd/requireEnd, region results,
 * replaceAll/replaceFirst and split results; malformed patterns must fail with the same exception
 * and message. (RegexDifferentialSweep runs the same comparison over millions of cases.)
 */
class RegexDifferentialProperties {
    @Property(tries = 30000)
    void wellFormedPatternsBehaveAsTheJdks(@ForAll long seed) {
        RandomRegex gen = new RandomRegex(seed);
        String regex = gen.pattern();
        int flags = gen.flags();
        String input = gen.input();
        assertEquals(RegexTranscript.ofJdk(regex, flags, input), RegexTranscript.ofMayfly(regex, flags, input),
                () -> "pattern " + regex + " flags " + flags + " input " + input);
    }

    @Property(tries = 10000)
    void malformedPatternsFailAsTheJdks(@ForAll long seed) {
        RandomRegex gen = new RandomRegex(seed);
        String regex = gen.noise();
        int flags = gen.flags();
        String input = gen.input();
        assertEquals(RegexTranscript.ofJdk(regex, flags, input), RegexTranscript.ofMayfly(regex, flags, input),
                () -> "pattern " + regex + " flags " + flags);
    }

    @Property(tries = 20000)
    void matcherOperationSequencesBehaveAsTheJdks(@ForAll long seed) {
        String input = new RandomRegex(seed).input();
        assertEquals(MatcherOperations.jdk(seed, input), MatcherOperations.mayfly(seed, input), () -> "input " + input);
    }

    @Property(tries = 5000)
    void replacementsExpandAsTheJdks(@ForAll long seed) {
        Random random = new Random(seed);
        String alphabet = "$\\{}01239ab<>x";
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(7);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String replacement = sb.toString();
        String regex = "(?<ab>a)(b)?|c";
        String input = "abcab";
        String expected;
        try {
            expected = java.util.regex.Pattern.compile(regex).matcher(input).replaceAll(replacement);
        } catch (RuntimeException e) {
            expected = e.getClass().getName() + ": " + e.getMessage();
        }
        String actual;
        try {
            actual = Pattern.compile(regex).matcher(input).replaceAll(replacement);
        } catch (RuntimeException e) {
            actual = e.getClass().getName() + ": " + e.getMessage();
        }
        assertEquals(expected, actual, () -> "replacement " + replacement);
    }
}
