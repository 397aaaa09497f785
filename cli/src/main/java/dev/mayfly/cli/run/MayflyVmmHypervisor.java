package dev.mayfly.cli.run;

import dev.mayfly.vmm.ExitReason;
import dev.mayfly.vmm.ExitResult;
import dev.mayfly.vmm.MicroVm;
import dev.mayfly.vmm.VmmException;
import dev.mayfly.vmm.net.Network;
import dev.mayfly.vmm.net.TapNetwork;
import dev.mayfly.vmm.net.UserNetwork;
import java.util.List;

/**
 * The Mayfly VMM (module {@code vmm}) as a hypervisor: the VM runs inside this JVM, the console
 * goes straight to the spec's stream, and the status the guest writes is the exit status as it is.
 */
public final class MayflyVmmHypervisor implements Hypervisor {
    @Override
    public String name() {
        return "mayfly";
    }

    @Override
    public RunOutcome run(RunSpec spec) throws HypervisorException {
        long memoryMiB = spec.memoryBytes() >> 20;
        if (memoryMiB > Integer.MAX_VALUE) {
            throw new HypervisorException("-m " + memoryMiB + "M is more than the VMM supports");
        }
        MicroVm.Builder builder = MicroVm.builder()
                .kernel(spec.image())
                .memoryMiB((int) memoryMiB)
                .cmdline(spec.kernelCommandLine(List.of()))
                .console(spec.console());
        if (spec.timeout() != null) {
            builder.timeout(spec.timeout());
        }
        builder.network(network(spec.network()));
        try (MicroVm vm = builder.build()) {
            Thread stopper = Thread.ofPlatform().unstarted(vm::stop);
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                vm.start();
                ExitResult result = vm.awaitExit();
                spec.console().flush();
                boolean guestExited = result.reason() == ExitReason.GUEST_EXIT;
                String description = guestExited ? "guest exited"
                        : describe(result);
                return new RunOutcome(result.status(), guestExited, description, vm.creationStartNanos(),
                        vm.firstConsoleByteNanos());
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopper);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down and the hook is stopping the VM
                }
            }
        } catch (VmmException e) {
            throw new HypervisorException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HypervisorException("interrupted", e);
        } catch (java.io.IOException e) {
            throw new HypervisorException("console: " + e.getMessage(), e);
        }
    }

    /** The VMM's network for a spec's: the user-mode gateway with its port forwards, or a TAP interface. */
    static Network network(Networking networking) {
        return switch (networking.mode()) {
            case NONE -> null;
            case USER -> UserNetwork.forwarding(networking.portForwards());
            case TAP -> TapNetwork.named(networking.tapName());
        };
    }

    private static String describe(ExitResult result) {
        String what = switch (result.reason()) {
            case TIMEOUT -> "the guest did not finish in time and was stopped";
            case STOPPED -> "the guest was stopped";
            case SHUTDOWN -> "the guest shut down without an exit status (triple fault?)";
            default -> "the VM failed: " + result.reason();
        };
        return result.report().isEmpty() ? what : what + "\n" + result.report();
    }
}
