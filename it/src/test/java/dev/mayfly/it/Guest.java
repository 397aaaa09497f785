package dev.mayfly.it;

import dev.mayfly.cli.run.HypervisorException;
import dev.mayfly.cli.run.QemuHypervisor;
import dev.mayfly.cli.run.RunOutcome;
import dev.mayfly.cli.run.RunSpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One boot of an image under QEMU, with its console output and how it ended. */
record Guest(String console, RunOutcome outcome) {
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    static Guest boot(Path image, RunSpec.Accel accel, Map<String, String> env, List<String> kernelParameters,
                      String... args) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        RunSpec spec = new RunSpec(image, RunSpec.DEFAULT_MEMORY, env, List.of(args), kernelParameters, accel, console,
                TIMEOUT);
        try {
            RunOutcome outcome = new QemuHypervisor().run(spec);
            return new Guest(console.toString(StandardCharsets.UTF_8), outcome);
        } catch (HypervisorException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static Guest boot(Path image, String... args) {
        return boot(image, RunSpec.Accel.AUTO, Map.of(), List.of(), args);
    }

    int status() {
        return outcome.exitStatus();
    }
}
