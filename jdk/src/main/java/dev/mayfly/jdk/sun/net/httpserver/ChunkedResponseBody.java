package dev.mayfly.jdk.sun.net.httpserver;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A response body of unknown length in the chunked transfer coding (RFC 9112 §7.1), buffered in
 * chunks of up to 4 KiB; {@link #flush()} sends the buffered bytes as a chunk at once.
 */
final class ChunkedResponseBody extends ResponseBody {
    static final int CHUNK_SIZE = 4096;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] LAST_CHUNK = "0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final byte[] chunk = new byte[CHUNK_SIZE];
    private int length;

    ChunkedResponseBody(Exchange exchange, OutputStream out) {
        super(exchange, out);
    }

    @Override
    protected void writeBody(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, CHUNK_SIZE - length);
            System.arraycopy(b, off, chunk, length, n);
            length += n;
            off += n;
            len -= n;
            if (length == CHUNK_SIZE) {
                writeChunk();
            }
        }
    }

    private void writeChunk() throws IOException {
        if (length == 0) {
            return;
        }
        out.write(Integer.toHexString(length).getBytes(StandardCharsets.ISO_8859_1));
        out.write(CRLF);
        out.write(chunk, 0, length);
        out.write(CRLF);
        length = 0;
    }

    @Override
    public void flush() throws IOException {
        writeChunk();
        super.flush();
    }

    @Override
    protected boolean finishBody() throws IOException {
        writeChunk();
        out.write(LAST_CHUNK);
        return true;
    }
}
