package dev.mayfly.it;

import dev.mayfly.cli.run.ConsoleBuffer;
import dev.mayfly.cli.run.Hypervisor;
import dev.mayfly.cli.run.HypervisorException;
import dev.mayfly.cli.run.Networking;
import dev.mayfly.cli.run.RunOutcome;
import dev.mayfly.cli.run.RunSpec;
import dev.mayfly.vmm.net.PortForward;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A guest that serves until it is stopped: booted on its own thread with one host port forwarded
 * to a guest port, ready once its console shows a given text; {@link #close()} stops it.
 */
final class ServingGuest implements AutoCloseable {
    private final ConsoleBuffer console = new ConsoleBuffer();
    private final CompletableFuture<RunOutcome> run = new CompletableFuture<>();
    private final Thread runner;
    final int hostPort;

    private ServingGuest(Hypervisor hypervisor, Path image, Map<String, String> env, int guestPort) throws Exception {
        hostPort = freePort();
        RunSpec spec = new RunSpec(image, RunSpec.DEFAULT_MEMORY, env, List.of(), List.of(), RunSpec.Accel.AUTO,
                console, Duration.ofMinutes(10), Networking.user(List.of(new PortForward(hostPort, guestPort))));
        runner = Thread.ofPlatform().name("guest-" + hypervisor.name()).start(() -> {
            try {
                run.complete(hypervisor.run(spec));
            } catch (HypervisorException | RuntimeException e) {
                run.completeExceptionally(e);
            }
        });
    }

    /** Boots the image and waits until its console contains {@code ready}. */
    static ServingGuest start(Guest.On on, Path image, Map<String, String> env, int guestPort, String ready)
            throws Exception {
        ServingGuest guest = new ServingGuest(on.hypervisor(), image, env, guestPort);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!guest.console().contains(ready)) {
            if (guest.run.isDone() || System.nanoTime() > deadline) {
                String why = guest.run.isDone() ? "the guest ended: " + describe(guest.run) : "timed out";
                guest.close();
                throw new AssertionError("the guest never printed '" + ready + "' (" + why + "):\n" + guest.console());
            }
            Thread.sleep(20);
        }
        return guest;
    }

    String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    /** Whether the guest is still running. */
    boolean alive() {
        return !run.isDone();
    }

    private static String describe(CompletableFuture<RunOutcome> run) {
        try {
            RunOutcome o = run.getNow(null);
            return o == null ? "running" : "status " + o.exitStatus() + ", " + o.description();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Stops the guest (the hypervisor ends the VM when its thread is interrupted) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        runner.interrupt();
        runner.join(TimeUnit.SECONDS.toMillis(30));
        try {
            run.get(1, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // stopped: the interrupted run reports that, and that is what we asked for
        }
    }
}
