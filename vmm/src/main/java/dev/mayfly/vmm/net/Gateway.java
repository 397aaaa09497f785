package dev.mayfly.vmm.net;

import dev.mayfly.net.iface.Interface;
import dev.mayfly.net.iface.Ipv4Config;
import dev.mayfly.vmm.devices.virtio.net.NetBackend;
import dev.mayfly.vmm.devices.virtio.net.NetLink;
import dev.mayfly.vmm.devices.virtio.net.VirtioNetSpec;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;

/**
 * The running user-mode network ({@link UserNetwork}): the gateway's {@code net} interface on the
 * guest's link, its DHCP server and port forwarder, all driven by one host thread.
 *
 * <p>The thread loops: poll the interface (frames from the guest, timers), answer DHCP, pump the
 * forwarded connections, wake the device once if frames went to the guest, then wait in a
 * {@link Selector} — on the host sockets, until the interface's next deadline, or until the device
 * wakes it ({@link Selector#wakeup}) after the guest sent frames.
 */
public final class Gateway implements NetBackend {
    /** Rounds of poll-and-pump per wake-up before waiting again; bounds the latency of the host sockets. */
    private static final int MAX_ROUNDS = 32;

    private final UserNetwork network;
    private final NetLink link;
    private final QueueDevice device;
    private final Interface iface;
    private final DhcpServer dhcp;
    private final PortForwarder forwarder;
    private final Selector selector;
    private final Thread thread;
    private final long startNanos = System.nanoTime();
    private volatile boolean closing;
    private volatile Throwable failure;

    private Gateway(UserNetwork network, NetLink link, String name) {
        this.network = network;
        this.link = link;
        this.device = new QueueDevice(link.fromGuest(), link.toGuest(), link.maxFrameLength(), UserNetwork.GATEWAY_MAC);
        this.iface = new Interface(device, UserNetwork.GATEWAY_MAC,
                Ipv4Config.ofStatic(UserNetwork.GATEWAY_ADDRESS, UserNetwork.PREFIX_LENGTH, 0), System.nanoTime() ^ 0x5DEECE66DL);
        this.dhcp = new DhcpServer(iface, UserNetwork.GUEST_ADDRESS, UserNetwork.PREFIX_LENGTH, UserNetwork.LEASE_SECONDS);
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new NetworkSetupException("cannot open a selector: " + e.getMessage(), e);
        }
        try {
            this.forwarder = new PortForwarder(iface, UserNetwork.GUEST_ADDRESS, network.forwards(), selector);
        } catch (RuntimeException e) {
            closeSelector();
            throw e;
        }
        link.onWakeBackend(() -> {
            try {
                selector.wakeup();
            } catch (java.nio.channels.ClosedSelectorException e) {
                // the gateway has stopped
            }
        });
        this.thread = Thread.ofPlatform().daemon().name(name + "-usernet").unstarted(this::run);
    }

    /** Binds the forwarded ports and starts the gateway thread on a new link. */
    static Gateway start(UserNetwork network, String vmName) {
        return start(network, new NetLink(VirtioNetSpec.MAX_FRAME_LENGTH, NetLink.DEFAULT_QUEUE_FRAMES), vmName);
    }

    /** Binds the forwarded ports and starts the gateway thread on {@code link} (tests drive the other end). */
    public static Gateway start(UserNetwork network, NetLink link, String name) {
        Gateway gateway = new Gateway(network, link, name);
        gateway.thread.start();
        return gateway;
    }

    @Override
    public NetLink link() {
        return link;
    }

    public UserNetwork network() {
        return network;
    }

    /** The gateway's interface; read its statistics only (it belongs to the gateway's thread). */
    public Interface gatewayInterface() {
        return iface;
    }

    public DhcpServer dhcpServer() {
        return dhcp;
    }

    /** Connections accepted on the forwarded host ports so far. */
    public long acceptedConnections() {
        return forwarder.accepted();
    }

    /** Why the gateway's thread died, or null while it runs. */
    public Throwable failure() {
        return failure;
    }

    private long nowMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private void run() {
        try {
            while (!closing) {
                long now = nowMillis();
                for (int round = 0; round < MAX_ROUNDS; round++) {
                    boolean active = iface.poll(now);
                    active |= dhcp.serve();
                    active |= forwarder.pump();
                    if (device.takeTransmitted() | device.takeDrainedFullQueue()) {
                        link.wakeDevice();
                    }
                    if (!active) {
                        break;
                    }
                }
                long at = iface.pollAt();
                long wait = at == Long.MAX_VALUE ? 0 : at - nowMillis();
                int ready = at != Long.MAX_VALUE && wait <= 0 ? selector.selectNow() : selector.select(Math.max(wait, 0));
                if (ready > 0) {
                    now = nowMillis();
                    Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                    while (keys.hasNext()) {
                        SelectionKey key = keys.next();
                        keys.remove();
                        forwarder.selected(key, now);
                    }
                }
            }
        } catch (Throwable t) {
            failure = t;
            if (!closing) {
                System.err.println("mayfly: the user-mode network stopped: " + t);
            }
        } finally {
            forwarder.close();
            closeSelector();
        }
    }

    private void closeSelector() {
        try {
            selector.close();
        } catch (IOException e) {
            // closing is all that is left to do
        }
    }

    /** Stops the thread, resets every forwarded connection and closes the host sockets. */
    @Override
    public void close() {
        closing = true;
        selector.wakeup();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
