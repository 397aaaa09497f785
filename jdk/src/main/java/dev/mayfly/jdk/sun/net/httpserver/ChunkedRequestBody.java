package dev.mayfly.jdk.sun.net.httpserver;

import java.io.IOException;

/**
 * A request body in the chunked transfer coding (RFC 9112 §7.1): chunk-size in hex, optional
 * chunk extensions (ignored), CRLF, data, CRLF; a zero-size chunk and trailer fields (read and
 * discarded) end it. Malformed framing is an IOException, never a misread.
 */
final class ChunkedRequestBody extends RequestBody {
    /** The longest chunk-size line or trailer line accepted, extensions included. */
    static final int MAX_LINE = 4096;

    private final ConnectionInput in;
    private final long maxTrailerBytes;
    private long chunkLeft;
    private boolean finished;

    ChunkedRequestBody(ConnectionInput in, long maxTrailerBytes) {
        this.in = in;
        this.maxTrailerBytes = maxTrailerBytes;
    }

    @Override
    protected int readBody(byte[] b, int off, int len) throws IOException {
        if (finished) {
            return -1;
        }
        if (chunkLeft == 0) {
            chunkLeft = readChunkSize();
            if (chunkLeft == 0) {
                readTrailers();
                finished = true;
                return -1;
            }
        }
        int n = in.read(b, off, (int) Math.min(len, chunkLeft));
        if (n < 0) {
            throw new IOException("connection closed before all data received");
        }
        chunkLeft -= n;
        if (chunkLeft == 0) {
            int cr = in.read();
            int lf = cr == '\r' ? in.read() : cr;
            if (lf != '\n') {
                throw new IOException("invalid chunk end");
            }
        }
        return n;
    }

    private long readChunkSize() throws IOException {
        String line = readLine();
        int end = 0;
        long size = 0;
        while (end < line.length()) {
            int digit = Character.digit(line.charAt(end), 16);
            if (digit < 0 || line.charAt(end) > 'f') {
                break;
            }
            if (end >= 15) {
                throw new IOException("invalid chunk length");
            }
            size = size * 16 + digit;
            end++;
        }
        if (end == 0) {
            throw new IOException("invalid chunk header");
        }
        String rest = line.substring(end).trim();
        if (!rest.isEmpty() && rest.charAt(0) != ';') {
            throw new IOException("invalid chunk header");
        }
        return size;
    }

    private void readTrailers() throws IOException {
        long total = 0;
        while (true) {
            String line = readLine();
            if (line.isEmpty()) {
                return;
            }
            total += line.length() + 2;
            if (total > maxTrailerBytes) {
                throw new IOException("chunked trailer too large");
            }
        }
    }

    /** One line ending in CR LF (or LF), without it; at most {@link #MAX_LINE} characters. */
    private String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("end of stream reading chunk header");
            }
            if (c == '\n') {
                int n = sb.length();
                if (n > 0 && sb.charAt(n - 1) == '\r') {
                    sb.setLength(n - 1);
                }
                return sb.toString();
            }
            if (sb.length() >= MAX_LINE) {
                throw new IOException("invalid chunk header: line too long");
            }
            sb.append((char) c);
        }
    }
}
