package dev.mayfly.cli.bench;

import dev.mayfly.cli.run.ConsoleBuffer;
import dev.mayfly.cli.run.HypervisorException;
import dev.mayfly.cli.run.Networking;
import dev.mayfly.cli.run.QemuHypervisor;
import dev.mayfly.cli.run.RunSpec;
import dev.mayfly.kernel.boot.CommandLine;
import dev.mayfly.vmm.MicroVm;
import dev.mayfly.vmm.VmmException;
import dev.mayfly.vmm.net.PortForward;
import dev.mayfly.vmm.net.UserNetwork;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An image of examples/http as a benchmark target: booted under the Mayfly VMM (in this JVM) or
 * under QEMU (a child process), with a free host loopback port forwarded to the guest's port 8080
 * through the user-mode network, as {@code mayfly run -p} does.
 */
final class MayflyTarget {
    private static final int GUEST_PORT = 8080;
    private static final String READY = "listening on http://";
    private static final long READY_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final long MEMORY = RunSpec.DEFAULT_MEMORY;

    private MayflyTarget() {
    }

    static HttpBench.Target vmm(Path image) {
        return new HttpBench.Target() {
            @Override
            public String name() {
                return "Mayfly VMM (mayfly run -p)";
            }

            @Override
            public HttpBench.Running start() throws IOException, InterruptedException {
                int hostPort = freePort();
                ConsoleBuffer console = new ConsoleBuffer();
                MicroVm vm;
                try {
                    vm = MicroVm.builder().kernel(image).memoryMiB((int) (MEMORY >> 20))
                            .cmdline(CommandLine.format(List.of(), Map.of("PORT", Integer.toString(GUEST_PORT)), List.of()))
                            .console(console)
                            .network(UserNetwork.forwarding(List.of(new PortForward(hostPort, GUEST_PORT))))
                            .build();
                    vm.start();
                } catch (VmmException e) {
                    throw new IOException("the Mayfly VMM could not boot " + image + ": " + e.getMessage(), e);
                }
                long deadline = System.nanoTime() + READY_TIMEOUT_NANOS;
                while (!console.contains(READY)) {
                    if (vm.exitFuture().isDone() || System.nanoTime() > deadline) {
                        vm.close();
                        throw new IOException("the guest never listened:\n" + console.toString(StandardCharsets.UTF_8));
                    }
                    Thread.sleep(10);
                }
                return new HttpBench.Running() {
                    @Override
                    public int port() {
                        return hostPort;
                    }

                    @Override
                    public HttpBench.Memory memory() {
                        return new HttpBench.Memory("guest RAM the guest has touched, of " + (MEMORY >> 20) + " MiB",
                                vm.residentMemoryBytes());
                    }

                    @Override
                    public void close() {
                        vm.close();
                    }
                };
            }
        };
    }

    static HttpBench.Target qemu(Path image) {
        return new HttpBench.Target() {
            @Override
            public String name() {
                return "QEMU microvm kvm (mayfly run -p --hypervisor qemu)";
            }

            @Override
            public HttpBench.Running start() throws IOException, InterruptedException {
                int hostPort = freePort();
                RunSpec spec = new RunSpec(image, MEMORY, Map.of("PORT", Integer.toString(GUEST_PORT)), List.of(), List.of(),
                        RunSpec.Accel.KVM, new ByteArrayOutputStream(), null,
                        Networking.user(List.of(new PortForward(hostPort, GUEST_PORT))));
                List<String> command;
                try {
                    command = new QemuHypervisor().command(QemuHypervisor.find(), spec, true);
                } catch (HypervisorException e) {
                    throw new IOException(e.getMessage(), e);
                }
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                InputStream out = process.getInputStream();
                StringBuilder seen = new StringBuilder();
                long deadline = System.nanoTime() + READY_TIMEOUT_NANOS;
                while (seen.indexOf(READY) < 0) {
                    int b = out.read();
                    if (b < 0 || System.nanoTime() > deadline) {
                        process.destroyForcibly();
                        throw new IOException("QEMU's guest never listened:\n" + seen);
                    }
                    seen.append((char) b);
                }
                Thread drain = Thread.ofPlatform().daemon().name("qemu-console").start(() -> {
                    try {
                        out.transferTo(java.io.OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        // QEMU ended
                    }
                });
                return new HttpBench.Running() {
                    @Override
                    public int port() {
                        return hostPort;
                    }

                    @Override
                    public HttpBench.Memory memory() {
                        long rss = ProcessMemory.residentBytes(process.pid());
                        return rss < 0 ? null : new HttpBench.Memory("resident set of the qemu process: guest RAM touched plus QEMU", rss);
                    }

                    @Override
                    public void close() throws InterruptedException {
                        process.destroy();
                        if (!process.waitFor(10, TimeUnit.SECONDS)) {
                            process.destroyForcibly().waitFor();
                        }
                        drain.join(1000);
                    }
                };
            }
        };
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
