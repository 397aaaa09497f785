package dev.mayfly.jdk.sun.net.httpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The request head parser is total: any bytes give a checked head or a clean rejection, never an exception. */
class RequestHeadParserProperties {
    @Property(tries = 3000)
    void anyBytesGiveAHeadOrARejection(@ForAll @Size(max = 400) byte[] bytes) {
        HeadParse p = RequestHeadParser.parse(bytes, 200);
        assertNotNull(p);
        if (p instanceof RequestHead head) {
            // Every accessor of a checked head is total.
            head.method().length();
            head.uri().getPath();
            head.headers().keySet().size();
            head.requestLine();
        } else {
            HeadRejection r = (HeadRejection) p;
            assertNotNull(r.message());
        }
    }

    @Provide
    Arbitrary<byte[]> nearlyValidHeads() {
        Arbitrary<String> method = Arbitraries.of("GET", "POST", "HEAD", "PUT", "G T", "", "get");
        Arbitrary<String> target = Arbitraries.of("/", "/a?b=c", "/%zz", "*", "http://h/p", "/a b", "", "mailto:x");
        Arbitrary<String> version = Arbitraries.of("HTTP/1.1", "HTTP/1.0", "HTTP/1", "http/1.1", "HTTP/1.1 x");
        Arbitrary<String> header = Arbitraries.of("Host: x", "Content-Length: 5", "Content-Length: -1",
                "Content-Length: 99999999999999999999", "Transfer-Encoding: chunked", "Transfer-Encoding: gzip",
                " folded", "\tfolded", "Bad Name: v", ":empty", "X: \u00ff", "Expect: 100-continue", "Connection: close");
        return Combinators.combine(method, target, version, header.list().ofMaxSize(6), Arbitraries.of("\r\n", "\n", "\r"))
                .as((m, t, v, hs, eol) -> {
                    StringBuilder sb = new StringBuilder(m + " " + t + " " + v + eol);
                    hs.forEach(h -> sb.append(h).append(eol));
                    return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
                });
    }

    @Property(tries = 3000)
    void nearlyValidHeadsGiveAHeadOrARejection(@ForAll("nearlyValidHeads") byte[] bytes) {
        assertNotNull(RequestHeadParser.parse(bytes, 200));
    }

    @Property(tries = 500)
    void aWellFormedHeadRoundTrips(@ForAll("tokens") String method, @ForAll("tokens") String name,
            @ForAll("fieldValues") String value, @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 1_000_000_000_000L) long length) {
        String text = method + " /p?q=1 HTTP/1.1\r\n" + name + ":  " + value + " \r\nContent-Length: " + length + "\r\n";
        HeadParse p = RequestHeadParser.parse(text.getBytes(StandardCharsets.ISO_8859_1), 200);
        RequestHead head = assertInstanceOf(RequestHead.class, p, text);
        assertEquals(method, head.method());
        assertEquals("/p", head.uri().getPath());
        assertEquals("HTTP/1.1", head.protocol());
        assertEquals(length, head.bodyLength());
        if (!name.equalsIgnoreCase("Content-Length")) {
            assertEquals(value.strip(), head.headers().getFirst(name));
        }
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.strings().withChars("!#$%&'*+-.^_`|~").alpha().numeric().ofMinLength(1).ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> fieldValues() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(30);
    }
}
