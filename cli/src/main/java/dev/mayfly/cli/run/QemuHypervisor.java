package dev.mayfly.cli.run;

import dev.mayfly.net.wire.MacAddress;
import dev.mayfly.vmm.net.PortForward;
import dev.mayfly.vmm.net.UserNetwork;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * QEMU as a Mayfly hypervisor: {@code -M microvm} booting the image through PVH, the console on
 * the first serial port, the exit status through isa-debug-exit (QEMU exits with (v << 1) | 1 when
 * the guest writes v, so statuses 0..127 come through exactly). KVM when usable, TCG otherwise.
 */
public final class QemuHypervisor implements Hypervisor {
    public static final String EXECUTABLE = "qemu-system-x86_64";
    private static final long MIN_MEMORY = 16L << 20;

    @Override
    public String name() {
        return "qemu";
    }

    /** The QEMU command line for a spec. */
    public List<String> command(Path qemu, RunSpec spec, boolean kvm) {
        List<String> cmd = new ArrayList<>(List.of(qemu.toString(),
                "-M", "microvm,acpi=off",
                "-accel", kvm ? "kvm" : "tcg",
                // kvm-pvm lacks SSE3 (pni): ask for the baseline without it, so QEMU does not warn
                "-cpu", "qemu64,-pni",
                "-m", (spec.memoryBytes() >> 20) + "M",
                "-nodefaults", "-no-user-config", "-display", "none", "-no-reboot",
                "-serial", "stdio",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
                "-kernel", spec.image().toString()));
        cmd.addAll(networkArguments(spec.network()));
        String cmdline = spec.kernelCommandLine(List.of());
        if (!cmdline.isEmpty()) {
            cmd.add("-append");
            cmd.add(cmdline);
        }
        return cmd;
    }

    /**
     * QEMU's arguments for the guest's network: a virtio-net device on microvm's virtio-mmio bus, in
     * modern (virtio 1.x) mode, with the user-mode network's MAC; user networking on QEMU's defaults
     * (guest 10.0.2.15 by DHCP, gateway 10.0.2.2, like the Mayfly VMM's) with a hostfwd per forwarded
     * port, bound to 127.0.0.1, or a TAP interface.
     */
    static List<String> networkArguments(Networking network) {
        if (network.mode() == Networking.Mode.NONE) {
            return List.of();
        }
        String netdev;
        if (network.mode() == Networking.Mode.TAP) {
            netdev = "tap,id=n0,ifname=" + network.tapName() + ",script=no,downscript=no";
        } else {
            StringBuilder b = new StringBuilder("user,id=n0,net=10.0.2.0/24,host=10.0.2.2,dhcpstart=10.0.2.15,restrict=on");
            for (PortForward f : network.portForwards()) {
                b.append(",hostfwd=tcp:127.0.0.1:").append(f.hostPort()).append("-:").append(f.guestPort());
            }
            netdev = b.toString();
        }
        return List.of("-netdev", netdev,
                "-device", "virtio-net-device,netdev=n0,mac=" + MacAddress.toString(UserNetwork.GUEST_MAC),
                "-global", "virtio-mmio.force-legacy=false");
    }

    /** QEMU reports a host port in use only vaguely: check each one first, for one clear message. */
    static void checkHostPortsFree(Networking network) throws HypervisorException {
        for (PortForward f : network.portForwards()) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), f.hostPort()));
            } catch (IOException e) {
                throw new HypervisorException("-p " + f + ": host port " + f.hostPort() + " is already in use (127.0.0.1:"
                        + f.hostPort() + ": " + e.getMessage() + ")", e);
            }
        }
    }

    @Override
    public RunOutcome run(RunSpec spec) throws HypervisorException {
        ImageFile.check(spec.image());
        checkHostPortsFree(spec.network());
        if (spec.memoryBytes() < MIN_MEMORY) {
            throw new HypervisorException("-m " + (spec.memoryBytes() >> 20) + "M is too little; give at least 16M");
        }
        Path qemu = find();
        boolean kvm = switch (spec.accel()) {
            case TCG -> false;
            case KVM -> {
                String reason = Kvm.unusableReason();
                if (reason != null) {
                    throw new HypervisorException("--accel kvm: " + reason);
                }
                yield true;
            }
            case AUTO -> Kvm.unusableReason() == null;
        };
        List<String> command = command(qemu, spec, kvm);
        long start = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new HypervisorException("cannot start " + qemu + ": " + e.getMessage(), e);
        }
        ConsolePump console = new ConsolePump(process.getInputStream(), spec.console());
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Thread errPump = Thread.ofPlatform().daemon().start(() -> copy(process.getErrorStream(), stderr));
        Thread outPump = Thread.ofPlatform().daemon().start(console);
        Thread stopper = Thread.ofPlatform().unstarted(process::destroy);
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            boolean finished;
            if (spec.timeout() == null) {
                process.waitFor();
                finished = true;
            } else {
                finished = process.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS);
            }
            if (!finished) {
                process.destroyForcibly().waitFor();
                outPump.join(1000);
                return new RunOutcome(124, false, "the guest did not finish within " + spec.timeout().toSeconds()
                        + " s and was stopped", start, console.firstByteNanos());
            }
            outPump.join();
            errPump.join();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new HypervisorException("interrupted", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException e) {
                // the JVM is shutting down; the hook is running
            }
        }
        return outcome(process.exitValue(), stderr.toString(StandardCharsets.UTF_8), start, console.firstByteNanos());
    }

    /** Interprets QEMU's exit: an odd status is the guest's (v << 1) | 1, anything else QEMU's own. */
    static RunOutcome outcome(int qemuStatus, String qemuErrors, long start, long firstByte) {
        String errors = qemuErrors.strip();
        if ((qemuStatus & 1) == 1 && !(qemuStatus == 1 && !errors.isEmpty())) {
            return new RunOutcome(qemuStatus >> 1, true, "guest exited", start, firstByte);
        }
        String what = errors.isEmpty() ? "QEMU ended with status " + qemuStatus + " (no guest exit: triple fault or reset?)"
                : "QEMU failed: " + errors;
        return new RunOutcome(qemuStatus == 0 ? 1 : qemuStatus, false, what, start, firstByte);
    }

    /** The QEMU executable on the PATH. */
    public static Path find() throws HypervisorException {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, EXECUTABLE);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new HypervisorException(EXECUTABLE + " not found on PATH; install the Debian package qemu-system-x86"
                + " (./mayfly installs it when run as root)");
    }

    private static void copy(InputStream in, OutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Copies the console to its destination as it arrives, noting when the first byte came. */
    static final class ConsolePump implements Runnable {
        private final InputStream in;
        private final OutputStream out;
        private volatile long firstByteNanos;

        ConsolePump(InputStream in, OutputStream out) {
            this.in = in;
            this.out = out;
        }

        long firstByteNanos() {
            return firstByteNanos;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (firstByteNanos == 0) {
                        firstByteNanos = System.nanoTime();
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the process ended
            }
        }
    }
}
