package dev.mayfly.jdk.sun.net.httpserver;

import java.io.IOException;
import java.util.Arrays;

/**
 * Collects the bytes of one request head — request line and header section up to the empty line
 * that ends it (RFC 9112 §2.1) — from a connection, within the size and time limits. Empty lines
 * before the request line are skipped (RFC 9112 §2.2); a bare LF ends a line as CR LF does.
 */
final class HeadReader {
    private static final int CR = '\r';
    private static final int LF = '\n';

    /** A request head longer than {@link ServerLimits#maxHeaderBytes()}. */
    static final class HeadTooLargeException extends IOException {
        HeadTooLargeException(int limit) {
            super("Maximum header (sun.net.httpserver.maxReqHeaderSize) exceeded, " + limit + ".");
        }
    }

    private HeadReader() {
    }

    /**
     * The bytes of the next request head, without the final empty line; null when the connection
     * ended (or only sent empty lines) before a request started.
     *
     * @throws HeadTooLargeException           the head exceeds the size limit
     * @throws java.net.SocketTimeoutException the first byte did not come within the idle
     *                                         interval, or the rest within the head time
     */
    static byte[] read(ConnectionInput in, ServerLimits limits) throws IOException {
        int max = limits.maxHeaderBytes();
        in.deadline(System.currentTimeMillis() + limits.idleMillis());
        int c;
        int skipped = 0;
        do {
            c = in.read();
            if (c < 0) {
                return null;
            }
            if (++skipped > max) {
                throw new HeadTooLargeException(max);
            }
        } while (c == CR || c == LF);
        in.deadline(System.currentTimeMillis() + limits.headMillis());
        byte[] head = new byte[Math.min(512, max)];
        int length = 0;
        boolean atLineStart = false;
        while (true) {
            if (c < 0) {
                throw new java.io.EOFException("connection closed inside the request head");
            }
            if (atLineStart && c == LF) {
                return Arrays.copyOf(head, length);
            }
            if (atLineStart && c == CR) {
                int next = in.read();
                if (next == LF) {
                    return Arrays.copyOf(head, length);
                }
                // A bare CR at the start of a line: keep it; the parser rejects it.
                length = append(head = grow(head, length, max), length, CR);
                c = next;
                atLineStart = false;
                continue;
            }
            head = grow(head, length, max);
            head[length++] = (byte) c;
            atLineStart = c == LF;
            c = in.read();
        }
    }

    private static int append(byte[] head, int length, int c) {
        head[length] = (byte) c;
        return length + 1;
    }

    private static byte[] grow(byte[] head, int length, int max) throws HeadTooLargeException {
        if (length < head.length) {
            return head;
        }
        if (length >= max) {
            throw new HeadTooLargeException(max);
        }
        return Arrays.copyOf(head, (int) Math.min((long) head.length * 2, max));
    }
}
