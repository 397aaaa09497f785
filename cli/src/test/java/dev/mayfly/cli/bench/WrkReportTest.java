package dev.mayfly.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.constant.ClassDesc;
import org.junit.jupiter.api.Test;

class WrkReportTest {
    private static final String OUTPUT = """
            Running 2s test @ http://127.0.0.1:33627/nope
              2 threads and 50 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     7.72ms   12.33ms 226.70ms   94.85%
                Req/Sec     4.29k     1.95k    7.32k    55.00%
              Latency Distribution
                 50%  128.00us
                 75%    7.82ms
                 90%   14.05ms
                 99%    1.20s
              17097 requests in 2.01s, 2.30MB read
              Socket errors: connect 0, read 3, write 0, timeout 2
              Non-2xx or 3xx responses: 10
            Requests/sec:   8521.65
            Transfer/sec:      1.15MB
            """;

    @Test
    void parsesRateLatencyPercentilesInTheirUnitsAndErrors() {
        WrkReport r = WrkReport.parse(OUTPUT);
        assertEquals(8521.65, r.requestsPerSecond(), 1e-9);
        assertEquals(0.128, r.p50Millis(), 1e-9);
        assertEquals(1200.0, r.p99Millis(), 1e-9);
        assertEquals(17097, r.requests());
        assertEquals(15, r.errors());
    }

    @Test
    void refusesOutputWithoutLatencyDistribution() {
        String plain = OUTPUT.replaceAll("(?m)^\\s+\\d\\d%.*\\n", "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WrkReport.parse(plain));
        assertEquals(true, e.getMessage().startsWith("no latency distribution"));
        assertThrows(IllegalArgumentException.class, () -> WrkReport.parse("wrk: connection refused"));
    }

    @Test
    void remapsOnlyTheHttpServerPackages() throws Exception {
        java.nio.charset.Charset latin1 = java.nio.charset.StandardCharsets.ISO_8859_1;
        assertEquals("(Ldev/mayfly/jdk/com/sun/net/httpserver/HttpExchange;)V",
                new String(JarRemapper.map("(Lcom/sun/net/httpserver/HttpExchange;)V".getBytes(latin1)), latin1));
        assertEquals("java/lang/String", new String(JarRemapper.map("java/lang/String".getBytes(latin1)), latin1));
        // A real class file that names no httpserver class comes back byte for byte.
        byte[] own;
        try (var in = WrkReport.class.getResourceAsStream("WrkReport.class")) {
            own = in.readAllBytes();
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(own, JarRemapper.remapClass(own));
    }

    @Test
    void roundsAreSummarisedByTheirMedians() {
        WrkReport m = HttpBench.median(java.util.List.of(new WrkReport(100, 1, 10, 5, 0),
                new WrkReport(300, 3, 30, 5, 1), new WrkReport(200, 2, 20, 5, 2)));
        assertEquals(new WrkReport(200, 2, 20, 15, 3), m);
    }
}
