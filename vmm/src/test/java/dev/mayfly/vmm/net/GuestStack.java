package dev.mayfly.vmm.net;

import dev.mayfly.net.iface.Interface;
import dev.mayfly.net.iface.Ipv4Config;
import dev.mayfly.vmm.devices.virtio.net.NetLink;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * A second {@code net} stack playing the guest on the device side of a {@link NetLink}, on its own
 * thread: what the Mayfly kernel's stack does over its virtio-net driver, without a VM. Each loop runs
 * the interface and then the test's {@code task} (a server, say), then parks until the backend wakes it
 * or the interface's next deadline.
 */
final class GuestStack implements AutoCloseable {
    final NetLink link;
    final QueueDevice device;
    final Interface iface;
    private final Thread thread;
    private final long start = System.nanoTime();
    private volatile boolean closing;
    private volatile LongConsumer task = now -> { };
    private volatile Throwable failure;

    GuestStack(NetLink link, Ipv4Config config) {
        this.link = link;
        this.device = new QueueDevice(link.toGuest(), link.fromGuest(), link.maxFrameLength(), UserNetwork.GUEST_MAC);
        this.iface = new Interface(device, UserNetwork.GUEST_MAC, config, 42);
        this.thread = Thread.ofPlatform().daemon().name("test-guest-stack").unstarted(this::run);
        link.onWakeDevice(() -> LockSupport.unpark(thread));
        link.onRunDevice(() -> LockSupport.unpark(thread)); // a test stack runs on its own thread only
    }

    /** A guest with the user-mode network's static addresses, as DHCP would give them. */
    static GuestStack withStaticAddress(NetLink link) {
        return new GuestStack(link, Ipv4Config.ofStatic(UserNetwork.GUEST_ADDRESS, UserNetwork.PREFIX_LENGTH, UserNetwork.GATEWAY_ADDRESS));
    }

    GuestStack start(LongConsumer task) {
        this.task = task;
        thread.start();
        return this;
    }

    long now() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void run() {
        try {
            while (!closing) {
                long now = now();
                for (int i = 0; i < 32; i++) {
                    boolean active = iface.poll(now);
                    task.accept(now);
                    active |= iface.poll(now);
                    if (device.takeTransmitted() | device.takeDrainedFullQueue()) {
                        link.wakeBackend();
                    }
                    if (!active) {
                        break;
                    }
                }
                long at = iface.pollAt();
                long wait = at == Long.MAX_VALUE ? 50 : Math.min(50, at - now());
                if (wait > 0 && link.toGuest().isEmpty()) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(wait));
                }
            }
        } catch (Throwable t) {
            failure = t;
            t.printStackTrace();
        }
    }

    Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        closing = true;
        LockSupport.unpark(thread);
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
