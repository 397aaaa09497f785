package dev.mayfly.jdk.sun.net.httpserver;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * The buffered input side of one connection, with the read timeouts the server imposes: either
 * an absolute deadline (a request head must arrive by then, however slowly its bytes trickle in)
 * or an inactivity timeout per read (request bodies). The socket's timeout is changed only when a
 * read actually blocks.
 */
final class ConnectionInput extends InputStream {
    /** Sets the timeout of the next blocking read (Socket::setSoTimeout). */
    interface ReadTimeout {
        void set(int millis) throws IOException;
    }

    private final ReadTimeout readTimeout;
    private final InputStream raw;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private long deadlineMillis;
    private long idleMillis;
    private int socketTimeout = -1;

    ConnectionInput(Socket socket) throws IOException {
        this(socket.getInputStream(), socket::setSoTimeout);
    }

    ConnectionInput(InputStream raw, ReadTimeout readTimeout) {
        this.raw = raw;
        this.readTimeout = readTimeout;
    }

    /** Reads from now on must complete by {@code deadlineMillis} (System.currentTimeMillis time). */
    void deadline(long deadlineMillis) {
        this.deadlineMillis = deadlineMillis;
    }

    /** Reads from now on may each block up to {@code idleMillis}, with no overall deadline. */
    void idleTimeout(long idleMillis) {
        this.deadlineMillis = 0;
        this.idleMillis = idleMillis;
    }

    /** Whether bytes are buffered (a pipelined request, say) so a read would not block. */
    boolean hasBuffered() {
        return position < limit;
    }

    private boolean fill() throws IOException {
        long timeout = idleMillis;
        if (deadlineMillis != 0) {
            long left = deadlineMillis - System.currentTimeMillis();
            if (left <= 0) {
                throw new SocketTimeoutException("request head not received in time");
            }
            timeout = left;
        }
        int wanted = (int) Math.min(timeout, Integer.MAX_VALUE);
        if (wanted != socketTimeout) {
            readTimeout.set(wanted);
            socketTimeout = wanted;
        }
        int n = raw.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (position == limit && !fill()) {
            return -1;
        }
        int n = Math.min(len, limit - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return limit - position;
    }
}
