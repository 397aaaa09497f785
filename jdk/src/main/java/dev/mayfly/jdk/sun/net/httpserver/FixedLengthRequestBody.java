package dev.mayfly.jdk.sun.net.httpserver;

import java.io.IOException;

/** A request body of exactly Content-Length bytes (RFC 9112 §6.2). */
final class FixedLengthRequestBody extends RequestBody {
    private final ConnectionInput in;
    private long remaining;

    FixedLengthRequestBody(ConnectionInput in, long length) {
        this.in = in;
        this.remaining = length;
    }

    @Override
    protected int readBody(byte[] b, int off, int len) throws IOException {
        if (remaining == 0) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
            throw new IOException("connection closed before all data received");
        }
        remaining -= n;
        return n;
    }

    @Override
    public int available() {
        return (int) Math.min(in.available(), remaining);
    }
}
