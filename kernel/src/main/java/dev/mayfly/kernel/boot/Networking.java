package dev.mayfly.kernel.boot;

import dev.mayfly.kernel.arch.DeviceEvents;
import dev.mayfly.kernel.arch.EventLoopScheduler;
import dev.mayfly.kernel.arch.MmioWindow;
import dev.mayfly.kernel.arch.NativeKernel;
import dev.mayfly.kernel.arch.PhysicalMemory;
import dev.mayfly.kernel.net.Clock;
import dev.mayfly.kernel.net.DriverHooks;
import dev.mayfly.kernel.net.Network;
import dev.mayfly.kernel.net.NetworkStack;
import dev.mayfly.kernel.net.NoDevice;
import dev.mayfly.kernel.virtio.MmioDeviceSpec;
import dev.mayfly.kernel.virtio.VirtioException;
import dev.mayfly.kernel.virtio.VirtioMmioTransport;
import dev.mayfly.kernel.virtio.VirtioNetDevice;
import dev.mayfly.net.iface.Ipv4Config;
import dev.mayfly.virtio.DeviceType;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings networking up at boot: finds the virtio-mmio devices the command line announces, starts
 * the first network device with its interrupt routed, and installs the stack (configured by
 * {@code ip=}, DHCP by default). Without a network device the stack is made on first use and
 * serves only 127.0.0.0/8.
 */
final class Networking {
    /** Entries of each virtqueue. */
    static final int QUEUE_SIZE = 256;
    /** A locally administered MAC for a device that offers none (52:54:00:12:34:56 is QEMU's default). */
    static final long FALLBACK_MAC = 0x02_4d_61_79_66_6cL;

    private Networking() {
    }

    static void start(String cmdline, boolean trace) {
        if (trace) {
            System.err.println("mayfly: net: command line: " + cmdline);
        }
        List<String> errors = new ArrayList<>();
        List<MmioDeviceSpec> specs = MmioDeviceSpec.fromCommandLine(cmdline, errors);
        for (String e : errors) {
            System.err.println("mayfly: ignoring " + MmioDeviceSpec.PARAMETER + ": " + e);
        }
        EventLoopScheduler scheduler = new EventLoopScheduler(Clock.SYSTEM);
        PhysicalMemory memory = new PhysicalMemory();
        VirtioNetDevice nic = null;
        long interruptBit = 0;
        for (MmioDeviceSpec spec : specs) {
            try {
                VirtioMmioTransport transport = VirtioMmioTransport.probe(new MmioWindow(spec.base(), spec.size()));
                if (transport.deviceId() != DeviceType.NETWORK || nic != null) {
                    continue;
                }
                interruptBit = NativeKernel.routeInterrupt(spec.irq());
                if (interruptBit == 0) {
                    System.err.println("mayfly: virtio-net at 0x" + Long.toHexString(spec.base()) + ": irq " + spec.irq()
                            + " cannot be routed; not used");
                    continue;
                }
                nic = new VirtioNetDevice(transport, memory, QUEUE_SIZE, FALLBACK_MAC);
                if (trace) {
                    System.err.println("mayfly: net: virtio-net at 0x" + Long.toHexString(spec.base()) + " irq " + spec.irq()
                            + ", mac " + dev.mayfly.net.wire.MacAddress.toString(nic.macAddress()) + ", queues of " + nic.queueSize());
                }
            } catch (VirtioException | IllegalArgumentException e) {
                System.err.println("mayfly: virtio device at 0x" + Long.toHexString(spec.base()) + ": " + e.getMessage());
            }
        }
        Ipv4Config config;
        try {
            config = Ipv4Config.fromCommandLine(cmdline.contains(" -- ") ? cmdline.substring(0, cmdline.indexOf(" -- ")) : cmdline);
        } catch (IllegalArgumentException e) {
            System.err.println("mayfly: bad ip= parameter (" + e.getMessage() + "); the network stays unconfigured");
            config = Ipv4Config.unconfigured();
        }
        long seed = NativeKernel.rdtsc() * 0x9e3779b97f4a7c15L ^ NativeKernel.bootTsc();
        if (nic == null) {
            Network.install(() -> {
                NetworkStack s = new NetworkStack(new NoDevice(), DriverHooks.NONE, Ipv4Config.unconfigured(), seed,
                        Clock.SYSTEM, scheduler, new dev.mayfly.kernel.arch.FiberParking(), dev.mayfly.kernel.net.Mutex.NONE);
                scheduler.attach(s);
                return s;
            });
            return;
        }
        VirtioNetDevice device = nic;
        long bit = interruptBit;
        DriverHooks hooks = new DriverHooks() {
            @Override
            public void beforePoll() {
                if ((scheduler.takeDeviceBits() & bit) != 0) {
                    device.acknowledgeInterrupt();
                }
                device.suppressReceiveInterrupts(); // on again just before the CPU idles (below)
            }

            @Override
            public void afterPoll() {
                device.flush();
            }

            @Override
            public String brokenReason() {
                return device.brokenReason();
            }
        };
        dev.mayfly.kernel.arch.DeviceEvents.installIdleCheck(
                () -> device.enableReceiveInterruptsBeforeIdle() ? bit : 0);
        NetworkStack stack = new NetworkStack(device, hooks, config, seed, Clock.SYSTEM, scheduler, new dev.mayfly.kernel.arch.FiberParking(), dev.mayfly.kernel.net.Mutex.NONE);
        if (trace) {
            stack.traceTo(System.err);
        }
        scheduler.attach(stack);
        DeviceEvents.install(scheduler);
        Network.install(() -> stack);
        Network.stack();
        stack.service();                 // the first poll: DHCP's DISCOVER goes out now
        awaitAddress(stack);
    }

    /** How long boot waits for a DHCP lease before the application starts anyway. */
    static final long ADDRESS_WAIT_MILLIS = 10_000;
    private static final long ADDRESS_POLL_MILLIS = 1;

    /**
     * Holds the boot until the interface has an address — at once with {@code ip=} static, or when
     * DHCP's lease arrives — at most {@link #ADDRESS_WAIT_MILLIS}, as Linux does for {@code ip=dhcp}.
     * An application that prints "listening" is then reachable, and its first connection out has
     * a source address. The stack's service thread runs while this one sleeps.
     */
    private static void awaitAddress(NetworkStack stack) {
        long deadline = System.currentTimeMillis() + ADDRESS_WAIT_MILLIS;
        while (stack.address() == 0) {
            if (System.currentTimeMillis() >= deadline) {
                System.err.println("mayfly: no DHCP lease after " + ADDRESS_WAIT_MILLIS / 1000
                        + " s; the application starts without an address (ip= sets one statically)");
                return;
            }
            try {
                Thread.sleep(ADDRESS_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
