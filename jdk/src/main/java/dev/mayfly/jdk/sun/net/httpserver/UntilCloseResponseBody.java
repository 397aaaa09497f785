package dev.mayfly.jdk.sun.net.httpserver;

import java.io.IOException;
import java.io.OutputStream;

/** A response body of unknown length to an HTTP/1.0 client: its end is the end of the connection (RFC 9112 §6.3). */
final class UntilCloseResponseBody extends ResponseBody {
    UntilCloseResponseBody(Exchange exchange, OutputStream out) {
        super(exchange, out);
    }

    @Override
    protected void writeBody(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    protected boolean finishBody() {
        return true;
    }
}
