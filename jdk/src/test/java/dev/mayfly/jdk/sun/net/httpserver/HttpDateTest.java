package dev.mayfly.jdk.sun.net.httpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The hand-made IMF-fixdate equals the one java.time formats (the JDK server's formatter pattern). */
class HttpDateTest {
    private static final DateTimeFormatter JDK = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US)
            .withZone(ZoneOffset.UTC);

    @Property(tries = 2000)
    void formatsAsTheJdkDoes(@ForAll @LongRange(min = 0, max = 253_402_300_799_000L) long millis) {
        assertEquals(JDK.format(Instant.ofEpochMilli(millis)).replace(" Z", " GMT"), HttpDate.format(millis));
    }
}
