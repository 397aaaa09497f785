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
import java.util.concurrent.locks.ReentrantLock;

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
    /** Guards everything the gateway's rounds touch: the interface, the DHCP server, the forwarder. */
    private final ReentrantLock lock = new ReentrantLock();
    /** True while the device's thread runs rounds itself (then it delivers what they produce). */
    private boolean inline;
    /** The device ran inside one of our rounds and handed us frames: do another round. */
    private boolean moreWork;
    /** The deadline the gateway's thread waits for in its selector (Long.MAX_VALUE: only for events). */
    private long sleepingUntil = Long.MAX_VALUE;
    private volatile boolean closing;
    private volatile Throwable failure;
    private volatile long inlineRuns;

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
        link.onWakeBackend(this::deviceHasWork);
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

    /** The first failure of the gateway (its thread died, or a round on the device thread failed), or null. */
    public Throwable failure() {
        return failure;
    }

    private long nowMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** How often the device's thread ran the gateway itself rather than waking the gateway's thread. */
    public long inlineRuns() {
        return inlineRuns;
    }

    /**
     * The device put frames into fromGuest or took frames from toGuest. If the gateway's thread is
     * idle (waiting in its selector), the device's thread runs the rounds itself — the reply frames land
     * in toGuest while the device is still running and reach the guest in the same device run, with no
     * thread hand-off. If the gateway's thread is busy, the selector wake-up makes it look again.
     */
    private void deviceHasWork() {
        if (lock.isHeldByCurrentThread()) {
            moreWork = true; // the device ran inside our round (runDevice): one more round
            return;
        }
        if (!closing && lock.tryLock()) {
            boolean wake;
            try {
                inline = true;
                inlineRuns++;
                rounds(nowMillis());
                // the waiting selector must see a new interest set, and wake for a deadline (a
                // delayed ACK, a retransmission) earlier than the one it waits for
                wake = forwarder.takeInterestChanged() | iface.pollAt() < sleepingUntil;
            } catch (RuntimeException e) {
                // a gateway bug must not take the device's thread down with it: the gateway's own
                // thread runs the same rounds next and reports it
                wake = true;
                if (failure == null) {
                    failure = e;
                    System.err.println("mayfly: the user-mode network failed on the device's thread: " + e);
                }
            } finally {
                inline = false;
                lock.unlock();
            }
            if (wake) {
                wakeSelector();
            }
        } else {
            wakeSelector();
        }
    }

    private void wakeSelector() {
        try {
            selector.wakeup();
        } catch (java.nio.channels.ClosedSelectorException e) {
            // the gateway has stopped
        }
    }

    /** Polls, answers DHCP and pumps connections until nothing moves; hands frames for the guest to the device. */
    private void rounds(long now) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            moreWork = false;
            boolean active = iface.poll(now);
            active |= dhcp.serve();
            active |= forwarder.pump();
            if (device.takeTransmitted() | device.takeDrainedFullQueue()) {
                if (!inline) {
                    link.runDevice(); // deliver to the guest now, on this thread
                }
                // inline, the device's own run goes on to deliver them
            }
            if (!active && !moreWork) {
                return;
            }
        }
        if (!inline) {
            wakeSelector(); // still busy after MAX_ROUNDS: do not sleep in the next select
        }
    }

    private void run() {
        try {
            while (!closing) {
                long at;
                lock.lock();
                try {
                    rounds(nowMillis());
                    at = iface.pollAt();
                    sleepingUntil = at;
                    forwarder.takeInterestChanged();
                } finally {
                    lock.unlock();
                }
                long wait = at == Long.MAX_VALUE ? 0 : at - nowMillis();
                int ready = at != Long.MAX_VALUE && wait <= 0 ? selector.selectNow() : selector.select(Math.max(wait, 0));
                if (ready > 0) {
                    lock.lock();
                    try {
                        long now = nowMillis();
                        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                        while (keys.hasNext()) {
                            SelectionKey key = keys.next();
                            keys.remove();
                            forwarder.selected(key, now);
                        }
                    } finally {
                        lock.unlock();
                    }
                }
            }
        } catch (Throwable t) {
            failure = t;
            if (!closing) {
                System.err.println("mayfly: the user-mode network stopped: " + t);
            }
        } finally {
            lock.lock();
            try {
                forwarder.close();
            } finally {
                lock.unlock();
            }
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
