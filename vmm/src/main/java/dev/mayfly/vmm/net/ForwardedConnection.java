package dev.mayfly.vmm.net;

import dev.mayfly.net.socket.TcpError;
import dev.mayfly.net.socket.TcpSocket;
import dev.mayfly.net.socket.TcpState;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One forwarded TCP connection: a host socket accepted on 127.0.0.1 and the gateway's {@code net}
 * connection to the guest, with bytes copied both ways.
 *
 * <p>Back-pressure: the host socket is read only while the guest connection's send ring has room, and
 * the guest connection is read only once the host socket took everything read before (the rest waits
 * in {@code toHost} with OP_WRITE interest). End of stream is passed on as a half close (shutdownOutput
 * on either side); a reset on either side resets the other. Runs on the gateway's thread.
 */
final class ForwardedConnection {
    /** Bytes buffered towards the host socket, per connection. */
    static final int HOST_BUFFER = 64 * 1024;

    private final SocketChannel host;
    private final SelectionKey key;
    private final TcpSocket guest;
    private final ByteBuffer toHost = ByteBuffer.allocate(HOST_BUFFER).flip();
    private boolean hostReadable;
    private boolean hostWritable;
    private boolean hostInputEnded;
    /** The host's end of stream still has to become the guest connection's FIN (deferred while SYN-SENT). */
    private boolean guestShutdownPending;
    private boolean guestInputEnded;
    private boolean hostOutputShut;
    private boolean finished;
    private int interest = SelectionKey.OP_READ;
    private boolean interestChanged;

    ForwardedConnection(SocketChannel host, SelectionKey key, TcpSocket guest) {
        this.host = host;
        this.key = key;
        this.guest = guest;
        key.attach(this);
    }

    boolean isFinished() {
        return finished;
    }

    TcpSocket guest() {
        return guest;
    }

    boolean takeInterestChanged() {
        boolean c = interestChanged;
        interestChanged = false;
        return c;
    }

    /** Records what the selector reported for the host socket. */
    void selected(int readyOps) {
        hostReadable |= (readyOps & SelectionKey.OP_READ) != 0;
        hostWritable |= (readyOps & SelectionKey.OP_WRITE) != 0;
    }

    /** Moves what can be moved in both directions; returns whether anything moved. {@code scratch} is the gateway's shared read buffer. */
    boolean pump(ByteBuffer scratch) {
        if (finished) {
            return false;
        }
        boolean moved = false;
        try {
            moved |= forwardEndOfStream();
            moved |= hostToGuest(scratch);
            moved |= guestToHost();
        } catch (IOException e) {
            // the host side failed (reset by the client, most likely): reset the guest side too
            guest.abort();
            closeHost(true);
            return true;
        }
        if (!finished) {
            updateInterest();
        }
        return moved;
    }

    private boolean hostToGuest(ByteBuffer scratch) throws IOException {
        if (hostInputEnded || !hostReadable) {
            return false;
        }
        int room = guest.writeCapacity();
        if (room <= 0) {
            if (guest.write(scratch.array(), 0, 0) < 0) {
                return guestGone();
            }
            return false; // back-pressure: OP_READ is dropped until the guest's ring has room again
        }
        scratch.clear().limit(Math.min(room, scratch.capacity()));
        int n = host.read(scratch);
        hostReadable = false;
        if (n < 0) {
            hostInputEnded = true;
            guestShutdownPending = true;
            forwardEndOfStream();
            return true;
        }
        if (n > 0) {
            int taken = guest.write(scratch.array(), 0, n);
            if (taken < n) {
                return guestGone(); // cannot happen while writeCapacity() held, unless the connection died
            }
        }
        return n > 0;
    }

    /**
     * Half close: FIN after the queued data. Not before the guest connection is established — closing
     * in SYN-SENT would abandon the connection with the client's bytes still queued (RFC 9293 §3.10.4).
     */
    private boolean forwardEndOfStream() {
        if (!guestShutdownPending || guest.state() == TcpState.SYN_SENT) {
            return false;
        }
        guestShutdownPending = false;
        guest.shutdownOutput();
        return true;
    }

    private boolean guestToHost() throws IOException {
        boolean moved = false;
        while (true) {
            if (toHost.hasRemaining()) {
                if (host.write(toHost) > 0) {
                    moved = true;
                }
                hostWritable = false;
                if (toHost.hasRemaining()) {
                    return moved; // the host socket is full: wait for OP_WRITE
                }
            }
            if (guestInputEnded) {
                break;
            }
            int n = guest.read(toHost.array(), 0, toHost.capacity());
            if (n == 0) {
                return moved;
            }
            if (n < 0) {
                guestInputEnded = true;
                toHost.clear().flip();
                break;
            }
            toHost.clear().limit(n);
            moved = true;
        }
        if (guestInputEnded && !hostOutputShut) {
            TcpError error = guest.error();
            if (error == TcpError.RESET || error == TcpError.REFUSED || error == TcpError.TIMED_OUT || error == TcpError.ABORTED) {
                closeHost(true);
                return true;
            }
            host.shutdownOutput();
            hostOutputShut = true;
            moved = true;
        }
        if (hostOutputShut && hostInputEnded && !guestShutdownPending) {
            guest.close();
            closeHost(false);
        }
        return moved;
    }

    /** The guest connection can no longer take data: reset the host side. */
    private boolean guestGone() {
        closeHost(true);
        return true;
    }

    private void updateInterest() {
        int ops = 0;
        if (!hostInputEnded && guest.writeCapacity() > 0) {
            ops |= SelectionKey.OP_READ;
        }
        if (toHost.hasRemaining()) {
            ops |= SelectionKey.OP_WRITE;
        }
        if (ops != interest) {
            // more interest needs the selector to look again; less only costs a spurious wake-up
            interestChanged |= (ops & ~interest) != 0;
            interest = ops;
            key.interestOps(ops);
        }
    }

    /** Closes the host socket, with a reset (SO_LINGER 0) when {@code reset}. */
    void closeHost(boolean reset) {
        if (finished) {
            return;
        }
        finished = true;
        key.cancel();
        try {
            if (reset) {
                host.setOption(StandardSocketOptions.SO_LINGER, 0);
            }
            host.close();
        } catch (IOException e) {
            // closing is all that is left to do
        }
    }

    /** Tears the connection down when the gateway stops: resets both sides. */
    void abort() {
        guest.abort();
        closeHost(true);
    }
}
