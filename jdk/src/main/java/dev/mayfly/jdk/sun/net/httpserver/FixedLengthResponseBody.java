package dev.mayfly.jdk.sun.net.httpserver;

import java.io.IOException;
import java.io.OutputStream;

/** A response body of exactly the length given to sendResponseHeaders (Content-length). */
final class FixedLengthResponseBody extends ResponseBody {
    private long remaining;

    FixedLengthResponseBody(Exchange exchange, OutputStream out, long length) {
        super(exchange, out);
        this.remaining = length;
    }

    @Override
    protected void writeBody(byte[] b, int off, int len) throws IOException {
        if (len > remaining) {
            throw new IOException("too many bytes to write to stream");
        }
        out.write(b, off, len);
        remaining -= len;
    }

    @Override
    protected boolean finishBody() {
        return remaining == 0;
    }
}
