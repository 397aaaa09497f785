package dev.mayfly.jdk.sun.net.httpserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The chunked request body decoder: it reads back what was encoded, and hostile bytes give an IOException, nothing else. */
class ChunkedRequestBodyProperties {
    private static ConnectionInput input(byte[] bytes) {
        return new ConnectionInput(new ByteArrayInputStream(bytes), millis -> { });
    }

    private static byte[] readAll(RequestBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[7];
        int n;
        while ((n = body.read(buf, 0, buf.length)) >= 0) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    @Property(tries = 500)
    void decodesWhatWasEncodedAndStopsAtTheEnd(@ForAll @Size(max = 20) List<@Size(max = 300) byte[]> chunks,
            @ForAll boolean upperCaseHex, @ForAll boolean extensions) throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (byte[] chunk : chunks) {
            if (chunk.length == 0) {
                continue;
            }
            String size = Integer.toHexString(chunk.length);
            wire.writeBytes(((upperCaseHex ? size.toUpperCase() : size) + (extensions ? ";name=value" : "") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            wire.writeBytes(chunk);
            wire.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            data.writeBytes(chunk);
        }
        wire.writeBytes("0\r\nTrailer: t\r\n\r\nNEXT".getBytes(StandardCharsets.US_ASCII));
        ConnectionInput in = input(wire.toByteArray());
        ChunkedRequestBody body = new ChunkedRequestBody(in, 1024);
        assertArrayEquals(data.toByteArray(), readAll(body));
        assertEquals(-1, body.read());
        assertEquals('N', in.read(), "the next request starts right after the body");
    }

    @Property(tries = 3000)
    void hostileBytesGiveDataOrAnIOException(@ForAll @Size(max = 200) byte[] bytes) {
        try {
            readAll(new ChunkedRequestBody(input(bytes), 1024));
        } catch (IOException expected) {
            // A clean refusal.
        }
    }

    @Property(tries = 300)
    void fixedLengthBodyEndsAtItsLength(@ForAll @Size(max = 500) byte[] bytes, @ForAll @IntRange(max = 500) int length)
            throws IOException {
        ConnectionInput in = input(bytes);
        FixedLengthRequestBody body = new FixedLengthRequestBody(in, length);
        if (length <= bytes.length) {
            assertEquals(length, readAll(body).length);
        } else {
            try {
                readAll(body);
                throw new AssertionError("a body cut short must fail");
            } catch (IOException expected) {
                assertEquals("connection closed before all data received", expected.getMessage());
            }
        }
    }
}
