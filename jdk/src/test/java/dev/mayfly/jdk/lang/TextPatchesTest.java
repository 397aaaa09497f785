package dev.mayfly.jdk.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The string, parsing and index-check patches against the host JDK. */
class TextPatchesTest {

    private static String outcome(Supplier<Object> s) {
        try {
            return String.valueOf(s.get());
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Test
    void caseMappingExpandsAndHandlesFinalSigmaAsTheJdk() {
        String[] texts = {"Gr\u00FC\u00DFe", "stra\u00DFe", "\uFB01le \uFB00 \uFB03", "\u0130stanbul", "\u039F\u0394\u039F\u03A3 \u03A3\u039F\u03A3.",
            "\u0149 \u01F0 \u0390 \u03B0 \u0587", "caf\u00E9 \uD83D\uDE80 \u01C5", "plain ascii", "\u03A3", "A\u03A3", "\u0391\u03A3'\u0392"};
        for (String t : texts) {
            assertEquals(t.toUpperCase(Locale.ROOT), CaseMapping.toUpperCase(t), t);
            assertEquals(t.toLowerCase(Locale.ROOT), CaseMapping.toLowerCase(t), t);
        }
    }

    @Test
    void parseIntAndParseLongAcceptAndRejectAsTheJdk() {
        String[] inputs = {"0", "-0", "+7", "123", "-2147483648", "2147483647", "2147483648", "-2147483649", "12a", "", "-", "+",
            "\u0663\u0663", "\uFF15", "9223372036854775807", "-9223372036854775808", "9223372036854775808", " 1", "ff", "-FF", "zz"};
        int[] radixes = {10, 16, 36, 2, 1, 37};
        for (String s : inputs) {
            for (int r : radixes) {
                assertEquals(outcome(() -> Integer.parseInt(s, r)), outcome(() -> (int) NumberParsing.parse(s, r, Integer.MIN_VALUE,
                        Integer.MAX_VALUE)), s + " radix " + r);
                assertEquals(outcome(() -> Long.parseLong(s, r)), outcome(() -> NumberParsing.parse(s, r, Long.MIN_VALUE, Long.MAX_VALUE)),
                        s + " radix " + r);
            }
        }
        assertEquals(outcome(() -> Integer.parseInt(null)), outcome(() -> IntegerPatch.parseInt(null)));
    }

    @Test
    void indexChecksHaveTheJdksMessages() {
        int[][] cases = {{3, 3, 0}, {-1, 3, 0}, {2, 1, 3}, {0, 4, 3}, {1, 3, 3}, {-1, 2, 5}};
        for (int[] c : cases) {
            assertEquals(outcome(() -> java.util.Objects.checkIndex(c[0], c[1])), outcome(() -> ObjectsPatch.checkIndex(c[0], c[1])));
            assertEquals(outcome(() -> java.util.Objects.checkFromToIndex(c[0], c[1], c[2])),
                    outcome(() -> ObjectsPatch.checkFromToIndex(c[0], c[1], c[2])));
            assertEquals(outcome(() -> java.util.Objects.checkFromIndexSize(c[0], c[1], c[2])),
                    outcome(() -> ObjectsPatch.checkFromIndexSize(c[0], c[1], c[2])));
            assertEquals(outcome(() -> java.util.Objects.checkIndex((long) c[0], c[1])),
                    outcome(() -> ObjectsPatch.checkIndex((long) c[0], (long) c[1])));
        }
        assertEquals(outcome(() -> "abcdef".indexOf('c', 5, 2)), outcome(() -> StringPatch.indexOf("abcdef", 'c', 5, 2)));
        assertEquals(outcome(() -> "ab".repeat(-1)), outcome(() -> StringPatch.repeat("ab", -1)));
    }

    @Test
    void stringBuilderEditsAsTheJdk() {
        StringBuilder jdk = new StringBuilder("a\uD83D\uDE80b\uD83D\uDE00");
        StringBuilder ours = new StringBuilder(jdk);
        jdk.reverse();
        StringBuilderPatch.reverse(ours);
        assertEquals(jdk.toString(), ours.toString());
        jdk.setLength(9);
        StringBuilderPatch.setLength(ours, 9);
        assertEquals(jdk.toString(), ours.toString());
        jdk.setLength(2);
        StringBuilderPatch.setLength(ours, 2);
        assertEquals(jdk.toString(), ours.toString());
        assertEquals(outcome(() -> {
            new StringBuilder().setLength(-1);
            return "";
        }), outcome(() -> {
            StringBuilderPatch.setLength(new StringBuilder(), -1);
            return "";
        }));
        assertEquals(outcome(() -> new StringBuilder().repeat("x", -1)), outcome(() -> StringBuilderPatch.repeat(new StringBuilder(), "x", -1)));
    }

    @Test
    void numericValuesAreTheJdks() {
        for (int cp = 0; cp < 0x3000; cp++) {
            int jdk = Character.getNumericValue(cp);
            int ours = CharacterPatch.getNumericValue(cp);
            if (Character.isDigit(cp) || Character.isLetter(cp) && cp < 0x80 || (cp >= 0x2150 && cp <= 0x249B) || cp == 0xB2
                    || cp == 0xB3 || cp == 0xB9 || (cp >= 0xBC && cp <= 0xBE)) {
                assertEquals(jdk, ours, "U+" + Integer.toHexString(cp));
            }
        }
    }

    @Test
    void optionalsPrintAndFailAsTheJdk() {
        assertEquals(java.util.Optional.of("x").toString(), OptionalPatches.toString(java.util.Optional.of("x")));
        assertEquals(java.util.Optional.empty().toString(), OptionalPatches.toString(java.util.Optional.empty()));
        assertEquals(outcome(() -> java.util.Optional.empty().get()), outcome(() -> OptionalPatches.get(java.util.Optional.empty())));
        assertEquals(java.util.OptionalInt.of(9).toString(), OptionalIntPatch.toString(java.util.OptionalInt.of(9)));
        assertEquals(java.util.OptionalInt.empty().toString(), OptionalIntPatch.toString(java.util.OptionalInt.empty()));
        assertEquals(java.util.OptionalLong.of(-3).toString(), OptionalLongPatch.toString(java.util.OptionalLong.of(-3)));
        assertEquals(java.util.OptionalDouble.of(2.5).toString(), OptionalDoublePatch.toString(java.util.OptionalDouble.of(2.5)));
        assertEquals(java.util.OptionalDouble.empty().toString(), OptionalDoublePatch.toString(java.util.OptionalDouble.empty()));
        assertEquals(outcome(() -> java.util.OptionalInt.empty().getAsInt()),
                outcome(() -> OptionalIntPatch.getAsInt(java.util.OptionalInt.empty())));
    }

    @Test
    void distinctKeepsFirstOccurrencesLazilyAsTheJdk() {
        java.util.List<java.util.List<String>> groups = java.util.List.of(java.util.List.of("c", "java", "math"),
                java.util.List.of("java", "c", "unix"), java.util.List.of("c", "go", "java", "c"));
        assertEquals(groups.stream().flatMap(java.util.List::stream).distinct().toList(),
                StreamDistinctPatch.distinct(groups.stream().flatMap(java.util.List::stream)).toList());
        assertEquals(java.util.stream.Stream.iterate(0, i -> (i + 1) % 7).distinct().limit(7).toList(),
                StreamDistinctPatch.distinct(java.util.stream.Stream.iterate(0, i -> (i + 1) % 7)).limit(7).toList());
    }
}
