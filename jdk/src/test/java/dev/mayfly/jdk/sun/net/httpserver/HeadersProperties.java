package dev.mayfly.jdk.sun.net.httpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mayfly.jdk.com.sun.net.httpserver.Headers;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Mayfly's Headers against the JDK's: the same keys after the same operations, the same refusals. */
class HeadersProperties {
    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings().withChars("aAzZ-_09\u00e9\u00c9").ofMinLength(0).ofMaxLength(8).list().ofMaxSize(8);
    }

    @Property(tries = 1000)
    void keysAreNormalisedAsTheJdkDoes(@ForAll("names") List<String> names) {
        Headers ours = new Headers();
        com.sun.net.httpserver.Headers jdk = new com.sun.net.httpserver.Headers();
        for (String n : names) {
            ours.add(n, "v");
            jdk.add(n, "v");
        }
        assertEquals(new TreeSet<>(jdk.keySet()), new TreeSet<>(ours.keySet()));
        for (String n : names) {
            assertEquals(jdk.get(n), ours.get(n));
            assertEquals(jdk.getFirst(n.toUpperCase()), ours.getFirst(n.toUpperCase()));
        }
    }

    @Test
    void normalisesLikeTheJdk() {
        Headers h = new Headers();
        h.add("content-TYPE", "text/plain");
        assertEquals("[Content-type]", h.keySet().toString());
        assertEquals("text/plain", h.getFirst("CONTENT-TYPE"));
    }

    @Test
    void refusesCrLfAsTheJdkDoes() {
        Headers ours = new Headers();
        com.sun.net.httpserver.Headers jdk = new com.sun.net.httpserver.Headers();
        for (String[] kv : new String[][] {{"a\r\nb", "v"}, {"a", "v\r\nX: y"}, {"a", "v\n"}, {"a", "v\r"},
                {"a", "v\rxy"}, {"a\n", "v"}, {"a", "\u0100"}}) {
            String expected = assertThrows(IllegalArgumentException.class, () -> jdk.add(kv[0], kv[1])).getMessage();
            assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> ours.add(kv[0], kv[1])).getMessage());
        }
        ours.add("a", "folded\r\n value");
        jdk.add("a", "folded\r\n value");
    }

    @Test
    void ofIsReadOnly() {
        Headers h = Headers.of("A", "1", "b", "2");
        assertEquals("1", h.getFirst("a"));
        assertThrows(UnsupportedOperationException.class, () -> h.add("c", "3"));
        assertThrows(UnsupportedOperationException.class, () -> h.get("A").add("x"));
        assertThrows(IllegalArgumentException.class, () -> Headers.of("odd"));
    }
}
