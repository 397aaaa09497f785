package dev.mayfly.jdk.sun.net.httpserver;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The body of one response as the handler writes it, framed as the response headers said.
 * Closing it ends the exchange ({@link Exchange#responseComplete}); writes after that fail.
 */
abstract class ResponseBody extends OutputStream {
    protected final Exchange exchange;
    protected final OutputStream out;
    private boolean closed;

    ResponseBody(Exchange exchange, OutputStream out) {
        this.exchange = exchange;
        this.out = out;
    }

    protected abstract void writeBody(byte[] b, int off, int len) throws IOException;

    /** Writes what must follow the last body byte; false if the body is incomplete (the connection is then closed). */
    protected abstract boolean finishBody() throws IOException;

    @Override
    public final void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public final void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("stream closed");
        }
        if (len > 0) {
            writeBody(b, off, len);
        }
    }

    @Override
    public void flush() throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        out.flush();
    }

    @Override
    public final void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        boolean complete;
        try {
            complete = finishBody();
            out.flush();
        } catch (IOException e) {
            exchange.abort();
            throw e;
        }
        if (!complete) {
            exchange.abort();
            throw new IOException("insufficient bytes written to stream");
        }
        exchange.responseComplete();
    }
}
