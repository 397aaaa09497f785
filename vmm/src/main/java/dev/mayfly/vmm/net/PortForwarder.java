package dev.mayfly.vmm.net;

import dev.mayfly.net.iface.Interface;
import dev.mayfly.net.socket.TcpSocket;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * The user-mode network's host port forwarding: a listening socket on 127.0.0.1 per
 * {@link PortForward}, and for every accepted connection a {@link ForwardedConnection} to the guest
 * over the gateway's {@code net} stack. Runs on the gateway's thread.
 */
final class PortForwarder implements AutoCloseable {
    /** The gateway's send and receive ring per forwarded connection. */
    static final int GUEST_SOCKET_BUFFER = 256 * 1024;
    /** Connections waiting to be accepted per host port. */
    static final int HOST_BACKLOG = 128;

    private final Interface iface;
    private final int guestAddress;
    private final List<ServerSocketChannel> listeners = new ArrayList<>();
    private final List<ForwardedConnection> connections = new ArrayList<>();
    private final ByteBuffer scratch = ByteBuffer.allocate(ForwardedConnection.HOST_BUFFER);
    private long accepted;

    /** Binds every host port (all or none) and registers them with {@code selector}. */
    PortForwarder(Interface iface, int guestAddress, List<PortForward> forwards, Selector selector) {
        this.iface = iface;
        this.guestAddress = guestAddress;
        try {
            for (PortForward forward : forwards) {
                ServerSocketChannel server = ServerSocketChannel.open();
                listeners.add(server);
                server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                try {
                    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), forward.hostPort()), HOST_BACKLOG);
                } catch (BindException e) {
                    throw new NetworkSetupException("-p " + forward + ": host port " + forward.hostPort()
                            + " is already in use (127.0.0.1:" + forward.hostPort() + ": " + e.getMessage() + ")", e);
                }
                server.configureBlocking(false);
                server.register(selector, SelectionKey.OP_ACCEPT, forward);
            }
        } catch (IOException e) {
            close();
            throw new NetworkSetupException("cannot listen for port forwarding: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Whether a waiting selector must be woken: a connection wants more readiness events than before, or
     * a host socket was closed (its close completes when the selector drops the cancelled key).
     */
    boolean takeInterestChanged() {
        boolean changed = false;
        for (ForwardedConnection c : connections) {
            changed |= c.takeInterestChanged();
        }
        changed |= closedSinceAsked;
        closedSinceAsked = false;
        return changed | takeAccepted();
    }

    /** A host socket was closed: its cancelled key (and so the close itself) waits for the selector. */
    private boolean closedSinceAsked;

    private boolean acceptedSinceAsked;

    private boolean takeAccepted() {
        boolean a = acceptedSinceAsked;
        acceptedSinceAsked = false;
        return a;
    }

    /** The number of connections accepted so far. */
    long accepted() {
        return accepted;
    }

    /** The number of connections open now. */
    int openConnections() {
        return connections.size();
    }

    /** Handles one selected key: accepts on a listener, or notes readiness of a forwarded connection. */
    void selected(SelectionKey key, long now) {
        if (!key.isValid()) {
            return;
        }
        if (key.attachment() instanceof PortForward forward) {
            acceptAll((ServerSocketChannel) key.channel(), forward, key.selector(), now);
        } else if (key.attachment() instanceof ForwardedConnection connection) {
            connection.selected(key.readyOps());
        }
    }

    private void acceptAll(ServerSocketChannel server, PortForward forward, Selector selector, long now) {
        while (true) {
            SocketChannel host;
            try {
                host = server.accept();
            } catch (IOException e) {
                return; // e.g. too many open files: the client waits in the backlog
            }
            if (host == null) {
                return;
            }
            try {
                host.configureBlocking(false);
                host.setOption(StandardSocketOptions.TCP_NODELAY, true);
                TcpSocket guest = new TcpSocket(GUEST_SOCKET_BUFFER, GUEST_SOCKET_BUFFER);
                guest.setNoDelay(true);
                iface.connect(guest, now, guestAddress, forward.guestPort());
                SelectionKey key = host.register(selector, SelectionKey.OP_READ);
                connections.add(new ForwardedConnection(host, key, guest));
                accepted++;
                acceptedSinceAsked = true;
            } catch (IOException | RuntimeException e) {
                try {
                    host.close();
                } catch (IOException ignored) {
                    // nothing more to do with it
                }
            }
        }
    }

    /** Pumps every connection; returns whether any moved data or changed state. */
    boolean pump() {
        boolean moved = false;
        for (int i = connections.size() - 1; i >= 0; i--) {
            ForwardedConnection c = connections.get(i);
            moved |= c.pump(scratch);
            if (c.isFinished()) {
                closedSinceAsked = true;
                int last = connections.size() - 1;
                connections.set(i, connections.get(last));
                connections.remove(last);
            }
        }
        return moved;
    }

    @Override
    public void close() {
        for (ForwardedConnection c : connections) {
            c.abort();
        }
        connections.clear();
        for (ServerSocketChannel server : listeners) {
            try {
                server.close();
            } catch (IOException e) {
                // closing is all that is left to do
            }
        }
        listeners.clear();
    }
}
