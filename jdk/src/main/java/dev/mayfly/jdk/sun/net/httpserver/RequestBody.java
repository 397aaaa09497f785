package dev.mayfly.jdk.sun.net.httpserver;

import java.io.IOException;
import java.io.InputStream;

/**
 * The body of one request as the handler reads it: it ends where the request's framing says,
 * never reads into the next request, and after {@link #close()} it refuses reads. Closing skips
 * what is left, up to the drain limit, so the connection can carry another request.
 */
abstract class RequestBody extends InputStream {
    private boolean closed;
    private boolean atEnd;

    /** Reads up to {@code len} body bytes into {@code b}; -1 at the end of the body. */
    protected abstract int readBody(byte[] b, int off, int len) throws IOException;

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public final int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("Stream is closed");
        }
        if (atEnd) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        int n = readBody(b, off, len);
        if (n < 0) {
            atEnd = true;
        }
        return n;
    }

    /** Whether the whole body has been read. */
    final boolean atEnd() {
        return atEnd;
    }

    final boolean isClosed() {
        return closed;
    }

    /** Reads and discards up to {@code max} bytes; true if the end of the body was reached. */
    final boolean drain(long max) {
        if (atEnd) {
            return true;
        }
        byte[] scratch = new byte[4096];
        long left = max;
        try {
            while (left >= 0) {
                int n = readBody(scratch, 0, scratch.length);
                if (n < 0) {
                    atEnd = true;
                    return true;
                }
                left -= n;
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** Ends reading; the rest of the body is skipped when the exchange ends. */
    @Override
    public void close() {
        closed = true;
    }
}
