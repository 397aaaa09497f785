package dev.mayfly.kernel.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void splitsKernelParametersEnvironmentAndArguments() {
        KernelParameters p = CommandLine.parse("tsc_khz=2300000 env.NAME=Ada virtio_mmio.device=4K@0xd0000000:5 -- a b");
        assertEquals(Map.of("tsc_khz", "2300000", "virtio_mmio.device", "4K@0xd0000000:5"), p.parameters());
        assertEquals(Map.of("NAME", "Ada"), p.environment());
        assertEquals(List.of("a", "b"), p.arguments());
    }

    @Test
    void quotedWordsKeepSpacesQuotesAndBackslashes() {
        KernelParameters p = CommandLine.parse("\"env.GREETING=hello world\" -- \"say \\\"hi\\\"\" \"back\\\\slash\" \"\"");
        assertEquals("hello world", p.environment().get("GREETING"));
        assertEquals(List.of("say \"hi\"", "back\\slash", ""), p.arguments());
    }

    @Test
    void aQuotedDoubleDashIsAnArgumentNotTheSeparator() {
        KernelParameters p = CommandLine.parse("-- \"--\" x");
        assertEquals(List.of("--", "x"), p.arguments());
    }

    @Test
    void bareWordIsAParameterWithEmptyValue() {
        assertEquals(Map.of("quiet", ""), CommandLine.parse("quiet").parameters());
    }

    @Test
    void traceParameterNamesSubjects() {
        assertTrue(CommandLine.parse("mayfly.trace=gc,boot").traces("boot"));
    }

    @Test
    void unterminatedQuoteEndsAtEndOfLine() {
        assertEquals(List.of("open ended"), CommandLine.parse("-- \"open ended").arguments());
    }

    @Test
    void rejectsEnvironmentNamesThatCannotRoundTrip() {
        assertThrows(IllegalArgumentException.class,
                () -> CommandLine.format(List.of(), Map.of("A=B", "x"), List.of()));
    }

    @Property
    void formatThenParseGivesEverythingBack(@ForAll("words") List<String> args, @ForAll("env") Map<String, String> env) {
        String line = CommandLine.format(List.of("tsc_khz=1"), env, args);
        KernelParameters p = CommandLine.parse(line);
        assertEquals(args, p.arguments());
        assertEquals(env, p.environment());
        assertEquals(Map.of("tsc_khz", "1"), p.parameters());
    }

    @Property
    void parseNeverThrows(@ForAll String line) {
        CommandLine.parse(line);
    }

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.strings().withChars(" \"\\-=abc\u00e9\u4e16").ofMaxLength(8).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<Map<String, String>> env() {
        return Arbitraries.maps(Arbitraries.strings().withChars("ABC_x").ofMinLength(1).ofMaxLength(5),
                Arbitraries.strings().withChars(" \"\\=ab").ofMaxLength(6)).ofMaxSize(4).map(LinkedHashMap::new);
    }
}
