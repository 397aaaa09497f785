package dev.mayfly.it;

import dev.mayfly.cli.run.Hypervisor;
import dev.mayfly.cli.run.HypervisorException;
import dev.mayfly.cli.run.MayflyVmmHypervisor;
import dev.mayfly.cli.run.QemuHypervisor;
import dev.mayfly.cli.run.RunOutcome;
import dev.mayfly.cli.run.RunSpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One boot of an image, with its console output and how it ended. */
record Guest(String console, RunOutcome outcome) {
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** The hypervisors a test can boot under, each with what it needs from the host. */
    enum On {
        VMM {
            @Override
            Hypervisor hypervisor() {
                Requirements.kvm();
                return new MayflyVmmHypervisor();
            }
        },
        QEMU {
            @Override
            Hypervisor hypervisor() {
                Requirements.qemu();
                return new QemuHypervisor();
            }
        };

        abstract Hypervisor hypervisor();
    }

    static Guest boot(On on, Path image, RunSpec.Accel accel, Map<String, String> env, List<String> kernelParameters,
                      String... args) {
        Hypervisor hypervisor = on.hypervisor();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        RunSpec spec = new RunSpec(image, RunSpec.DEFAULT_MEMORY, env, List.of(args), kernelParameters, accel, console,
                TIMEOUT);
        try {
            RunOutcome outcome = hypervisor.run(spec);
            return new Guest(console.toString(StandardCharsets.UTF_8), outcome);
        } catch (HypervisorException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static Guest boot(On on, Path image, String... args) {
        return boot(on, image, RunSpec.Accel.AUTO, Map.of(), List.of(), args);
    }

    int status() {
        return outcome.exitStatus();
    }
}
