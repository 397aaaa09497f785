package dev.mayfly.vmm.net;

import dev.mayfly.net.iface.Interface;
import dev.mayfly.net.socket.TcpListener;
import dev.mayfly.net.socket.TcpSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A TCP echo server on a guest {@code net} stack (runs as a {@link GuestStack} task): every byte comes
 * back; end of stream is answered by a half close once everything is echoed.
 */
final class EchoServer implements LongConsumer {
    private final TcpListener listener;
    private final List<Connection> connections = new ArrayList<>();
    private final byte[] buffer = new byte[64 * 1024];
    volatile int accepted;

    private static final class Connection {
        final TcpSocket socket;
        final byte[] pending = new byte[64 * 1024];
        int pendingOffset;
        int pendingLength;
        boolean shut;

        Connection(TcpSocket socket) {
            this.socket = socket;
        }
    }

    EchoServer(Interface iface, int port) {
        this.listener = iface.listen(port, 128, 256 * 1024, 256 * 1024);
        listener.setNoDelay(true);
    }

    @Override
    public void accept(long now) {
        TcpSocket s;
        while ((s = listener.accept()) != null) {
            connections.add(new Connection(s));
            accepted++;
        }
        for (int i = connections.size() - 1; i >= 0; i--) {
            Connection c = connections.get(i);
            while (true) {
                if (c.pendingLength > 0) {
                    int w = c.socket.write(c.pending, c.pendingOffset, c.pendingLength);
                    if (w < 0) {
                        c.pendingLength = 0;
                        break;
                    }
                    c.pendingOffset += w;
                    c.pendingLength -= w;
                    if (c.pendingLength > 0) {
                        break;
                    }
                }
                int n = c.socket.read(c.pending, 0, c.pending.length);
                if (n > 0) {
                    c.pendingOffset = 0;
                    c.pendingLength = n;
                    continue;
                }
                if (n < 0 && !c.shut) {
                    c.shut = true;
                    c.socket.shutdownOutput();
                }
                break;
            }
            if (c.shut && !c.socket.isOpen()) {
                connections.remove(i);
            }
        }
    }
}
