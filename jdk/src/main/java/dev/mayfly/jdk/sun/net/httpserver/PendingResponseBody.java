package dev.mayfly.jdk.sun.net.httpserver;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The stream {@code getResponseBody()} returns: before sendResponseHeaders it refuses writes;
 * afterwards it passes everything to the body the headers announced.
 */
final class PendingResponseBody extends OutputStream {
    private OutputStream body;

    void attach(OutputStream body) {
        this.body = body;
    }

    boolean attached() {
        return body != null;
    }

    private OutputStream body() throws IOException {
        if (body == null) {
            throw new IOException("response headers not sent yet");
        }
        return body;
    }

    @Override
    public void write(int b) throws IOException {
        body().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        body().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        body().flush();
    }

    @Override
    public void close() throws IOException {
        body().close();
    }
}
