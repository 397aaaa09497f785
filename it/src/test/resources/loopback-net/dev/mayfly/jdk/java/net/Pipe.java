package dev.mayfly.jdk.java.net;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * One direction of an in-memory loopback connection: a bounded byte buffer with blocking reads
 * (with the socket's read timeout) and writes, and the two ways it ends — the writer closed
 * (the reader sees end of stream) or the reader closed (the writer sees a broken pipe). This
 * whole package is a test double of java.net that lets a program talk to itself inside an
 * image before the kernel's TCP/IP sockets exist.
 */
final class Pipe {
    private final byte[] buffer = new byte[64 * 1024];
    private int head;
    private int size;
    private boolean writerClosed;
    private boolean readerClosed;

    synchronized int read(byte[] b, int off, int len, int timeoutMillis) throws IOException {
        long deadline = timeoutMillis > 0 ? System.currentTimeMillis() + timeoutMillis : 0;
        while (size == 0) {
            if (readerClosed) {
                throw new SocketException("Socket closed");
            }
            if (writerClosed) {
                return -1;
            }
            try {
                if (deadline == 0) {
                    wait();
                } else {
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        throw new SocketTimeoutException("Read timed out");
                    }
                    wait(left);
                }
            } catch (InterruptedException e) {
                throw new InterruptedIOException("interrupted");
            }
        }
        if (readerClosed) {
            throw new SocketException("Socket closed");
        }
        int n = Math.min(len, size);
        for (int i = 0; i < n; i++) {
            b[off + i] = buffer[(head + i) % buffer.length];
        }
        head = (head + n) % buffer.length;
        size -= n;
        notifyAll();
        return n;
    }

    synchronized void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (writerClosed) {
                throw new SocketException("Socket closed");
            }
            if (readerClosed) {
                throw new SocketException("Broken pipe");
            }
            if (size == buffer.length) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    throw new InterruptedIOException("interrupted");
                }
                continue;
            }
            int n = Math.min(len, buffer.length - size);
            for (int i = 0; i < n; i++) {
                buffer[(head + size + i) % buffer.length] = b[off + i];
            }
            size += n;
            off += n;
            len -= n;
            notifyAll();
        }
    }

    synchronized int available() {
        return size;
    }

    synchronized void closeWriter() {
        writerClosed = true;
        notifyAll();
    }

    synchronized void closeReader() {
        readerClosed = true;
        notifyAll();
    }
}
